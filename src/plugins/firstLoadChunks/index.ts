import type {Plugin} from '@docusaurus/types';

/**
 * How the bundler splits what a page runs first.
 *
 * Docusaurus turns off the bundler's `default` cache group
 * (node_modules/@docusaurus/core/lib/webpack/base.js), so a module that two
 * route chunks import is copied into both: the learning progress code sat in
 * the doc page's chunk and again in the sidebar's, theme-classic's collapsible
 * in the sidebar's and the code blocks', and an article downloaded and ran
 * them twice. `shared` gives every module two or more lazy chunks share a
 * chunk, loaded once (tests/e2e/seo.spec.ts: no page runs a module twice).
 *
 * Left at one chunk per set of sharing routes, an article started 21 requests
 * after main.js (stock Docusaurus: 8), most under 1 KB, and on a phone's
 * network the last of them arrived half a second after stock's. So the
 * modules every article loads anyway are gathered by who else needs them
 * (`sharedChunkName`), and the bundler's `defaultVendors` group is off: it cut
 * theme-classic's half of DocRoot and DocItem away from our wrappers in the
 * same route, two more requests for nothing shared.
 */
export const SHARED_GROUP = {
  minChunks: 2,
  minSize: 0,
  priority: 30,
  reuseExistingChunk: true,
} as const;

/** The docs plugin's layout routes: every article page loads all four. */
const ARTICLE_LAYOUT = /^@theme\/(DocsRoot|DocVersionRoot|DocRoot|DocItem)$/;

export type PageFamilies = {
  /** The home page's route component, which shares the learning progress with articles. */
  home: string;
  /** Route components that render articles whole (the printable course), beside the docs plugin's own. */
  articleRenderers: string[];
};

/**
 * The chunk for a module that the chunks loaded by `requestsByChunk` share
 * (each entry: the import requests that load one of those chunks):
 * - `doc-shell` when an article page loads it anyway and no page outside the
 *   docs (articles, their layout, tag pages, articleRenderers) needs it;
 * - `course-common` when an article page and the home page both load it;
 * - otherwise none: a chunk of its own per set of sharing chunks, as before,
 *   so no page downloads code only another page uses.
 */
export function sharedChunkName(requestsByChunk: string[][], families: PageFamilies): string | undefined {
  const someChunkLoads = (test: (request: string) => boolean) => requestsByChunk.some((chunk) => chunk.some(test));
  if (!someChunkLoads((request) => ARTICLE_LAYOUT.test(request))) return undefined;
  if (someChunkLoads((request) => request === families.home)) return 'course-common';
  const isDocPage = (request: string) =>
    request.startsWith('@theme/Doc') || request.startsWith('@site/docs/') || families.articleRenderers.includes(request);
  return requestsByChunk.every((chunk) => chunk.some(isDocPage)) ? 'doc-shell' : undefined;
}

type BundlerChunk = {groupsIterable: Iterable<{origins: Array<{request?: string}>}>; canBeInitial(): boolean};

/**
 * The chunks `shared` splits: lazy ones (main is one file already), except the
 * 404 page's. It loads no other route, so what it shares (DocRoot shows the
 * same "not found" text for a missing article) it keeps a copy of, instead of
 * every article loading that text as a chunk of its own.
 */
export function sharesModules(chunk: BundlerChunk): boolean {
  return !chunk.canBeInitial() && !loadRequests(chunk).includes('@theme/NotFound');
}

/** The import requests that load a chunk: the route components (`@theme/DocItem`) or modules (`./TermTooltip`) of its groups. */
export function loadRequests(chunk: BundlerChunk): string[] {
  return [...chunk.groupsIterable].flatMap((group) => group.origins.flatMap((origin) => (origin.request ? [origin.request] : [])));
}

export default function firstLoadChunks(families: PageFamilies) {
  return (): Plugin => ({
    name: 'k8s-first-load-chunks',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      const name = (_module: unknown, chunks: BundlerChunk[]) => sharedChunkName(chunks.map(loadRequests), families);
      return {optimization: {splitChunks: {cacheGroups: {defaultVendors: false, shared: {...SHARED_GROUP, chunks: sharesModules, name}}}}};
    },
  });
}
