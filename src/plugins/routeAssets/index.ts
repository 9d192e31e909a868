import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {Compiler} from 'webpack';

/**
 * Each page's HTML names its route's scripts and stylesheets, and a page's
 * own stylesheet stays out of the one every page loads.
 *
 * Docusaurus writes a page's <script>s and <link rel=stylesheet>s from the
 * client manifest (react-loadable-ssr-addon), looked up by the modules the
 * page rendered ("@site/src/components/HomePage"); the addon keys the
 * manifest by chunk name ("1f3e184a") under the bundler we use, so no route
 * chunk was ever found: every page fetched its route's code only once
 * main.js had run (a waterfall), and a stylesheet split off with a route
 * would show that page unstyled until then. After the manifest is written,
 * each route chunk is also listed under the requests that import it.
 *
 * With that, a CSS module named `*.page.module.css` (a stylesheet only one
 * page uses: home, print, the manifest checker) goes with its route instead
 * of into the site stylesheet every article downloads.
 */
export const NOT_PAGE_STYLESHEET = /^(?!.*\.page\.module\.css$)/;

export type ClientManifest = {entrypoints: string[]; origins: Record<string, Array<string | number>>; assets: Record<string, unknown>};
export type NamedChunkGroup = {name?: string | null; origins: Array<{request?: string}>};

/** The manifest with every named chunk group's chunks also listed under each request that imports it. */
export function withRequestOrigins(manifest: ClientManifest, groups: NamedChunkGroup[]): ClientManifest {
  const origins = {...manifest.origins};
  for (const group of groups) {
    const chunks = group.name ? manifest.origins[group.name] : undefined;
    if (!chunks) continue;
    for (const {request} of group.origins) {
      if (!request || request in manifest.origins) continue;
      origins[request] = [...new Set([...(origins[request] ?? []), ...chunks])];
    }
  }
  return {...manifest, origins};
}

export default function routeAssets() {
  return (context: LoadContext): Plugin => ({
    name: 'k8s-route-assets',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      const manifestPath = path.join(context.generatedFilesDir, 'client-manifest.json');
      return {
        optimization: {splitChunks: {cacheGroups: {styles: {test: NOT_PAGE_STYLESHEET}}}},
        plugins: [
          {
            apply(compiler: Compiler) {
              // After emit: the addon writes the manifest while assets are emitted.
              compiler.hooks.afterEmit.tap('k8s-route-assets', (compilation) => {
                const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as ClientManifest;
                writeFileSync(manifestPath, JSON.stringify(withRequestOrigins(manifest, compilation.chunkGroups)));
              });
            },
          },
        ],
      };
    },
  });
}
