import fs from 'node:fs';
import path from 'node:path';
import {createSlugger, posixPath} from '@docusaurus/utils';
import {readArticleFrontMatter} from '../../security/frontMatter';
import {levenshtein} from '../../content-check/closest';
import {listDocFiles} from '../../content-check/docFiles';
import {IMAGE_EXTENSIONS, type WikiEmbedData, type WikiLinkData} from './wikiLinks';

/**
 * Where wiki links and embeds point. Used by the build (resolveWikiLinks.ts),
 * by `npm run check` (src/content-check/rules/obsidian.ts) and by
 * `npm run import`, so all three answer the same and say the same.
 *
 * - `[[이름]]` is the article whose file name, `title` or `aliases` is that
 *   name (compared without case, Unicode-normalised: macOS writes Hangul file
 *   names decomposed). The file name wins over a title, a title over an alias;
 *   two articles on the same level are ambiguous.
 * - `![[이름.png]]` is the file of that name anywhere under static/img/.
 *   `![[폴더/이름.png]]` narrows it to paths ending so.
 */

export interface ArticleEntry {
  filePath: string;
  /** File name without `.md`/`.mdx`. */
  name: string;
  title?: string;
  aliases: string[];
}

export interface ImageEntry {
  filePath: string;
  /** The URL the page uses, e.g. `/img/이미지 창고/Pasted image 1.png`. */
  url: string;
  /** Shown in messages, e.g. `static/img/이미지 창고/Pasted image 1.png`. */
  label: string;
}

export interface WikiIndex {
  articles: ArticleEntry[];
  images: ImageEntry[];
  /** Paths in messages are relative to this folder. */
  siteDir: string;
}

export type Resolved<T> = {ok: true; value: T} | {ok: false; message: string};

export const normalizeName = (name: string): string => name.normalize('NFC').trim().toLowerCase();

const stripExtension = (name: string) => name.replace(/\.mdx?$/i, '');

function asStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Frontmatter (as data, read by the site's one frontmatter parser) and the body after it, as written. */
export function splitFrontMatter(source: string): {data: Record<string, unknown>; body: string; block?: string} {
  const match = FRONT_MATTER.exec(source);
  if (!match) return {data: {}, body: source};
  return {data: readArticleFrontMatter(source).data, body: source.slice(match[0].length), block: match[1]};
}

/** An article's names: its `title` (or an opening `# 제목`), aliases and file name. */
export function articleEntry(filePath: string, frontMatter: Record<string, unknown>, body = ''): ArticleEntry {
  const title = typeof frontMatter.title === 'string' ? frontMatter.title : /^\s*#[ \t]+(.+?)[ \t#]*$/m.exec(body.trimStart().split('\n')[0] ?? '')?.[1];
  return {filePath, name: stripExtension(path.basename(filePath)), ...(title && {title}), aliases: asStrings(frontMatter.aliases)};
}

function walk(dir: string, keep: (name: string) => boolean, found: string[] = []): string[] {
  if (!fs.existsSync(dir)) return found;
  for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, keep, found);
    else if (keep(entry.name)) found.push(full);
  }
  return found;
}

// Read again only when a file changes, so `npm start` sees renamed titles.
const articleCache = new Map<string, {mtimeMs: number; entry: ArticleEntry}>();

/** Every article under `docsDir`, as the docs plugin loads them (listDocFiles: no `_` files or folders). */
export function scanArticles(docsDir: string): ArticleEntry[] {
  return listDocFiles(docsDir).map((filePath) => {
    const {mtimeMs} = fs.statSync(filePath);
    const cached = articleCache.get(filePath);
    if (cached && cached.mtimeMs === mtimeMs) return cached.entry;
    const {data, body} = splitFrontMatter(fs.readFileSync(filePath, 'utf8'));
    const entry = articleEntry(filePath, data, body);
    articleCache.set(filePath, {mtimeMs, entry});
    return entry;
  });
}

/** Every image under `<static>/img/`. */
export function scanImages(staticDirs: string[], siteDir: string): ImageEntry[] {
  return staticDirs.flatMap((staticDir) =>
    walk(path.join(staticDir, 'img'), (name) => IMAGE_EXTENSIONS.test(name))
      .sort()
      .map((filePath) => ({
        filePath,
        url: `/${posixPath(path.relative(staticDir, filePath))}`,
        label: posixPath(path.relative(siteDir, filePath)),
      })),
  );
}

export function scanSite(options: {siteDir: string; docsDir?: string; staticDirs?: string[]}): WikiIndex {
  const siteDir = path.resolve(options.siteDir);
  return {
    siteDir,
    articles: scanArticles(path.resolve(siteDir, options.docsDir ?? 'docs')),
    images: scanImages((options.staticDirs ?? ['static']).map((dir) => path.resolve(siteDir, dir)), siteDir),
  };
}

/** The anchor Docusaurus gives a heading with this text (github-slugger). */
export function headingAnchor(heading: string): string {
  return createSlugger().slug(heading);
}

function relativeLink(fromFile: string, toFile: string): string {
  const relative = posixPath(path.relative(path.dirname(fromFile), toFile));
  return relative.startsWith('.') ? relative : `./${relative}`;
}

const sitePath = (index: WikiIndex, filePath: string) => posixPath(path.relative(index.siteDir, filePath));

/** Up to `count` names closest to `wanted`, nearest first, that are plausibly a typo of it. */
function nearest<T>(wanted: string, items: T[], nameOf: (item: T) => string, count = 3): T[] {
  const stem = (name: string) => normalizeName(name).replace(/\.[a-z0-9]+$/, '');
  const target = stem(wanted);
  // A Hangul syllable carries a lot: at most a third of the name may differ.
  const limit = Math.max(1, Math.floor(target.length / 3));
  return items
    .map((item) => ({item, distance: levenshtein(target, stem(nameOf(item)))}))
    .filter(({distance}) => distance <= limit)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, count)
    .map(({item}) => item);
}

