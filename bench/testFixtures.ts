/** Small results for the report tests: a build and a page's first load from a few requests. */
import type {BuildResult} from './buildMeasure';
import {summarize, type PageWeight} from './pageWeight';

export const build = (seconds: number, peakRssMB: number, pagefindBytes: number | null = null): BuildResult => ({
  seconds,
  cpuSeconds: null,
  peakRssMB,
  peakTreeMB: peakRssMB,
  peakSingleMB: null,
  buildBytes: 0,
  pagefindBytes,
  warnings: 0,
});

export const page = (js: number, css: number, font: number, html = 20_000): PageWeight =>
  summarize('/docs/x', [
    {path: '/docs/x', status: 200, contentType: 'text/html; charset=utf-8', rawBytes: html * 4, sentBytes: html, purpose: ''},
    {path: '/assets/js/main.js', status: 200, contentType: 'text/javascript; charset=utf-8', rawBytes: js * 3, sentBytes: js, purpose: ''},
    {path: '/assets/css/styles.css', status: 200, contentType: 'text/css; charset=utf-8', rawBytes: css * 5, sentBytes: css, purpose: ''},
    ...(font ? [{path: '/assets/fonts/a.woff2', status: 200, contentType: 'font/woff2', rawBytes: font, sentBytes: font, purpose: ''}] : []),
    {path: '/assets/js/next.js', status: 200, contentType: 'text/javascript; charset=utf-8', rawBytes: 900, sentBytes: 300, purpose: 'prefetch'},
  ]);
