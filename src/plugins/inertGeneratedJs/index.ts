import {existsSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin, ParseFrontMatter} from '@docusaurus/types';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import {posixPath} from '@docusaurus/utils';
import {forStringifyObject} from '../../security/stringifyObjectInput';
import {unsafeRouteMessage} from '../../security/routePath';

export const PLUGIN_NAME = 'k8s-inert-generated-js';

interface MdxLoaderOptions {
  markdownConfig?: {parseFrontMatter?: ParseFrontMatter};
  createAssets?: (input: {filePath: string; frontMatter: Record<string, unknown>}) => unknown;
}
/** parseFrontMatter functions of ours: the client and server configs share the docs plugin's rule, so it is seen twice. */
const wrappedParsers = new WeakSet<ParseFrontMatter>();

interface LoaderUse {
  loader?: string;
  options?: unknown;
}

/**
 * The mdx loader's options with a parseFrontMatter that hands
 * stringify-object a copy it writes as safe JavaScript (see
 * src/security/stringifyObjectInput.ts). Only the loader gets the copy: the
 * docs plugin's metadata (JSON) keeps calling the site's own
 * `markdown.parseFrontMatter`, and `createAssets` (a frontmatter `image`
 * becoming a bundled file) still sees the frontmatter as written.
 */
export function inertMdxLoaderOptions<T extends MdxLoaderOptions>(options: T): T {
  const parse = options.markdownConfig?.parseFrontMatter;
  if (parse && wrappedParsers.has(parse)) return options;
  if (!parse) throw new Error(`[${PLUGIN_NAME}] mdx-loader 설정에서 parseFrontMatter 를 찾지 못했습니다. Docusaurus 가 바뀌었는지 확인하세요.`);
  const written = new WeakMap<object, Record<string, unknown>>();
  const parseFrontMatter: ParseFrontMatter = async (params) => {
    const result = await parse(params);
    const frontMatter = forStringifyObject(result.frontMatter);
    written.set(frontMatter, result.frontMatter);
    return {...result, frontMatter};
  };
  wrappedParsers.add(parseFrontMatter);
  const {createAssets} = options;
  return {
    ...options,
    markdownConfig: {...options.markdownConfig, parseFrontMatter},
    ...(createAssets && {
      createAssets: (input: {filePath: string; frontMatter: Record<string, unknown>}) =>
        createAssets({...input, frontMatter: written.get(input.frontMatter) ?? input.frontMatter}),
    }),
  };
}

const isMdxLoader = (use: unknown): use is LoaderUse & {options: MdxLoaderOptions} =>
  typeof use === 'object' && use !== null && /[\\/]@docusaurus[\\/]mdx-loader[\\/]/.test(String((use as LoaderUse).loader)) && typeof (use as LoaderUse).options === 'object';

/** Every mdx-loader use in a webpack/Rspack rule list, however deeply nested (oneOf, rules). */
export function wrapMdxLoaders(rules: unknown[]): number {
  let wrapped = 0;
  for (const rule of rules) {
    if (typeof rule !== 'object' || rule === null) continue;
    const {use, oneOf, rules: nested} = rule as {use?: unknown; oneOf?: unknown[]; rules?: unknown[]};
    if (Array.isArray(use)) {
      use.forEach((item, index) => {
        if (isMdxLoader(item)) {
          use[index] = {...item, options: inertMdxLoaderOptions(item.options)};
          wrapped += 1;
        }
      });
    }
    if (Array.isArray(oneOf)) wrapped += wrapMdxLoaders(oneOf);
    if (Array.isArray(nested)) wrapped += wrapMdxLoaders(nested);
  }
  return wrapped;
}

type SidebarEntry = {type: string; id?: string; label?: string; items?: SidebarEntry[]; link?: {type: string; permalink?: string}};

/** The routes the docs plugin makes from authors' text: articles, tags, category index pages. */
export function unsafeDocsRoutes(content: LoadedContent, siteDir: string): string[] {
  const problems: string[] = [];
  // Labels are quoted as JSON: a line break in one cannot start a line of its own in the CI log.
  const report = (routePath: string, source: string, where: string) => {
    const message = unsafeRouteMessage(routePath, source);
    if (message) problems.push(`${where}:1:1  ${message}`);
  };
  for (const version of content.loadedVersions) {
    const fileOf = new Map(version.docs.map((doc) => [doc.id, posixPath(path.relative(siteDir, path.resolve(siteDir, doc.source.replace(/^@site\//, ''))))]));
    for (const doc of version.docs) {
      const file = fileOf.get(doc.id)!;
      report(doc.permalink, '파일·폴더 이름, slug, id', file);
      for (const tag of doc.tags) report(tag.permalink, `태그 ${JSON.stringify(tag.label)}`, file);
    }
    // A category's _category_ file sits beside its articles; named by the folder of one of them.
    const categoryFile = (category: SidebarEntry) => {
      const article = category.items?.find((item) => item.type === 'doc' && item.id && fileOf.has(item.id));
      const folder = article ? path.posix.dirname(fileOf.get(article.id!)!) : undefined;
      const name = ['_category_.json', '_category_.yml', '_category_.yaml'].find((file) => folder && existsSync(path.join(siteDir, folder, file)));
      return folder && name ? `${folder}/${name}` : '_category_.json';
    };
    const visit = (items: SidebarEntry[]) => {
      for (const item of items) {
        if (item.type !== 'category') continue;
        if (item.link?.type === 'generated-index' && item.link.permalink) {
          report(item.link.permalink, `분류 ${JSON.stringify(item.label)} 의 link.slug`, categoryFile(item));
        }
        visit(item.items ?? []);
      }
    };
    for (const sidebar of Object.values(version.sidebars)) visit(sidebar as SidebarEntry[]);
  }
  return problems;
}

/**
 * Keeps authors' text from becoming code in the JavaScript Docusaurus
 * generates:
 * - each page's `export const frontMatter = …` (mdx loader, stringify-object):
 *   the loader gets frontmatter it writes as a safe literal (configureWebpack);
 *   `contentTitle` is handled the same way by the remark plugin in
 *   ./contentTitle.ts;
 * - routes.js (`path: '…'`): every route the docs plugin made from authors'
 *   text must consist of safe characters, else the build stops here, before
 *   any code is generated (allContentLoaded).
 */
export default function inertGeneratedJs() {
  return (context: LoadContext): Plugin => ({
    name: PLUGIN_NAME,

    async allContentLoaded({allContent}) {
      const docs = allContent['docusaurus-plugin-content-docs'] as Record<string, LoadedContent> | undefined;
      const problems = Object.values(docs ?? {}).flatMap((content) => unsafeDocsRoutes(content, context.siteDir));
      if (problems.length > 0) throw new Error(problems.join('\n'));
    },

    configureWebpack(config) {
      // Plugins from the preset (the docs plugin) have added their rules by now.
      const wrapped = wrapMdxLoaders(config.module?.rules ?? []);
      if (wrapped === 0) throw new Error(`[${PLUGIN_NAME}] mdx-loader 규칙을 찾지 못했습니다. Docusaurus 가 바뀌었는지 확인하세요.`);
      return {};
    },
  });
}
