import mediumZoom, {type Zoom} from 'medium-zoom';
import './imageZoom.css';

/**
 * Screenshots and diagrams in articles open larger on click or tap (and on
 * Enter/Space when focused); a second click, Escape or scrolling closes them.
 * Only article images: not the navbar logo, not images that are links.
 * The backdrop follows light/dark mode through a CSS variable.
 */
const SELECTOR = '.markdown img:not(a img)';
let zoom: Zoom | undefined;

function onKeyDown(this: HTMLImageElement, event: KeyboardEvent): void {
  if (event.key !== 'Enter' && event.key !== ' ') return;
  event.preventDefault();
  void zoom?.open({target: this});
}

/**
 * medium-zoom ignores Escape while its opening animation runs; remember the
 * key and close as soon as the image has opened.
 */
function createZoom(): Zoom {
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

function attachToArticleImages(): void {
  zoom ??= createZoom();
  void zoom.close();
  zoom.detach();
  const images = [...document.querySelectorAll<HTMLImageElement>(SELECTOR)];
  zoom.attach(...images);
  for (const image of images) {
    if (!image.hasAttribute('tabindex')) image.tabIndex = 0;
    image.removeEventListener('keydown', onKeyDown);
    image.addEventListener('keydown', onKeyDown);
  }
}

export function onRouteDidUpdate(): void {
  attachToArticleImages();
}
