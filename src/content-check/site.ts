import fs from 'node:fs';
import path from 'node:path';
import type {Heading, Nodes, Root} from 'mdast';
import type {MdxTextExpression} from 'mdast-util-mdx';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {aliasedSitePath, createSlugger, normalizeUrl, parseMarkdownHeadingId, posixPath} from '@docusaurus/utils';
import * as slugModule from '@docusaurus/plugin-content-docs/lib/slug.js';
import * as numberPrefixModule from '@docusaurus/plugin-content-docs/lib/numberPrefix.js';
import {listDocFiles} from './docFiles';
import {createPositionMapper, parseMarkdown, type ParsedMarkdown} from './parse';
import type {Article, Site, SiteOptions} from './types';
import {contentSizeProblems} from '../security/contentSize';

// CommonJS modules: depending on the loader (tsx, vitest) the default export
// sits on `.default` or one level deeper.
type GetSlug = typeof slugModule.default;
const getSlug: GetSlug =
  (slugModule.default as unknown as {default?: GetSlug}).default ?? slugModule.default;
const {DefaultNumberPrefixParser, DisabledNumberPrefixParser, stripPathNumberPrefixes} = numberPrefixModule;

export const DEFAULT_IMAGE_BUDGET_BYTES = 300 * 1024;

/** Drops a trailing slash so `/docs/workloads/` and `/docs/workloads` compare equal. */
export function normalizePermalink(permalink: string): string {
  return permalink.length > 1 ? permalink.replace(/\/+$/, '') : permalink;
}

/** Ids the page will have: headings (computed like Docusaurus' headings plugin) and elements with an `id`. */
export function collectAnchors(tree: Root): Set<string> {
  const anchors = new Set<string>();
  const slugger = createSlugger();
  visit(tree, (node: Nodes) => {
    if (node.type === 'heading') {
      anchors.add(headingId(node, slugger));
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'id' && typeof attribute.value === 'string') {
          anchors.add(attribute.value);
        }
      }
    }
  });
  return anchors;
}

/** `{/* #my-id *\/}` at the end of a heading, as @docusaurus/mdx-loader reads it. */
function commentId(node: Nodes | undefined): string | undefined {
  if (node?.type !== 'mdxTextExpression') return undefined;
  const program = (node as MdxTextExpression).data?.estree;
  if (!program || program.body.length > 0 || program.comments?.length !== 1) return undefined;
  const first = program.comments[0]!.value.trim().split(' ')[0];
  return first?.startsWith('#') && first.length > 1 ? first.slice(1) : undefined;
}

function headingId(heading: Heading, slugger: ReturnType<typeof createSlugger>): string {
  const fromComment = commentId(heading.children.at(-1));
  if (fromComment) return fromComment;
  const text = toString(heading.children.filter((child) => child.type !== 'html'));
  return parseMarkdownHeadingId(text).id ?? slugger.slug(text);
}

interface DocLocation {
  id: string;
  permalink: string;
}

/** Doc id and URL, computed the way @docusaurus/plugin-content-docs does. */
export function locateDoc(
  filePath: string,
  frontMatter: Record<string, unknown>,
  {siteDir, docsDir, routeBasePath}: {siteDir: string; docsDir: string; routeBasePath: string},
): DocLocation {
  const relative = posixPath(path.relative(docsDir, filePath));
  const sourceDirName = path.posix.dirname(relative);
  const parseNumberPrefixes = frontMatter.parse_number_prefixes !== false;
  const parser = parseNumberPrefixes ? DefaultNumberPrefixParser : DisabledNumberPrefixParser;
  const unprefixedFileName = parser(path.posix.basename(relative).replace(/\.mdx?$/, '')).filename;
  const baseID = typeof frontMatter.id === 'string' ? frontMatter.id : unprefixedFileName;
  const dirPrefix =
    sourceDirName === '.' ? undefined : parseNumberPrefixes ? stripPathNumberPrefixes(sourceDirName, parser) : sourceDirName;
  const id = [dirPrefix, baseID].filter(Boolean).join('/');
  let slug: string;
  try {
    slug = getSlug({
      baseID,
      source: aliasedSitePath(filePath, siteDir),
      sourceDirName,
      frontMatterSlug: typeof frontMatter.slug === 'string' ? frontMatter.slug : undefined,
      stripDirNumberPrefixes: parseNumberPrefixes,
      numberPrefixParser: parser,
    });
  } catch {
    slug = `/${id}`; // an invalid slug; the frontmatter rule reports the field
  }
  return {id, permalink: normalizeUrl(['/', routeBasePath, slug])};
}

// Parsing is the expensive part; the same text always gives the same tree
// (rules only read it), so a text checked again (tests, several targets) is parsed once.
const parsedTexts = new Map<string, ParsedMarkdown>();
function parseOnce(source: string): ParsedMarkdown {
  let parsed = parsedTexts.get(source);
  if (!parsed) {
    parsed = parseMarkdown(source);
    parsedTexts.set(source, parsed);
  }
  return parsed;
}

export function createArticle(
  filePath: string,
  fullSource: string,
  site: {siteDir: string; docsDir: string; routeBasePath: string},
): Article {
  // An article over the size limits is not read at all: every rule sees an empty one.
  const oversized = contentSizeProblems(fullSource);
  const source = oversized.length > 0 ? '' : fullSource;
  const parsed = parseOnce(source);
  const location = locateDoc(filePath, parsed.frontMatter.data, site);
  let anchors: Set<string> | undefined;
  return {
    filePath,
    file: posixPath(path.relative(site.siteDir, filePath)),
    source,
    sourceLines: source.split(/\r?\n/),
    oversized,
    ...parsed,
    ...location,
    toSource: createPositionMapper(source, parsed.processed),
    anchors: () => (anchors ??= parsed.tree ? collectAnchors(parsed.tree) : new Set()),
  };
}

export interface ExtraArticle {
  /** Site-relative path, e.g. `docs/test.md`. */
  file: string;
  source: string;
}

/** Reads and parses every article once. `extra` adds (or replaces) articles from memory, for tests. */
export function loadSite(options: SiteOptions, extra: ExtraArticle[] = []): Site {
  const siteDir = path.resolve(options.siteDir);
  const docsDir = path.join(siteDir, options.docsDir ?? 'docs');
  const routeBasePath = options.routeBasePath ?? 'docs';
  const where = {siteDir, docsDir, routeBasePath};
  const sources = new Map<string, string>();
  for (const filePath of listDocFiles(docsDir)) sources.set(filePath, fs.readFileSync(filePath, 'utf8'));
  for (const {file, source} of extra) sources.set(path.join(siteDir, file), source);
  const articles = [...sources].map(([filePath, source]) => createArticle(filePath, source, where));
  const site: Site = {
    siteDir,
    docsDir,
    staticDirs: (options.staticDirs ?? ['static']).map((dir) => path.resolve(siteDir, dir)),
    routeBasePath,
    imageBudgetBytes: options.imageBudgetBytes ?? DEFAULT_IMAGE_BUDGET_BYTES,
    articles,
    byFilePath: new Map(),
    byPermalink: new Map(),
    byId: new Map(),
  };
  for (const article of articles) {
    site.byFilePath.set(article.filePath, article);
    if (!site.byPermalink.has(normalizePermalink(article.permalink))) {
      site.byPermalink.set(normalizePermalink(article.permalink), article);
    }
    if (!site.byId.has(article.id)) site.byId.set(article.id, article);
  }
  return site;
}
