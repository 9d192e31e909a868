import fs from 'node:fs';
import path from 'node:path';
import {normalizeTags, normalizeUrl, posixPath} from '@docusaurus/utils';
import {LineCounter, parseDocument} from 'yaml';
import {unsafeRouteCharacter, unsafeRouteMessage} from '../../security/routePath';
import {frontMatterPosition, locateInYaml} from '../yamlPaths';
import type {Article, Finding, Rule, Site} from '../types';

const CATEGORY_FILES = ['_category_.json', '_category_.yml', '_category_.yaml'];

/** A `_category_` file's `link.slug` (generated index page), checked once per folder: by its first article. */
function categoryFindings(article: Article, site: Site): Finding[] {
  const folder = path.dirname(article.filePath);
  if (site.articles.find((other) => path.dirname(other.filePath) === folder) !== article) return [];
  return CATEGORY_FILES.flatMap((name) => {
    const filePath = path.join(folder, name);
    if (!fs.existsSync(filePath)) return [];
    const lineCounter = new LineCounter();
    // JSON is YAML too: one reader for both, with positions.
    const document = parseDocument(fs.readFileSync(filePath, 'utf8'), {lineCounter});
    const slug = (document.toJS() as {link?: {slug?: unknown}} | null)?.link?.slug;
    if (typeof slug !== 'string') return [];
    const message = unsafeRouteMessage(normalizeUrl(['/', site.routeBasePath, slug]), `${name} 의 link.slug`);
    if (!message) return [];
    const {line, col} = lineCounter.linePos(locateInYaml(document, ['link', 'slug'], 'value'));
    return [{file: posixPath(path.relative(site.siteDir, filePath)), line, column: col, severity: 'error' as const, message}];
  });
}

function checkRoutePaths(article: Article, site: Site): Finding[] {
  const findings: Finding[] = [];
  const {data} = article.frontMatter;
  // An unsafe slug or id is the frontmatter's problem (src/security/frontMatterFields.ts), reported there.
  const fromFrontMatter = ['slug', 'id'].some((key) => typeof data[key] === 'string' && unsafeRouteCharacter(data[key]) !== undefined);
  const pageMessage = fromFrontMatter ? undefined : unsafeRouteMessage(article.permalink, '파일·폴더 이름');
  if (pageMessage) findings.push({line: 1, column: 1, severity: 'error', message: pageMessage});
  if (Array.isArray(data.tags)) {
    const tagsBaseRoutePath = normalizeUrl(['/', site.routeBasePath, 'tags']);
    for (const tag of data.tags) {
      if (typeof tag !== 'string') continue; // tag objects: the frontmatter rule
      // As the docs plugin makes it (the site has no tags.yml: `tags: null`).
      const [normalized] = normalizeTags({options: {tags: null, onInlineTags: 'ignore'}, source: article.file, frontMatterTags: [tag], tagsBaseRoutePath, tagsFile: null});
      const message = unsafeRouteMessage(normalized!.permalink, `태그 ${JSON.stringify(tag)}`);
      if (message) findings.push({...frontMatterPosition(article, 'tags', 'value'), severity: 'error', message});
    }
  }
  return [...findings, ...categoryFindings(article, site)];
}

/**
 * Page addresses made from what an author writes must be made of safe
 * characters (src/security/routePath.ts); the build checks the same
 * addresses with the same function (src/plugins/inertGeneratedJs).
 */
export const routePaths: Rule = {
  name: 'route-paths',
  check: checkRoutePaths,
};
