import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {getManifest} from 'workbox-build';
import {afterAll, describe, expect, it} from 'vitest';
import {appManifest} from './appManifest';
import {pageAddress, precachedFiles, SERVICE_WORKER_FILE} from './serviceWorker';

describe('appManifest', () => {
  const site = {title: '쿠버네티스 입문', tagline: '처음 배우는 사람을 위한 한국어 쿠버네티스 강좌'};

  it('names the app in Korean and installs it from the home page', () => {
    const manifest = appManifest({...site, baseUrl: '/'});
    expect(manifest).toMatchObject({name: '쿠버네티스 입문', lang: 'ko', start_url: '/', scope: '/', display: 'standalone'});
    expect(manifest.short_name.length).toBeLessThanOrEqual(site.title.length);
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('keeps every address under a GitHub Pages sub-path', () => {
    const manifest = appManifest({...site, baseUrl: '/k8s-intro/'});
    expect([manifest.id, manifest.start_url, manifest.scope]).toEqual(['/k8s-intro/', '/k8s-intro/', '/k8s-intro/']);
    expect(manifest.icons.map((icon) => icon.src).every((src) => src.startsWith('/k8s-intro/img/app/'))).toBe(true);
  });

  it('has icons of 192 and 512 px and a maskable one', () => {
    const {icons} = appManifest({...site, baseUrl: '/'});
    expect(icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
  });
});

describe('precachedFiles', () => {
  // A built site in miniature: what Docusaurus, Pagefind and the other plugins write.
  const outDir = mkdtempSync(path.join(tmpdir(), 'k8s-precache-'));
  const files = [
    'index.html',
    '404.html',
    'docs/pod.html',
    'docs/glossary.html',
    'assets/js/main.0123abcd.js',
    'assets/js/main.0123abcd.js.LICENSE.txt',
    'assets/css/styles.89abcdef.css',
    'img/diagrams/pod-node.svg',
    'pagefind/pagefind.js',
    'pagefind/pagefind-entry.json',
    'pagefind/wasm.unknown.pagefind',
    'pagefind/index/ko_e92a304.pf_index',
    'pagefind/fragment/ko_1a2b3c4.pf_fragment',
    'og/docs/pod.png',
    'print.html',
    'print/workloads.html',
    'sitemap.xml',
    'robots.txt',
    SERVICE_WORKER_FILE,
  ];
  for (const file of files) {
    mkdirSync(path.dirname(path.join(outDir, file)), {recursive: true});
    writeFileSync(path.join(outDir, file), file);
  }
  afterAll(() => rmSync(outDir, {recursive: true, force: true}));

  it('keeps every page (at the address it is linked at), script, picture and the whole Pagefind index, and nothing only robots, messengers or printers read', async () => {
    const {manifestEntries, warnings} = await getManifest(precachedFiles(outDir));
    expect(warnings).toEqual([]);
    expect(manifestEntries!.map((entry) => (typeof entry === 'string' ? entry : entry.url)).sort()).toEqual(
      [
        './',
        'docs/pod',
        'docs/glossary',
        'assets/js/main.0123abcd.js',
        'assets/css/styles.89abcdef.css',
        'img/diagrams/pod-node.svg',
        'pagefind/pagefind.js',
        'pagefind/pagefind-entry.json',
        'pagefind/wasm.unknown.pagefind',
        'pagefind/index/ko_e92a304.pf_index',
        'pagefind/fragment/ko_1a2b3c4.pf_fragment',
      ].sort(),
    );
  });

  it('versions the files whose names do not change with their content, and only those', async () => {
    const {manifestEntries} = await getManifest(precachedFiles(outDir));
    const revisions = new Map(manifestEntries!.map((entry) => (typeof entry === 'string' ? [entry, null] : [entry.url, entry.revision])));
    for (const file of ['./', 'docs/pod', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'img/diagrams/pod-node.svg']) {
      expect(revisions.get(file), file).toMatch(/^[0-9a-f]{32}$/);
    }
    for (const file of ['assets/js/main.0123abcd.js', 'pagefind/index/ko_e92a304.pf_index']) expect(revisions.get(file), file).toBeNull();
  });
});

describe('pageAddress', () => {
  it('gives pages the address the site links them at, and other files their path', () => {
    expect(pageAddress('index.html')).toBe('./');
    expect(pageAddress('docs/workloads/pod.html')).toBe('docs/workloads/pod');
    expect(pageAddress('docs/tags/index.html')).toBe('docs/tags/');
    expect(pageAddress('pagefind/pagefind.js')).toBe('pagefind/pagefind.js');
    expect(pageAddress('img/app/icon-192.png')).toBe('img/app/icon-192.png');
  });
});
