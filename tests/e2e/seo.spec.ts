import type {APIRequestContext, Page} from '@playwright/test';
import {imageSize} from 'image-size';
import {parse, type DefaultTreeAdapterMap} from 'parse5';
import {readFileSync} from 'node:fs';
import {deployTarget} from '../../src/config/deployTarget';
import {CUT_RANGES_FILE} from '../../src/plugins/fontSubset';
import {test, expect, url, baseUrl, datedByGit, loadAllImages, expectNotFound, MISSING_PAGE, startReading, untilHydrated} from './fixtures';

// What search engines and link previews read, and what makes a page quick on a
// phone over a slow connection. Runs against the built site, under any
// BASE_URL (npm run build with BASE_URL=/k8s-intro/ and the same env here).

const siteUrl = deployTarget(process.env).url;
/** An absolute URL of this site, as the pages name it. */
const absolute = (path = '') => `${siteUrl}${url(path)}`;
/** The same address on the test server. */
const local = (address: string) => {
  expect(address.startsWith(siteUrl + baseUrl), `${address} is on ${siteUrl}${baseUrl}`).toBe(true);
  return address.slice(siteUrl.length);
};

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

function elements(node: Node, found: Element[] = []): Element[] {
  if ('tagName' in node) found.push(node);
  const children = 'content' in node && node.tagName === 'template' ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
  for (const child of children) elements(child, found);
  return found;
}
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const text = (element: Element): string =>
  element.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : 'tagName' in child ? text(child) : '')).join('');

type Head = {meta: (key: string) => string | undefined; canonical?: string; jsonLd: Record<string, unknown>[]; h1?: string; all: Element[]};

async function head(request: APIRequestContext, path: string): Promise<Head> {
  const response = await request.get(url(path));
  expect(response.status(), path).toBe(200);
  const all = elements(parse(await response.text()));
  const metas = all.filter((element) => element.tagName === 'meta');
  return {
    meta: (key) => {
      const found = metas.filter((meta) => attr(meta, 'property') === key || attr(meta, 'name') === key);
      expect(found.length, `one <meta> ${key} on ${path}`).toBeLessThanOrEqual(1);
      return found[0] && attr(found[0], 'content');
    },
    canonical: all.filter((element) => element.tagName === 'link' && attr(element, 'rel') === 'canonical').map((link) => attr(link, 'href'))[0],
    jsonLd: all
      .filter((element) => element.tagName === 'script' && attr(element, 'type') === 'application/ld+json')
      .map((script) => JSON.parse(text(script)) as Record<string, unknown>),
    h1: all.filter((element) => element.tagName === 'h1').map((h1) => text(h1).trim())[0],
    all,
  };
}

/** The articles of the course, in the order the home page lists them. */
async function articles(request: APIRequestContext): Promise<string[]> {
  const {all} = await head(request, '');
  const section = all.find((element) => element.tagName === 'section' && attr(element, 'aria-labelledby') === 'course-path')!;
  const links = elements(section)
    .filter((element) => element.tagName === 'a')
    .map((a) => attr(a, 'href')!)
    .filter((href) => href.startsWith(`${baseUrl}docs/`));
  expect(links.length).toBeGreaterThan(20);
  return links.map((href) => href.slice(baseUrl.length));
}

async function expectShareCard(request: APIRequestContext, address: string | undefined): Promise<void> {
  expect(address, 'og:image').toBeTruthy();
  const response = await request.get(local(address!));
  expect(response.status(), address).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const {width, height} = imageSize(await response.body());
  expect([width, height], address).toEqual([1200, 630]);
}

