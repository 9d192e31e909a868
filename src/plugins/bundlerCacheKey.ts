import {createHash} from 'node:crypto';
import type {DocusaurusConfig, LoadContext, Plugin} from '@docusaurus/types';

/**
 * Keys the bundler's persistent cache (Rspack, node_modules/.cache/rspack) by
 * the resolved site config as well.
 *
 * Docusaurus keys that cache by the config *file* (a build dependency) and
 * its own version. Values the config reads from the environment (BASE_URL,
 * SITE_URL, GITHUB_REPOSITORY; src/config/deployTarget.ts) change the output
 * without changing the file, so a build under /k8s-intro/ after one under /
 * reused the stylesheet compiled for /, with font URLs outside the site
 * (`/assets/fonts/…`). Every value the config resolves to goes into the
 * cache's version string; a change evicts the cache, an identical config
 * keeps it. File contents need no such help: the cache snapshots them.
 *
 * Docusaurus offers no option for this, so the plugin extends the version it
 * sets (node_modules/@docusaurus/core/lib/webpack/base.js, getExperiments).
 */
export function siteConfigHash(siteConfig: DocusaurusConfig): string {
  // Functions (plugins, hooks) drop out of JSON; their code is in files the cache snapshots.
  return createHash('sha256').update(JSON.stringify(siteConfig)).digest('hex').slice(0, 16);
}

type CacheExperiment = {type?: string; version?: string};

export default function bundlerCacheKey() {
  return (context: LoadContext): Plugin => ({
    name: 'k8s-bundler-cache-key',

    configureWebpack(config) {
      const cache = (config.experiments as {cache?: CacheExperiment} | undefined)?.cache;
      // No persistent cache (webpack, or DOCUSAURUS_NO_PERSISTENT_CACHE): nothing to key.
      if (cache?.type !== 'persistent') return {};
      return {experiments: {cache: {...cache, version: `${cache.version ?? ''}-config-${siteConfigHash(context.siteConfig)}`}}};
    },
  });
}