function matchesPath(filePath: string, wanted: string): boolean {
  const normalized = normalizeName(posixPath(filePath));
  return normalized === wanted || normalized.endsWith(`/${wanted}`);
}

function findArticles(target: string, index: WikiIndex): {found: ArticleEntry[]; by: string} {
  const wanted = normalizeName(stripExtension(target));
  if (wanted.includes('/')) {
    const byPath = index.articles.filter((article) => matchesPath(stripExtension(article.filePath), wanted));
    if (byPath.length) return {found: byPath, by: '경로'};
  }
  const last = wanted.split('/').pop()!;
  const levels: Array<[string, (article: ArticleEntry) => boolean]> = [
    ['파일 이름', (article) => normalizeName(article.name) === last],
    ['title', (article) => article.title !== undefined && normalizeName(article.title) === last],
    ['aliases', (article) => article.aliases.some((alias) => normalizeName(alias) === last)],
  ];
  for (const [by, test] of levels) {
    const found = index.articles.filter(test);
    if (found.length) return {found, by};
  }
  return {found: [], by: ''};
}

/** `[[…]]` → a link to the article's file (Docusaurus turns `./x.md#y` into its URL, as for a converted link). */
export function resolveWikiLink(link: WikiLinkData, fromFile: string, index: WikiIndex): Resolved<{url: string; article?: ArticleEntry}> {
  if (link.heading?.startsWith('^')) {
    return {ok: false, message: `${link.raw}: 블록 참조(#^…)는 사이트에서 쓸 수 없습니다. 제목으로 가는 링크 [[글#제목]] 으로 바꾸세요.`};
  }
  const hash = link.heading ? `#${headingAnchor(link.heading)}` : '';
  if (!link.target) return {ok: true, value: {url: hash}};
  const {found, by} = findArticles(link.target, index);
  if (found.length === 1) {
    const article = found[0]!;
    return {ok: true, value: {url: relativeLink(fromFile, article.filePath) + hash, article}};
  }
  if (found.length > 1) {
    const list = found.map((article) => sitePath(index, article.filePath)).join(', ');
    return {
      ok: false,
      message: `${link.raw}: ${by}이(가) "${link.target}" 인 글이 여러 편이라 어느 글인지 정할 수 없습니다: ${list}. [[${stripExtension(sitePath(index, found[0]!.filePath)).replace(/^docs\//, '')}|${linkTextOf(link)}]] 처럼 폴더와 파일 이름으로 쓰세요.`,
    };
  }
  const names = index.articles.flatMap((article) => [article.name, article.title, ...article.aliases].filter((name): name is string => Boolean(name)).map((name) => ({name, article})));
  const guesses = nearest(link.target, names, (item) => item.name).map(({name, article}) => `[[${name}]] (${sitePath(index, article.filePath)})`);
  return {
    ok: false,
    message: `${link.raw}: 파일 이름, title, aliases 가 "${link.target}" 인 글이 없습니다${guesses.length ? ` (혹시 ${[...new Set(guesses)].join(', ')}?)` : ''}. 아직 쓰지 않은 글이면 대괄호를 지워 글자로 남기고, 있는 글이면 그 글의 title 이나 aliases 에 이 이름을 넣으세요.`,
  };
}

function linkTextOf(link: WikiLinkData): string {
  return link.alias ?? link.target;
}

/** `![[이름.png]]` → the one image of that name under static/img/. */
export function resolveWikiEmbed(embed: WikiEmbedData, index: WikiIndex, where = 'static/img/'): Resolved<ImageEntry> {
  if (!IMAGE_EXTENSIONS.test(embed.name)) {
    return {
      ok: false,
      message: `${embed.raw}: 그림이 아닌 것(다른 글, PDF 등)은 끼워 넣을 수 없습니다. 글은 [[${embed.name}]] 처럼 링크로 걸고, 그림은 png, jpg, gif, webp, avif, svg 파일을 쓰세요.`,
    };
  }
  const wanted = normalizeName(embed.name);
  const byName = (entry: ImageEntry) => (wanted.includes('/') ? matchesPath(entry.filePath, wanted) : normalizeName(path.basename(entry.filePath)) === wanted);
  const exact = index.images.filter((entry) => (wanted.includes('/') ? byName(entry) : path.basename(entry.filePath).normalize('NFC') === embed.name.normalize('NFC')));
  const found = exact.length ? exact : index.images.filter(byName);
  if (found.length === 1) return {ok: true, value: found[0]!};
  if (found.length > 1) {
    return {
      ok: false,
      message: `${embed.raw}: 이름이 같은 그림이 여러 개라 어느 것인지 정할 수 없습니다: ${found.map((entry) => entry.label).join(', ')}. ![[폴더/${path.basename(embed.name)}]] 처럼 폴더를 함께 적거나 한쪽 파일의 이름을 바꾸세요.`,
    };
  }
  const guesses = nearest(path.basename(embed.name), index.images, (entry) => path.basename(entry.filePath));
  return {
    ok: false,
    message: `${embed.raw}: ${where} 아래에 "${embed.name}" 그림이 없습니다${guesses.length ? `. 이름이 비슷한 그림: ${guesses.map((entry) => entry.label).join(', ')}` : ''}. Obsidian의 첨부 파일을 static/img/이미지 창고/ 에 복사하고 이름의 띄어쓰기·대소문자를 맞추세요 (npm run import 가 대신 복사합니다).`,
  };
}