test.describe('검색 엔진과 공유 미리보기', () => {
  test('every article has its description, canonical URL, share card and structured data', async ({request}) => {
    test.setTimeout(120_000);
    for (const path of await articles(request)) {
      const page = await head(request, path);
      const description = page.meta('description');
      expect(description, `${path}: frontmatter description`).toBeTruthy();
      expect(description!.length, `${path}: description`).toBeGreaterThanOrEqual(20);
      expect(page.canonical, path).toBe(absolute(path));
      expect(page.meta('og:url'), path).toBe(absolute(path));
      expect(page.meta('og:title'), path).toContain(page.h1!);
      expect(page.meta('og:description'), path).toBe(description);
      expect(page.meta('og:type'), path).toBe('article');
      expect(page.meta('og:locale'), path).toBe('ko_KR');
      expect(page.meta('twitter:card'), path).toBe('summary_large_image');
      const image = page.meta('og:image');
      expect(image, path).toBe(absolute(`og/${path}.png`));
      expect(page.meta('twitter:image'), path).toBe(image);
      expect(page.meta('og:image:width')).toBe('1200');
      expect(page.meta('og:image:height')).toBe('630');

      const article = page.jsonLd.filter((data) => data['@type'] === 'TechArticle');
      expect(article, `${path}: one TechArticle`).toHaveLength(1);
      expect(article[0]).toMatchObject({headline: page.h1, description, inLanguage: 'ko', url: absolute(path), image});
      // Dated from Git history; a build from a source archive has none.
      if (datedByGit) expect(String(article[0]!.dateModified), `${path}: dateModified`).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      else expect(article[0]!.dateModified, `${path}: no dateModified`).toBeUndefined();
      const breadcrumbs = page.jsonLd.filter((data) => data['@type'] === 'BreadcrumbList');
      expect(breadcrumbs, `${path}: one BreadcrumbList`).toHaveLength(1);
      expect(breadcrumbs[0]!.itemListElement).toEqual([
        {'@type': 'ListItem', position: 1, name: '쿠버네티스 입문', item: absolute()},
        {'@type': 'ListItem', position: 2, name: page.h1, item: absolute(path)},
      ]);
    }
  });

  test('share cards are 1200×630 PNGs drawn for each article', async ({request}) => {
    const list = await articles(request);
    for (const path of [list[0]!, 'docs/how-to-read', 'docs/glossary', list.at(-1)!]) {
      await expectShareCard(request, (await head(request, path)).meta('og:image'));
    }
    const home = await head(request, '');
    expect(home.meta('og:image')).toBe(absolute('og/index.png'));
    await expectShareCard(request, home.meta('og:image'));
    expect(home.canonical).toBe(absolute());
    expect(home.meta('description')).toBeTruthy();
  });

  test('the sitemap lists every article with its last change, and no tag pages', async ({request}) => {
    const response = await request.get(url('sitemap.xml'));
    expect(response.status()).toBe(200);
    const xml = await response.text();
    const entries = [...xml.matchAll(/<url>\s*<loc>([^<]+)<\/loc>(?:\s*<lastmod>([^<]+)<\/lastmod>)?/g)].map(([, loc, lastmod]) => ({loc: loc!, lastmod}));
    const locs = entries.map((entry) => entry.loc);
    for (const path of await articles(request)) {
      const entry = entries.find((candidate) => candidate.loc === absolute(path));
      expect(entry, `${path} in the sitemap`).toBeDefined();
      if (datedByGit) expect(entry!.lastmod, `${path}: lastmod from git`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      else expect(entry!.lastmod, `${path}: no lastmod outside Git`).toBeUndefined();
    }
    expect(locs).toContain(absolute());
    expect(locs.filter((loc) => loc.includes('/tags'))).toEqual([]);
    expect(locs.filter((loc) => !loc.startsWith(absolute()))).toEqual([]);
  });

  test('robots.txt points at the sitemap by its absolute URL', async ({request}) => {
    const response = await request.get(url('robots.txt'));
    expect(response.status()).toBe(200);
    const robots = await response.text();
    expect(robots).toContain('User-agent: *');
    expect(robots).toContain(`Sitemap: ${absolute('sitemap.xml')}`);
    expect((await request.get(local(absolute('sitemap.xml')))).status()).toBe(200);
  });
});

/** The site's Pretendard faces the page has registered (src/plugins/fontSubset/loadFonts.ts); runs in the page. */
const siteFaces = () =>
  [...document.fonts]
    .filter((face) => face.family.replace(/"/g, '') === 'Pretendard Site')
    .map((face) => ({weight: face.weight, display: face.display, status: face.status}));

/** Every font file the page downloads, with its size. */
function watchFonts(page: Page): {file: string; bytes: number}[] {
  const fonts: {file: string; bytes: number}[] = [];
  page.on('response', async (response) => {
    if (!/\.woff2?$/.test(new URL(response.url()).pathname)) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    fonts.push({file: new URL(response.url()).pathname.split('/').pop()!, bytes: body.length});
  });
  return fonts;
}

/**
 * The modules each script the page runs defines: a bundler chunk is
 * `push([[ids], {123(e,t,n){…}, 456(e){…}}])`, minified. Prefetched chunks
 * (links in view, for the next page) are not run and not counted.
 */
function watchModules(page: Page): Map<string, string[]> {
  const definedIn = new Map<string, string[]>();
  page.on('response', async (response) => {
    const file = new URL(response.url()).pathname;
    if (response.request().resourceType() !== 'script' || !/\/assets\/js\/[^/]+\.js$/.test(file)) return;
    const source = await response.text().catch(() => '');
    for (const [, id] of source.matchAll(/[,{](\d+)\([a-zA-Z](?:,[a-zA-Z]){0,2}\)\{/g)) {
      definedIn.set(id!, [...(definedIn.get(id!) ?? []), file]);
    }
  });
  return definedIn;
}

/** When the page's first contentful paint came, and when each of its own scripts was requested (ms since navigation). */
async function scriptStartsAndFirstPaint(page: Page): Promise<{paint: number; scripts: number[]}> {
  return page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
    scripts: performance
      .getEntriesByType('resource')
      .filter((entry) => /\/assets\/js\/[^/]+\.js$/.test(new URL(entry.name).pathname))
      .map((entry) => entry.startTime),
  }));
}

test.describe('빠르게 읽히는 페이지', () => {
  const pages = [
    ['홈', ''],
    ['글 읽는 법', 'docs/how-to-read'],
    ['긴 글', 'docs/workloads/deployment'],
    ['용어집', 'docs/glossary'],
  ] as const;

  for (const [name, path] of pages) {
    test(`${name} runs no module twice, from few scripts (src/plugins/firstLoadChunks)`, async ({page}) => {
      const definedIn = watchModules(page);
      const scripts = new Set<string>();
      page.on('request', (request) => void (request.resourceType() === 'script' && scripts.add(new URL(request.url()).pathname)));
      await page.goto(url(path));
      await page.waitForLoadState('networkidle');
      expect(definedIn.size, 'the page loaded no bundled module at all').toBeGreaterThan(100);
      const twice = [...definedIn].filter(([, files]) => files.length > 1);
      expect(twice, 'modules defined in more than one script').toEqual([]);
      // Stock Docusaurus runs 10 on an article; each one more is a round trip on a phone's network.
      expect(scripts.size, [...scripts].join('\n')).toBeLessThanOrEqual(14);
    });
  }

  for (const [name, path] of pages) {
    test(`${name} paints its text before any script starts (src/config/ssrTemplate.ts)`, async ({page}) => {
      await page.goto(url(path));
      await untilHydrated(page);
      const {paint, scripts} = await scriptStartsAndFirstPaint(page);
      expect(scripts.length, 'the page ran its scripts').toBeGreaterThan(1);
      expect(Math.min(...scripts), `first contentful paint at ${paint} ms`).toBeGreaterThan(paint);
    });
  }

  for (const [name, path] of pages) {
    test(`${name} names in its HTML every script it runs at start, so they download together (src/plugins/routeAssets)`, async ({page, request}) => {
      const html = await (await request.get(url(path))).text();
      const named = [...html.matchAll(/"([^"]+\.js)"/g)].map(([, file]) => file!);
      const ran: string[] = [];
      page.on('request', (script) => void (script.resourceType() === 'script' && ran.push(new URL(script.url()).pathname)));
      await page.goto(url(path));
      await untilHydrated(page);
      await page.waitForLoadState('networkidle');
      expect(named.length, 'runtime, main and the route').toBeGreaterThan(2);
      expect(ran.filter((file) => !named.includes(file)), `named in the HTML:\n${named.join('\n')}`).toEqual([]);
    });
  }

  test('a page opened in a background tab starts its scripts without waiting for a paint', async ({page}) => {
    await page.addInitScript(() => Object.defineProperty(document, 'hidden', {value: true}));
    await page.goto(url('docs/how-to-read'));
    await untilHydrated(page);
    const {paint, scripts} = await scriptStartsAndFirstPaint(page);
    expect(Math.min(...scripts)).toBeLessThan(paint);
  });

  test('a browser that never reports its first paint starts the scripts all the same', async ({page}) => {
    await page.addInitScript(() => {
      PerformanceObserver.prototype.observe = () => undefined;
    });
    await page.goto(url('docs/how-to-read'));
    await untilHydrated(page);
  });

  test('a browser without paint timing starts the scripts after the first frame', async ({page}) => {
    await page.addInitScript(() => Object.defineProperty(PerformanceObserver, 'supportedEntryTypes', {value: ['resource']}));
    await page.goto(url('docs/how-to-read'));
    await untilHydrated(page);
  });

  test('the home page prefetches the pages its visible links lead to, not the whole course behind "강좌 전체 인쇄"', async ({page}) => {
    const prefetched: number[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script' || !/\/assets\/js\/[^/]+\.js$/.test(new URL(response.url()).pathname)) return;
      prefetched.push((await response.body().catch(() => Buffer.alloc(0))).length);
    });
    await page.goto(url(''));
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('link', {name: '강좌 전체 인쇄'})).toBeVisible();
    const total = prefetched.reduce((sum, bytes) => sum + bytes, 0);
    expect(prefetched.length, 'the links in view prefetch something').toBeGreaterThan(0);
    // /print's route holds every article's module: 2.5 MB when the link prefetched it.
    expect(total, `${prefetched.length} prefetched scripts`).toBeLessThan(400 * 1024);
  });

  for (const [name, path] of pages) {
    test(`${name} downloads at most 150 KB of font, from this site`, async ({page}) => {
      const fonts = watchFonts(page);
      await page.goto(url(path));
      await page.waitForLoadState('networkidle');
      await startReading(page);
      const listing = () => fonts.map((font) => `${font.file} ${(font.bytes / 1024).toFixed(1)} KB`).join('\n');
      // The site's own cut of Pretendard covers the page: both weights (they
      // arrive one after the other), and no fallback slices.
      await expect
        .poll(() => fonts.map((font) => font.file.replace(/-[0-9a-f]{8,}(?=\.woff2$)/, '')).sort(), {message: listing()})
        .toEqual(['pretendard-site-400.woff2', 'pretendard-site-700.woff2']);
      const total = fonts.reduce((sum, font) => sum + font.bytes, 0);
      expect(total, `font bytes:\n${listing()}`).toBeLessThanOrEqual(150 * 1024);
    });
  }

  test('every character the pages show is in the site\'s cut of Pretendard', async ({page, problems}) => {
    test.setTimeout(120_000);
    const missing = new Map<string, string[]>();
    // What the build cut into each weight (the faces readers get carry no unicode-range).
    const ranges = Object.values(JSON.parse(readFileSync(`.docusaurus/k8s-fonts/${CUT_RANGES_FILE}`, 'utf8')) as Record<string, string>);
    for (const path of ['', 'docs/how-to-read', 'docs/workloads/deployment', 'docs/glossary', 'manifest-check', MISSING_PAGE]) {
      await page.goto(url(path));
      await page.waitForLoadState('networkidle');
      // innerText is what is rendered; the footer, sidebar and navbar count too.
      const text = await page.evaluate(() => document.body.innerText);
      const covered = (point: number) =>
        ranges.some((range) =>
          range.split(',').some((part) => {
            const [start, end = start] = part.trim().replace(/^U\+/i, '').split('-').map((hex) => parseInt(hex, 16));
            return point >= start! && point <= end!;
          }),
        );
      const outside = [...new Set(text)].filter((char) => !/\s/.test(char) && !covered(char.codePointAt(0)!));
      if (outside.length > 0) missing.set(path || '/', outside);
    }
    expect(Object.fromEntries(missing)).toEqual({});
    expectNotFound(problems);
  });

  test('a first visit reads in the system Korean font; Pretendard, fetched once the reader starts reading, takes over on the next page, moving nothing', async ({page}) => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const requested: string[] = [];
    await page.route(/\.woff2$/, async (route) => {
      requested.push(route.request().url());
      await held;
      await route.continue();
    });
    await page.goto(url('docs/how-to-read'), {waitUntil: 'load'});
    await page.locator('html[data-has-hydrated="true"]').waitFor();
    const title = page.locator('article h1');
    await expect(title).toBeVisible();
    // Visible means painted with width, not blank glyphs waiting for the font.
    expect((await title.boundingBox())!.width).toBeGreaterThan(50);
    // The stylesheet holds no Pretendard face: only the scaled system fallback.
    const cssFaces = await page.evaluate(() =>
      [...document.styleSheets].flatMap((sheet) =>
        [...sheet.cssRules]
          .filter((rule): rule is CSSFontFaceRule => rule instanceof CSSFontFaceRule)
          .map((rule) => rule.style.getPropertyValue('font-family')),
      ),
    );
    expect(cssFaces).toEqual(['"Pretendard Fallback"', '"Pretendard Fallback"']);
    // The fallback is a local() face: without the system font it fails to load and nothing below means anything.
    const fallbackStatus = await page.evaluate(() => [...document.fonts].find((face) => face.family.replace(/"/g, '') === 'Pretendard Fallback' && face.weight === '400')?.status);
    expect(fallbackStatus, 'Noto Sans CJK KR가 이 기계에 없습니다: sudo apt-get install -y fonts-noto-cjk').toBe('loaded');
    const paragraphFont = () => page.evaluate(() => getComputedStyle(document.querySelector('article p')!).fontFamily);
    const articleHeight = () => page.locator('article').evaluate((article) => article.getBoundingClientRect().height);
    const inSystemFont = await articleHeight();

    // Not while the page starts: asked for once it has loaded and the reader is reading.
    await page.waitForLoadState('networkidle');
    expect(requested, 'fonts requested before the reader did anything').toEqual([]);
    await startReading(page);
    // Once they have arrived, this page still keeps its font.
    await expect.poll(() => requested.length).toBe(2);
    release();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('k8s-fonts-seen'))).toBe('1');
    expect(await page.evaluate(siteFaces)).toEqual([]);
    expect(await articleHeight()).toBe(inSystemFont);

    // The next page is in Pretendard.
    await page.locator('.pagination-nav__link--next').click();
    await expect(page).not.toHaveURL(/how-to-read/);
    await expect.poll(() => page.evaluate(siteFaces)).toEqual([
      {weight: '400', display: 'swap', status: 'loaded'},
      {weight: '700', display: 'swap', status: 'loaded'},
    ]);
    await page.evaluate(() => document.fonts.ready);
    expect(await paragraphFont()).toMatch(/^"Pretendard Site"/);
    // The fallback is scaled to Pretendard: the same article keeps its height within a line or two.
    await page.goBack();
    await expect(page).toHaveURL(/how-to-read/);
    await page.evaluate(() => document.fonts.ready);
    expect(Math.abs((await articleHeight()) - inSystemFont)).toBeLessThan(60);

    // A reader who comes back gets Pretendard as the page starts.
    await page.goto(url('docs/glossary'));
    await expect.poll(() => page.evaluate(siteFaces)).toHaveLength(2);
    await page.unrouteAll({behavior: 'ignoreErrors'});
  });

  test('article pictures have their size, load lazily and decode off the main thread', async ({request, page}) => {
    test.setTimeout(120_000);
    const missing: string[] = [];
    let pictures = 0;
    for (const path of await articles(request)) {
      const {all} = await head(request, path);
      const article = all.find((element) => element.tagName === 'article');
      for (const image of article ? elements(article).filter((element) => element.tagName === 'img') : []) {
        pictures++;
        const where = `${path}: ${attr(image, 'alt')?.slice(0, 30)}`;
        if (!/^\d+$/.test(attr(image, 'width') ?? '') || !/^\d+$/.test(attr(image, 'height') ?? '')) missing.push(`${where} has no width/height`);
        const eager = attr(image, 'fetchpriority') === 'high';
        if (attr(image, 'loading') !== 'lazy' && !eager) missing.push(`${where} is not loading="lazy"`);
        if (attr(image, 'decoding') !== 'async') missing.push(`${where} is not decoding="async"`);
      }
    }
    expect(pictures).toBeGreaterThan(10);
    expect(missing).toEqual([]);

    // The reserved box is the picture's: nothing moves when it arrives.
    await page.setViewportSize({width: 375, height: 800});
    await page.goto(url('docs/how-to-read'));
    const picture = page.locator('article img').first();
    const before = await picture.boundingBox();
    await loadAllImages(page);
    await picture.scrollIntoViewIfNeeded();
    const after = await picture.boundingBox();
    expect(Math.round(after!.height)).toBe(Math.round(before!.height));
    expect(before!.height).toBeGreaterThan(50);
  });
});
