/**
 * The content checker behind `npm run check`: each article is read and parsed
 * once (site.ts, parse.ts), then every rule in rules/ looks at that one tree.
 */
import fs from 'node:fs';
import path from 'node:path';
import {createArticle, loadSite, type ExtraArticle} from './site';
import type {Problem, Rule, Site, SiteOptions, SiteRule} from './types';
import {inertLogText, locatedMessage} from '../security/logText';
import {mdxSyntax} from './rules/mdxSyntax';
import {frontMatter} from './rules/frontMatter';
import {missingTitle} from './rules/missingTitle';
import {duplicateIds} from './rules/duplicateIds';
import {admonitions} from './rules/admonitions';
import {images} from './rules/images';
import {links} from './rules/links';
import {localPaths} from './rules/localPaths';
import {obsidian} from './rules/obsidian';
import {manifests} from './rules/manifests';
import {unsafeContent} from './rules/unsafeContent';
import {terminology} from './rules/terminology';
import {headings} from './rules/headings';
import {codeLineLength} from './rules/codeLineLength';
import {glossaryTerms} from './rules/glossaryTerms';
import {nodeImages} from './rules/nodeImages';
import {deprecatedCommands} from './rules/deprecatedCommands';
import {routePaths} from './rules/routePaths';
import {quizzes} from './rules/quizzes';
import {siteFiles} from './rules/siteFiles';
import {fileNames} from './rules/fileNames';
import {commandOutput} from './rules/commandOutput';
import {labFiles} from './rules/labFiles';
import {lab} from './rules/lab';

export type {Problem, Rule, Severity, SiteRule} from './types';

export const RULES: Rule[] = [
  mdxSyntax,
  frontMatter,
  missingTitle,
  duplicateIds,
  admonitions,
  images,
  links,
  localPaths,
  obsidian,
  manifests,
  unsafeContent,
  terminology,
  headings,
  codeLineLength,
  glossaryTerms,
  nodeImages,
  deprecatedCommands,
  routePaths,
  quizzes,
  commandOutput,
  lab,
];

/** Rules about files no article has to name (static/, symbolic links): once per check, whatever files are checked. */
export const SITE_RULES: SiteRule[] = [fileNames, siteFiles, labFiles];

export interface CheckOptions extends SiteOptions {
  /** Files to check (absolute or relative to the current folder); all articles when empty. */
  files?: string[];
  /** Articles from memory instead of disk (tests). */
  extra?: ExtraArticle[];
}

export interface CheckResult {
  problems: Problem[];
  /** Site-relative paths of the articles checked. */
  checked: string[];
}

function targetsOf(site: Site, files: string[] | undefined) {
  if (!files?.length) return site.articles;
  return files.map((file) => {
    const filePath = path.resolve(file);
    const known = site.byFilePath.get(filePath);
    if (known) return known;
    // An article outside docs/ (a draft elsewhere): check it on its own.
    return createArticle(filePath, fs.readFileSync(filePath, 'utf8'), site);
  });
}

export async function checkSite(options: CheckOptions): Promise<CheckResult> {
  const site = loadSite(options, options.extra);
  const targets = targetsOf(site, options.files);
  const problems: Problem[] = [];
  for (const article of targets) {
    // Too big to read: the size is the one problem worth reporting.
    for (const finding of article.oversized) problems.push({file: article.file, rule: 'content-size', severity: 'error', ...finding});
    for (const rule of article.oversized.length > 0 ? [] : RULES) {
      for (const finding of await rule.check(article, site)) {
        problems.push({file: article.file, rule: rule.name, ...finding});
      }
    }
  }
  for (const rule of SITE_RULES) {
    for (const finding of await rule.check(site)) problems.push({rule: rule.name, ...finding});
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return {problems, checked: targets.map((article) => article.file)};
}

/** `docs/04-workloads/pod.md:23:5  메시지` (warnings say so), on one line whatever the article holds. */
export function formatProblem(problem: Problem): string {
  const label = problem.severity === 'warning' ? '경고: ' : '';
  return locatedMessage(problem.file, problem.line, problem.column, `${label}${problem.message}`);
}

// GitHub workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * `::error file=…,line=…,col=…::message`, shown on the pull request's diff.
 * The runner's own escapes (`%0A`) only cover CR and LF; inertLogText first
 * makes every other line break and control character visible.
 */
export function formatAnnotation(problem: Problem): string {
  const command = problem.severity === 'warning' ? 'warning' : 'error';
  const properties = [
    `file=${escapeProperty(inertLogText(problem.file))}`,
    `line=${problem.line}`,
    `col=${problem.column}`,
    `title=${escapeProperty(`content check: ${problem.rule}`)}`,
  ].join(',');
  return `::${command} ${properties}::${escapeData(inertLogText(problem.message))}`;
}
