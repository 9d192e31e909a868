/**
 * The two sites under test, each a scratch copy outside the repository whose
 * docs/ holds the generated articles: the stock `create-docusaurus` classic
 * TypeScript template (created once and cached) and this site.
 */
import {execFileSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {generateArticles, type ArticlePlan} from './generateArticles';
import {wrapSpacedUrls} from '../src/plugins/spacedUrls';

export const ROOT = path.resolve(__dirname, '..');
export const DOCUSAURUS_VERSION: string = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).dependencies[
  '@docusaurus/core'
];
/** Outside the repository, so a scratch site can never resolve a package from this site's node_modules. */
export const CACHE = process.env.BENCH_CACHE ?? path.join(tmpdir(), 'k8s-ipmun-bench');
const IMAGE = path.join(ROOT, 'tests/fixtures/author-format/static/img/이미지 창고/Pasted-image-20250301101500.png');

export type SiteName = 'stock' | 'ours';
export const SITES: SiteName[] = ['stock', 'ours'];
export const LABEL: Record<SiteName, string> = {stock: '기본 템플릿', ours: '우리 사이트'};
/** How the faster bundler is switched on in a config: `future.v4` or `future.experimental_faster`. */
export function fasterSetting(config: string): 'future.v4' | 'future.experimental_faster' | 'none' {
  const future = /future\s*:\s*\{([\s\S]*?)\n\s*\},?/.exec(config.replace(/\/\/.*$/gm, ''))?.[1] ?? '';
  if (/\bv4\s*:\s*(true|\{)/.test(future)) return 'future.v4';
  if (/\bexperimental_faster\s*:\s*(true|\{)/.test(future)) return 'future.experimental_faster';
  return 'none';
}

function run(command: string, args: string[], cwd: string): void {
  execFileSync(command, args, {cwd, stdio: ['ignore', 'inherit', 'inherit'], env: {...process.env, FORCE_COLOR: '0'}});
}

/** The stock template of our Docusaurus version, installed once into the cache. */
export function stockTemplate(log: (line: string) => void): {dir: string; faster: string} {
  const dir = path.join(CACHE, `stock-${DOCUSAURUS_VERSION}`);
  const ready = path.join(dir, '.bench-ready');
  if (!existsSync(ready)) {
    rmSync(dir, {recursive: true, force: true});
    mkdirSync(CACHE, {recursive: true});
    log(`stock: npx create-docusaurus@${DOCUSAURUS_VERSION} (classic, TypeScript) → ${dir}`);
    run('npx', ['--yes', `create-docusaurus@${DOCUSAURUS_VERSION}`, path.basename(dir), 'classic', '--typescript', '--skip-install'], CACHE);
    log('stock: npm install (a few minutes the first time)');
    run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], dir);
    writeFileSync(ready, new Date().toISOString());
  }
  // Same faster/Rspack setting as ours. The 3.10 template already has `future: {v4: true}`; add it otherwise.
  const ours = fasterSetting(readFileSync(path.join(ROOT, 'docusaurus.config.ts'), 'utf8'));
  const configPath = path.join(dir, 'docusaurus.config.ts');
  let config = readFileSync(configPath, 'utf8');
  if (fasterSetting(config) !== ours) {
    if (ours === 'none') throw new Error('our docusaurus.config.ts turns on neither future.v4 nor experimental_faster');
    const flag = ours === 'future.v4' ? 'v4: true' : 'experimental_faster: true';
    config = config.replace(/future\s*:\s*\{[\s\S]*?\n\s*\},?/, '').replace(/(const config: Config = \{\n)/, `$1  future: {${flag}},\n`);
    if (fasterSetting(config) !== ours) throw new Error(`could not set ${ours} in ${configPath}`);
    writeFileSync(configPath, config);
  }
  return {dir, faster: ours};
}

/** node_modules of the scratch site: a link per package, so build caches (node_modules/.cache) stay in the scratch. */
function linkNodeModules(from: string, to: string): void {
  mkdirSync(to);
  for (const entry of readdirSync(from)) if (entry !== '.cache') symlinkSync(path.join(from, entry), path.join(to, entry));
}

const NOT_COPIED = new Set(['node_modules', 'build', '.docusaurus', '.git', 'bench', 'tests', 'test-results', 'playwright-report', 'docs']);

/**
 * Where this site is copied from: the working tree as it is, or a commit
 * (`--ref HEAD`) when the working tree is in the middle of someone's change.
 */
export function oursSource(ref: string | undefined): {dir: string; label: string} {
  const git = (...args: string[]) => execFileSync('git', args, {cwd: ROOT, encoding: 'utf8'}).trim();
  const head = git('rev-parse', '--short', ref ?? 'HEAD');
  if (!ref) {
    const dirty = git('status', '--porcelain', '--', '.', ':!bench', ':!README.md') !== '';
    return {dir: ROOT, label: dirty ? `작업 트리 (${head} + 커밋하지 않은 변경)` : `커밋 ${head}`};
  }
  const dir = path.join(CACHE, 'ours-source');
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(dir, {recursive: true});
  execFileSync('sh', ['-c', `git archive --format=tar "$1" | tar -x -C "$2"`, 'sh', ref, dir], {cwd: ROOT});
  return {dir, label: `커밋 ${head}`};
}

/** A fresh scratch copy of a site with `count` generated articles in docs/. */
export function prepareSite(name: SiteName, source: string, count: number, nodeModules = source): {dir: string; articles: ArticlePlan[]} {
  const dir = path.join(CACHE, 'work', name);
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(dir, {recursive: true});
  for (const entry of readdirSync(source)) {
    if (!NOT_COPIED.has(entry) && !entry.startsWith('.bench')) cpSync(path.join(source, entry), path.join(dir, entry), {recursive: true});
  }
  linkNodeModules(path.join(nodeModules, 'node_modules'), path.join(dir, 'node_modules'));
  // Our search and glossary plugins read the glossary; the stock home page and footer link to docs/intro.
  const keptDocs = readdirSync(path.join(source, 'docs')).filter((f) => (name === 'ours' ? f === 'glossary.md' : /^intro\.mdx?$/.test(f)));
  mkdirSync(path.join(dir, 'docs'));
  for (const doc of keptDocs) cpSync(path.join(source, 'docs', doc), path.join(dir, 'docs', doc));
  const articles = generateArticles(path.join(dir, 'docs'), path.join(dir, 'static'), count, IMAGE);
  if (name === 'ours') commitScratch(dir);
  return {dir, articles};
}

/** showLastUpdateTime reads git history, as a build in CI does: give the scratch one commit. */
function commitScratch(dir: string): void {
  const git = (...args: string[]) => execFileSync('git', args, {cwd: dir, stdio: 'ignore'});
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-qm', 'bench');
}

/** The address Docusaurus gives a doc file: number prefixes (`07-operations`) and the extension dropped (no doc of ours sets a slug). */
export function docRoute(relativePath: string): string {
  const segments = relativePath.split(/[\\/]/).map((segment) => segment.replace(/^\d+[-_.]/, ''));
  return `/docs/${segments.join('/').replace(/\.mdx?$/, '')}`;
}

/** The article with the most Markdown in docs/: the heaviest page to render and hydrate. */
export function longestArticle(docsDir: string): string {
  const files = readdirSync(docsDir, {recursive: true, encoding: 'utf8'}).filter((file) => /\.mdx?$/.test(file) && file !== 'glossary.md');
  return files.map((file) => ({file, size: statSync(path.join(docsDir, file)).size})).sort((a, b) => b.size - a.size)[0]!.file;
}

export interface CoursePage {
  kind: 'home' | 'short' | 'longest';
  path: string;
}

/**
 * The three page types the course is judged on: the home page, a short
 * article (the reader's guide) and the longest article.
 */
export function coursePages(docsDir: string): CoursePage[] {
  return [
    {kind: 'home', path: '/'},
    {kind: 'short', path: docRoute('how-to-read.md')},
    {kind: 'longest', path: docRoute(longestArticle(docsDir))},
  ];
}

/**
 * The stock template's config, changed only so our Markdown means the same to
 * it: `:::note 제목` stays an admonition with a title (future.v4 turns that
 * Docusaurus 2 syntax off; ours turns it back on). What only our plugins
 * understand (`:::quiz`, `:::error`, glossary tooltips) stays as the text
 * Docusaurus makes of it.
 */
export function stockConfigForCourse(config: string): string {
  if (config.includes('mdx1Compat')) return config;
  const withMarkdown = config.replace(/(const config: Config = \{\n)/, '$1  markdown: {mdx1Compat: {admonitions: true, comments: true, headingIds: true}},\n');
  if (withMarkdown === config) throw new Error('could not add markdown.mdx1Compat to the stock template config');
  return withMarkdown;
}

/** `<Term id="pod">파드</Term>` is our component (src/components/Term); the stock template shows its word as plain text. */
export function withoutTerms(markdown: string): string {
  return markdown.replace(/<Term\b[^>]*>([^<]*)<\/Term>/g, '$1');
}

/**
 * A scratch copy of a site with the real course: our docs/ and static/. For
 * the stock template, image paths with spaces are wrapped in <…> as our
 * Markdown preprocessor does (src/plugins/spacedUrls.ts), so it shows the same
 * pictures. The stock template keeps its own home page, docs/intro.mdx (its home page and
 * footer link to it) and images, and gets ours beside them.
 */
export function prepareCourseSite(name: SiteName, source: string, nodeModules = source): {dir: string; pages: CoursePage[]} {
  const dir = path.join(CACHE, 'work', `course-${name}`);
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(dir, {recursive: true});
  for (const entry of readdirSync(source)) {
    if (!NOT_COPIED.has(entry) && !entry.startsWith('.bench')) cpSync(path.join(source, entry), path.join(dir, entry), {recursive: true});
  }
  linkNodeModules(path.join(nodeModules, 'node_modules'), path.join(dir, 'node_modules'));
  mkdirSync(path.join(dir, 'docs'));
  if (name === 'stock') {
    for (const intro of readdirSync(path.join(source, 'docs')).filter((file) => /^intro\.mdx?$/.test(file))) {
      cpSync(path.join(source, 'docs', intro), path.join(dir, 'docs', intro));
    }
    cpSync(path.join(ROOT, 'docs'), path.join(dir, 'docs'), {recursive: true});
    for (const file of readdirSync(path.join(dir, 'docs'), {recursive: true, encoding: 'utf8'}).filter((f) => /\.mdx?$/.test(f))) {
      const doc = path.join(dir, 'docs', file);
      writeFileSync(doc, wrapSpacedUrls(withoutTerms(readFileSync(doc, 'utf8'))));
    }
    cpSync(path.join(ROOT, 'static'), path.join(dir, 'static'), {recursive: true, force: false});
    const configPath = path.join(dir, 'docusaurus.config.ts');
    writeFileSync(configPath, stockConfigForCourse(readFileSync(configPath, 'utf8')));
  } else {
    cpSync(path.join(source, 'docs'), path.join(dir, 'docs'), {recursive: true});
    commitScratch(dir);
  }
  return {dir, pages: coursePages(path.join(dir, 'docs'))};
}
