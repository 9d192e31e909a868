import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import faces from '@generated/k8s-fonts/faces';
import {whenLoadedAndIdle} from '@site/src/clientModules/whenLoadedAndIdle';
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
 * The face is given the file's URL, not its bytes: the browser then fetches
 * and decodes the font off the main thread (bytes handed to the FontFace
 * constructor are parsed on it, ~70 ms on a slow phone for both weights).
 */
function loadFace({weight, url}: FontFaceSpec): Promise<FontFace> {
  return new FontFace(FAMILY, `url(${JSON.stringify(url)}) format("woff2")`, {weight, display: 'swap'}).load();
}

async function loadFonts(): Promise<void> {
  const loaded = await Promise.all(faces.map(loadFace));
  for (const face of loaded) document.fonts.add(face);
  remember();
}

if (ExecutionEnvironment.canUseDOM) {
  const start = () => void loadFonts().catch(() => undefined); // offline or blocked: the system font stays
  if (seenBefore()) start();
  // On a first visit the swap (a relayout of the page) waits for a quiet moment after loading.
  else whenLoadedAndIdle(start, 2_000);
}
