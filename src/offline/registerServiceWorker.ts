/** How often a tab left open looks for a new deployment (navigations inside the app do not). */
const UPDATE_CHECK_INTERVAL = 60 * 60 * 1000;

/**
 * Registers the site's service worker (src/plugins/offline/serviceWorker.ts)
 * and offers each new deployment: Workbox keeps a new worker waiting, with its
 * complete new version beside the old one, while the old worker goes on
 * serving the old version whole. "새로고침" lets the new one take over
 * (SKIP_WAITING), and every tab that showed the old version reloads, so none
 * mixes old pages with new scripts.
 */
export async function registerServiceWorker(baseUrl: string): Promise<void> {
  const {serviceWorker} = navigator;
  let controller = serviceWorker.controller;
  let reloading = false;
  serviceWorker.addEventListener('controllerchange', () => {
    const previous = controller;
    controller = serviceWorker.controller;
    // The first install takes over the page it was installed from: same version, nothing to reload.
    if (!previous || reloading) return;
    reloading = true;
    window.location.reload();
  });

  const registration = await serviceWorker.register(`${baseUrl}sw.js`, {scope: baseUrl});
  // The notice's code comes only with a new deployment, which most visits never see.
  const offer = (worker: ServiceWorker) =>
    void import('./updateToast').then(({showUpdateToast}) => showUpdateToast(() => worker.postMessage({type: 'SKIP_WAITING'})));
  // Only when a version is already in use: the first install is no update.
  if (registration.waiting && serviceWorker.controller) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && serviceWorker.controller) offer(worker);
    });
  });
  setInterval(() => void registration.update().catch(() => {}), UPDATE_CHECK_INTERVAL);
}
