import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {Compiler} from 'webpack';

/**
 * Each page's HTML links its route's own stylesheet, so a stylesheet only one
 * page uses (`*.page.module.css`: home, print, the manifest checker) can stay
 * out of the site stylesheet every article downloads.
 *
 * Docusaurus writes a page's <link rel=stylesheet>s (and <script>s) from the
 * client manifest (react-loadable-ssr-addon), looked up by the modules the
 * page rendered ("@site/src/components/HomePage"); the addon keys the
 * manifest by chunk name ("1f3e184a"), so no route chunk is ever found and a
 * stylesheet split off with a route would leave its page unstyled until
 * main.js had run. After the manifest is written, each route chunk's
 * stylesheets are also listed under the requests that import it. Its scripts
 * are not: route code keeps loading as in stock Docusaurus, after main.js (in
 * Lighthouse's simulation, scripts started early count against the LCP).
 */
export const NOT_PAGE_STYLESHEET = /^(?!.*\.page\.module\.css$)/;

type Asset = {file: string};
export type ClientManifest = {entrypoints: string[]; origins: Record<string, string[]>; assets: Record<string, {css?: Asset[]; js?: Asset[]}>};
export type NamedChunkGroup = {name?: string | null; origins: Array<{request?: string}>};

/**
 * The manifest with, under each request that imports a named chunk group, the
 * stylesheets of the group's chunks (as assets of their own, `<id>.css`, so
 * that the lookup finds no script).
 */
export function withRouteStylesheets(manifest: ClientManifest, groups: NamedChunkGroup[]): ClientManifest {
  const origins = {...manifest.origins};
  const assets = {...manifest.assets};
  // The site stylesheet is every page's already.
  const everyPage = new Set(manifest.entrypoints.flatMap((entry) => manifest.origins[entry] ?? []));
  for (const group of groups) {
    const chunks = group.name ? manifest.origins[group.name] : undefined;
    const styled = (chunks ?? []).filter((id) => !everyPage.has(id) && manifest.assets[id]?.css?.length);
    if (styled.length === 0) continue;
    for (const id of styled) assets[`${id}.css`] = {css: manifest.assets[id]!.css};
    for (const {request} of group.origins) {
      if (!request || request in manifest.origins) continue;
      origins[request] = [...new Set([...(origins[request] ?? []), ...styled.map((id) => `${id}.css`)])];
    }
  }
  return {...manifest, origins, assets};
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
                writeFileSync(manifestPath, JSON.stringify(withRouteStylesheets(manifest, compilation.chunkGroups)));
              });
            },
          },
        ],
      };
    },
  });
}
