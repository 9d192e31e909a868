/**
 * The web app manifest that lets a browser install the course as an app
 * (its name under the icon, the colours of its window and splash screen).
 * Every address is under the site's base URL, which is also the app's scope:
 * under GitHub Pages' /<repo>/ the app never claims the rest of the host.
 */
export const MANIFEST_FILE = 'manifest.webmanifest';

/** The course's blue (src/css/custom.css --ifm-color-primary): the app's title bar. */
export const THEME_COLOR = '#2f63d6';
/** The page background while the app starts. */
const BACKGROUND_COLOR = '#ffffff';

export type AppIcon = {file: string; size: number; purpose: 'any' | 'maskable'};

/** Drawn from static/img/logo.svg at build time (./appIcons.ts). */
export const APP_ICONS: readonly AppIcon[] = [
  {file: 'img/app/icon-192.png', size: 192, purpose: 'any'},
  {file: 'img/app/icon-512.png', size: 512, purpose: 'any'},
  {file: 'img/app/icon-maskable-512.png', size: 512, purpose: 'maskable'},
];

export function appManifest({title, tagline, baseUrl}: {title: string; tagline: string; baseUrl: string}) {
  return {
    id: baseUrl,
    name: title,
    // Launchers cut names longer than about twelve Latin letters' width.
    short_name: '쿠버네티스',
    description: tagline,
    lang: 'ko',
    dir: 'ltr',
    start_url: baseUrl,
    scope: baseUrl,
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    icons: APP_ICONS.map(({file, size, purpose}) => ({src: `${baseUrl}${file}`, sizes: `${size}x${size}`, type: 'image/png', purpose})),
  };
}
