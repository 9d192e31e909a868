import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import type {ClientModule} from '@docusaurus/types';
import faces from '@generated/k8s-fonts/faces';
import {whenEngagedAndIdle} from '@site/src/clientModules/idleWork';
import {FAMILY} from './family';
import type {FontFaceSpec} from './index';

/**
 * Brings in the site's cut of Pretendard (./index.ts) without ever changing
 * the font of the page a reader is looking at:
 *
 * - A first visit reads in the system Korean font (src/css/custom.css scales
 *   Noto Sans CJK to Pretendard's size). Once the page has loaded, the reader
 *   has started reading and the browser is idle (src/clientModules/idleWork.ts), both
 *   faces are downloaded and decoded, and they are put to use when the reader
 *   moves to another page, where the content changes anyway. A
 *   swap under the reader's eyes would move the text they are reading, and
 *   browsers count the repaint as the page's largest contentful paint
 *   (Lighthouse saw the home page's lead paragraph "arrive" seconds late).
 * - A reader who has been here before has the files in the browser cache:
 *   the faces are used at once, while the page starts.
 *
 * Each face is added only when its file has arrived, so text never turns
 * invisible while a font loads, whatever `font-display` a browser supports.
 */
const SEEN = 'k8s-fonts-seen';

function remember(): void {
  try {
    localStorage.setItem(SEEN, '1');
  } catch {
    // storage blocked: the next visit starts in the system font again
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

/** Both faces, downloaded and decoded once; nothing is fetched until something asks. */
let loading: Promise<FontFace[]> | undefined;
const loadFaces = () => (loading ??= Promise.all(faces.map(loadFace)));
/** A first visit: the faces are for the next page. */
let forTheNextPage = false;
let used = false;

function use(loaded: FontFace[]): void {
  if (used) return;
  used = true;
  for (const face of loaded) document.fonts.add(face);
}

/**
 * Puts Pretendard to use on this page at once: a printout is not read while
 * it changes, so the /print pages and the browser's print dialog get the
 * site's font even on a first visit.
 */
export function applySiteFontsNow(): void {
  forTheNextPage = false;
  loadFaces().then((loaded) => {
    use(loaded);
    remember();
  }, () => undefined); // offline or blocked: the system font stays
}

if (ExecutionEnvironment.canUseDOM) {
  if (seenBefore()) {
    applySiteFontsNow();
  } else {
    whenEngagedAndIdle(() => {
      if (used) return;
      forTheNextPage = true;
      loadFaces().then(remember, () => undefined);
    }, 2_000);
  }
  window.addEventListener('beforeprint', applySiteFontsNow);
}

const fontsForTheNextPage: ClientModule = {
  onRouteDidUpdate({previousLocation}) {
    if (previousLocation && forTheNextPage) applySiteFontsNow();
  },
};

export default fontsForTheNextPage;
