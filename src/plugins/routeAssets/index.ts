import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {Compiler} from 'webpack';

/**
 * Each page's HTML names its route's own scripts and stylesheets, so that they
 * download beside main.js instead of after it, and a stylesheet only one page
 * uses (`*.page.module.css`: home, print, the manifest checker) can stay out
 * of the site stylesheet every article downloads.
 *
 * Docusaurus writes a page's <link rel=stylesheet>s and <script>s from the
 * client manifest (react-loadable-ssr-addon), looked up by the modules the
 * page rendered ("@site/src/components/HomePage"); the addon keys the
 * manifest by chunk name ("1f3e184a"), so no route chunk is ever found: the
 * route's code was asked for only once main.js had run (one more round trip
 * before the page works), and a stylesheet split off with a route would leave
 * its page unstyled until then. After the manifest is written, each route
 * chunk group's chunks are also listed under the requests that import it. All
 * scripts start after the first paint (src/config/ssrTemplate.ts), so naming
 * them early costs the first paint nothing.
 */
export const NOT_PAGE_STYLESHEET = /^(?!.*\.page\.module\.css$)/;

type Asset = {file: string};
export type ClientManifest = {entrypoints: string[]; origins: Record<string, string[]>; assets: Record<string, {css?: Asset[]; js?: Asset[]}>};
export type NamedChunkGroup = {name?: string | null; origins: Array<{request?: string}>};

/**
 * The manifest with, under each request that imports a named chunk group, the
 * group's chunks (their scripts and stylesheets), less those every page loads.
 */
export function withRouteChunks(manifest: ClientManifest, groups: NamedChunkGroup[]): ClientManifest {
  const origins = {...manifest.origins};
  // main.js and the site stylesheet are every page's already.
  const everyPage = new Set(manifest.entrypoints.flatMap((entry) => manifest.origins[entry] ?? []));
  for (const group of groups) {
    const chunks = (group.name ? manifest.origins[group.name] : undefined)?.filter((id) => !everyPage.has(id) && id in manifest.assets) ?? [];
    if (chunks.length === 0) continue;
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
    configureWebpack(config, isServer) {
      // Only a production build writes the manifest and prerenders pages (`npm start` has neither).
      if (isServer || config.mode !== 'production') return {};
      const manifestPath = path.join(context.generatedFilesDir, 'client-manifest.json');
      return {
        optimization: {splitChunks: {cacheGroups: {styles: {test: NOT_PAGE_STYLESHEET}}}},
        plugins: [
          {
            apply(compiler: Compiler) {
              // After emit: the addon writes the manifest while assets are emitted.
              compiler.hooks.afterEmit.tap('k8s-route-assets', (compilation) => {
                const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as ClientManifest;
                writeFileSync(manifestPath, JSON.stringify(withRouteChunks(manifest, compilation.chunkGroups)));
              });
            },
          },
        ],
      };
    },
  });
}
