import path from 'node:path';
import {generateSW, type GetManifestOptions} from 'workbox-build';

export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * Files of the built site a reader never needs offline: share cards for
 * messengers, files for search engines, licence notes beside the scripts.
 */
const NOT_FOR_READERS = ['og/**', 'sitemap.xml', 'robots.txt', '**/*.LICENSE.txt'];
/**
 * The print pages repeat every article (several MB of HTML): the articles
 * themselves are kept for reading offline, and printing is left to the network.
 */
const PRINT_PAGES = ['print.html', 'print/**'];
/** The host answers unknown addresses with it, status 404: a worker cannot store that answer. */
const NOT_FOUND_PAGE = '404.html';

/**
 * A page's address as the site links to it: `docs/pod.html` is /docs/pod,
 * `index.html` is the folder. The worker fetches and stores each page at that
 * address, so it gets the page from any host: asked for `docs/pod.html`,
 * `docusaurus serve` redirects to /docs/pod and drops a sub-path's base URL
 * on the way (it then answered with the home page).
 */
export function pageAddress(file: string): string {
  if (file === 'index.html') return './';
  if (file.endsWith('/index.html')) return file.slice(0, -'index.html'.length);
  return file.endsWith('.html') ? file.slice(0, -'.html'.length) : file;
}

/**
 * Which built files the service worker keeps: all the others, so every
 * article (its page and its scripts, for a link followed in the app or a
 * full load), image, diagram, font and the whole Pagefind index are there
 * offline, not only the pages already seen. Relative paths: the worker
 * resolves them against its own address, so the list holds under any base URL.
 */
export function precachedFiles(outDir: string): GetManifestOptions {
  return {
    globDirectory: outDir,
    globPatterns: ['**/*'],
    globIgnores: [...NOT_FOR_READERS, ...PRINT_PAGES, NOT_FOUND_PAGE, SERVICE_WORKER_FILE],
    manifestTransforms: [async (entries) => ({manifest: entries.map((entry) => ({...entry, url: pageAddress(entry.url)})), warnings: []})],
    // The bundler's files and Pagefind's chunks carry their content hash in
    // their names: no revision query needed to fetch a fresh copy.
    dontCacheBustURLsMatching: /^(assets\/.*\.[0-9a-f]{8,}\.|pagefind\/(index|fragment)\/)/,
    // Over this, a file is left out with a warning (the build prints it).
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  };
}

/**
 * Writes the service worker with Workbox (workbox-build's generateSW): the
 * precache of ./precachedFiles, versioned by each file's hash. Workbox rather
 * than @docusaurus/plugin-pwa: the plugin's postBuild would race Pagefind's
 * (Docusaurus starts all postBuilds at once) and it adds its own bundler
 * build of the worker and a registration module to every page; here the
 * worker is written after the index (../postBuildOrder.ts), and the page's
 * side is ours and loaded after the page is idle (src/clientModules/offline.ts).
 */
export async function writeServiceWorker(outDir: string): Promise<{count: number; size: number; warnings: string[]}> {
  return generateSW({
    ...precachedFiles(outDir),
    swDest: path.join(outDir, SERVICE_WORKER_FILE),
    mode: 'production',
    sourcemap: false,
    // One file: nothing else to fetch before the worker runs.
    inlineWorkboxRuntime: true,
    // A new deployment waits until the reader chooses "새로고침" (it then posts
    // SKIP_WAITING); until then the old worker answers every request from its
    // own, complete version: never old pages with new scripts.
    skipWaiting: false,
    // The first visit: the page that installed the worker is served by it at
    // once, so going offline right after works there too. Same version as the page.
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    cacheId: 'k8s-intro',
    // Pagefind asks for pagefind-entry.json?ts=<time> so that no HTTP cache
    // keeps an old index; the worker's copy is the one of its own version.
    ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/],
  });
}
