import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import siteConfig from '@generated/docusaurus.config';
import {whenEngagedAndIdle, whenLoadedAndIdle} from './idleWork';

/**
 * Offline reading (src/plugins/offline): registers the service worker on every
 * visit, installed as an app or not. This module is in every page's first
 * load, so it only waits: once the page has loaded and the browser is idle
 * (on a first visit: and the reader has started reading, ./idleWork.ts), it
 * fetches the registration code (../offline/registerServiceWorker.ts), and
 * the worker then downloads the site in the background.
 *
 * Under `npm start` nothing is registered, and a worker left on this address
 * by a built site (`npm run serve` uses the same port) is removed: it would
 * answer with the built pages instead of the author's latest edit.
 */
if (ExecutionEnvironment.canUseDOM && 'serviceWorker' in navigator) {
  if (process.env.NODE_ENV === 'production') {
    // A first visit downloads the whole site: not before the reader is reading. A
    // page the worker already serves only looks for a new deployment (and offers it).
    const when = navigator.serviceWorker.controller ? whenLoadedAndIdle : whenEngagedAndIdle;
    when(
      () =>
        void import('../offline/registerServiceWorker')
          .then(({registerServiceWorker}) => registerServiceWorker(siteConfig.baseUrl))
          // The site still works online; only offline reading is missing (e.g. a private window).
          .catch((error: unknown) => console.warn('[오프라인]', error)),
      5_000,
    );
  } else {
    void navigator.serviceWorker.getRegistrations().then((registrations) => registrations.forEach((registration) => void registration.unregister()));
  }
}
