import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {FAMILY} from './family';
import type {FontFaceSpec} from './index';

/**
 * Registers the site's cut of Pretendard (./index.ts) once the page has
 * loaded, so the fonts are never on the path to the first paint: the page
 * first shows in the reader's system Korean font (src/css/custom.css scales
 * Noto Sans CJK to Pretendard's size, so the swap moves nothing there).
 * Each face is added only when its file has arrived, so text never turns
 * invisible while a font loads, whatever `font-display` a browser supports.
 *
 * A reader who has been here before has the fonts in the browser cache: for
 * them the faces are asked for at once, while the page hydrates, so the
 * system font shows for as short a time as possible.
 */
const SEEN = 'k8s-fonts-seen';

function remember(): void {
  try {
    localStorage.setItem(SEEN, '1');
  } catch {
    // storage blocked: the next visit waits for the load event again
  }
}

function seenBefore(): boolean {
  try {
    return localStorage.getItem(SEEN) === '1';
  } catch {
    return false;
  }
}

/**
 * The file is fetched at low priority and handed to the FontFace as bytes: it
 * is not needed for anything the page shows first, and a font request of the
 * browser's own would go out at its highest priority.
 */
async function loadFace({weight, url, unicodeRange}: FontFaceSpec): Promise<FontFace> {
  const response = await fetch(url, {priority: 'low'});
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new FontFace(FAMILY, await response.arrayBuffer(), {weight, unicodeRange, display: 'swap'}).load();
}

async function loadFonts(): Promise<void> {
  const {default: faces} = await import('@generated/k8s-fonts/faces');
  const loaded = await Promise.all(faces.map(loadFace));
  for (const face of loaded) document.fonts.add(face);
  remember();
}

if (ExecutionEnvironment.canUseDOM) {
  const start = () => void loadFonts().catch(() => undefined); // offline or blocked: the system font stays
  if (seenBefore() || document.readyState === 'complete') start();
  else window.addEventListener('load', start, {once: true});
}
