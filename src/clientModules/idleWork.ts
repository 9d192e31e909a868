/**
 * When to do work no reader waits for (the next page's font, the offline
 * copy), so that it never competes with the page's start.
 */

/** What a reader does to a page they are reading: any of these means they are here. */
const ENGAGEMENT = ['scroll', 'wheel', 'pointerdown', 'pointermove', 'touchstart', 'keydown'] as const;

/**
 * Runs `run` once the page has loaded and the browser has a quiet moment
 * (`timeout` ms after load at the latest). Browsers without
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

/** What waits for the reader: one set of listeners for all of it (every code block on a phone waits too). */
let waiting: Set<() => void> | undefined;

function engaged(): void {
  for (const type of ENGAGEMENT) window.removeEventListener(type, engaged, true);
  const runs = waiting!;
  waiting = undefined;
  for (const run of runs) run();
}

/**
 * Runs `run` on the reader's next scroll, touch, pointer move or key press.
 * Returns what stops waiting.
 */
export function onReaderEngaged(run: () => void): () => void {
  if (!waiting) {
    waiting = new Set();
    for (const type of ENGAGEMENT) window.addEventListener(type, engaged, {capture: true, passive: true});
  }
  const entry = () => run();
  waiting.add(entry);
  return () => void waiting?.delete(entry);
}

/**
 * `whenLoadedAndIdle`, and not before the reader has first scrolled, pointed
 * or pressed a key: for downloads a first visit makes. "After load" alone
 * still fell among the route's scripts on a slow phone and slowed them
 * (Lighthouse's simulated network saw hydration start 0.6 s later with the
 * fonts' 120 KB beside it), and a visitor who leaves at once downloads none of it.
 */
export function whenEngagedAndIdle(run: () => void, timeout: number): void {
  onReaderEngaged(() => whenLoadedAndIdle(run, timeout));
}
