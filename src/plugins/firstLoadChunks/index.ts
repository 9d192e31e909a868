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
 * chunk of its own, loaded once (tests/e2e/seo.spec.ts: no page runs a module
 * twice). The price is a few more, smaller requests, all started together.
 */
export const SHARED_GROUP = {
  chunks: 'async',
  minChunks: 2,
  minSize: 0,
  priority: 30,
  reuseExistingChunk: true,
} as const;

export default function firstLoadChunks() {
  return (): Plugin => ({
    name: 'k8s-first-load-chunks',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {optimization: {splitChunks: {cacheGroups: {shared: SHARED_GROUP}}}};
    },
  });
}
