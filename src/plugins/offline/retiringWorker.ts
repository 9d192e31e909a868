import type {Compiler} from 'webpack';
import {SERVICE_WORKER_FILE} from './serviceWorker';

/**
 * What `npm start` serves as the service worker. `npm run serve` uses the
 * same address (localhost:3000), and a worker installed there from the built
 * site would go on answering with built pages while the author edits. The
 * browser checks a worker's script for changes on each visit: from the dev
 * server it gets this one, which replaces the old worker, unregisters itself
 * and reloads the open pages, now from the dev server. Its text is this
 * constant, never a file a pull request could change.
 */
export const RETIRING_WORKER = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) await caches.delete(name);
    await self.registration.unregister();
    for (const client of await self.clients.matchAll({type: 'window'})) client.navigate(client.url);
  })());
});
`;

/** A bundler plugin that adds RETIRING_WORKER to the dev server's files. */
export function serveRetiringWorker(name: string) {
  return {
    apply(compiler: Compiler) {
      const {Compilation, sources} = compiler.webpack;
      compiler.hooks.thisCompilation.tap(name, (compilation) => {
        compilation.hooks.processAssets.tap({name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL}, () => {
          compilation.emitAsset(SERVICE_WORKER_FILE, new sources.RawSource(RETIRING_WORKER));
        });
      });
    },
  };
}
