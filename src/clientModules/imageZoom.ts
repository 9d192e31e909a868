import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import type {Zoom} from 'medium-zoom';
import './imageZoom.css';

/**
 * Screenshots and diagrams in articles open larger on click or tap (and on
 * Enter/Space when focused); a second click, Escape or scrolling closes them.
 * Only article images: not the navbar logo, not images that are links.
 * The backdrop follows light/dark mode through a CSS variable.
 *
 * medium-zoom is not part of the first load: most visits never zoom. It is
 * fetched when the reader first points at, focuses, clicks or presses Enter
 * on an article image; the click or key that asked for it opens the image as
 * soon as it has arrived. From then on medium-zoom handles the images itself.
 */
const SELECTOR = '.markdown img:not(a img)';
let zoom: Zoom | undefined;
let loading: Promise<Zoom> | undefined;
/** The image a click or key asked to open while medium-zoom was on its way. */
let openWhenLoaded: HTMLImageElement | undefined;

const isOpenKey = (event: KeyboardEvent) => event.key === 'Enter' || event.key === ' ';

function onKeyDown(this: HTMLImageElement, event: KeyboardEvent): void {
  if (!isOpenKey(event)) return;
  event.preventDefault();
  void zoom?.open({target: this});
}

/**
 * medium-zoom ignores Escape while its opening animation runs; remember the
 * key and close as soon as the image has opened.
 */
async function createZoom(): Promise<Zoom> {
  const {default: mediumZoom} = await import('medium-zoom');
  const created = mediumZoom({margin: 24, background: 'var(--zoom-backdrop)'});
  let opening = false;
  let closeWhenOpened = false;
  created.on('open', () => {
    opening = true;
    closeWhenOpened = false;
  });
  created.on('opened', () => {
    opening = false;
    if (closeWhenOpened) void created.close();
  });
  document.addEventListener('keyup', (event) => {
    if (opening && (event.key === 'Escape' || event.key === 'Esc')) closeWhenOpened = true;
  });
  return created;
}

/** The article's images, each reachable with Tab (before medium-zoom is loaded, too). */
function articleImages(): HTMLImageElement[] {
  const images = [...document.querySelectorAll<HTMLImageElement>(SELECTOR)];
  for (const image of images) if (!image.hasAttribute('tabindex')) image.tabIndex = 0;
  return images;
}

function attachToArticleImages(loaded: Zoom): void {
  void loaded.close();
  loaded.detach();
  const images = articleImages();
  loaded.attach(...images);
  for (const image of images) {
    image.removeEventListener('keydown', onKeyDown);
    image.addEventListener('keydown', onKeyDown);
  }
}

const FIRST_USE_EVENTS = ['pointerover', 'focusin', 'click', 'keydown'] as const;

function loadZoom(): Promise<Zoom> {
  loading ??= createZoom().then((created) => {
    zoom = created;
    for (const type of FIRST_USE_EVENTS) document.removeEventListener(type, onFirstUse);
    attachToArticleImages(created);
    if (openWhenLoaded) void created.open({target: openWhenLoaded});
    openWhenLoaded = undefined;
    return created;
  });
  return loading;
}

/** Until medium-zoom is loaded: pointing or focusing starts the download, a click or Enter/Space also opens. */
function onFirstUse(event: Event): void {
  const image = event.target;
  if (!(image instanceof HTMLImageElement) || !image.matches(SELECTOR)) return;
  if (event.type === 'click' || (event instanceof KeyboardEvent && isOpenKey(event))) {
    event.preventDefault();
    openWhenLoaded = image;
  }
  void loadZoom();
}

if (ExecutionEnvironment.canUseDOM) {
  for (const type of FIRST_USE_EVENTS) document.addEventListener(type, onFirstUse);
}

export function onRouteDidUpdate(): void {
  if (zoom) attachToArticleImages(zoom);
  else articleImages();
}
