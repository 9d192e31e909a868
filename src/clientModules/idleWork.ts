/**
 * Runs `run` once the page has loaded and the browser has a quiet moment
 * (`timeout` ms after load at the latest): for work no reader waits for, so it
 * never competes with the first paint and hydration. Browsers without
 * requestIdleCallback (Safari) wait half a second after load instead.
 */
export function whenLoadedAndIdle(run: () => void, timeout: number): void {
  const idle = () => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(() => run(), {timeout});
    else setTimeout(run, 500);
  };
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, {once: true});
}
