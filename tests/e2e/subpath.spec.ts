import {LinkChecker} from 'linkinator';
import {test, expect, expectNotFound, MISSING_PAGE, startReading} from './fixtures';
import {buildSite, scratchSite, serveSite} from './scratchSite';

// GitHub Pages serves a project site under /<repo>/. Build the site that way
// and crawl it: every page, stylesheet, script, image and font must resolve.
// The same folder is built at / first, as a checkout that switches BASE_URL
// is: nothing of the first build (the bundler's persistent cache, generated
// files) may leak into the second (src/plugins/bundlerCacheKey.ts).
const PORT = 4181;
const BASE = '/k8s-intro/';
const origin = `http://localhost:${PORT}`;
let stopServer: () => void = () => {};

test.describe('GitHub Pages 하위 경로', () => {
  test.describe.configure({mode: 'serial', timeout: 480_000});

  test.beforeAll(async () => {
    test.setTimeout(480_000); // two full site builds
    const dir = scratchSite();
    const atRoot = buildSite(dir, {BASE_URL: '/'});
    expect(atRoot.status, atRoot.output).toBe(0);
    const env = {BASE_URL: BASE};
    const {status, output} = buildSite(dir, env);
    expect(status, output).toBe(0);
    stopServer = await serveSite(dir, PORT, env);
  });

  test.afterAll(() => stopServer());

  test('has no broken link, stylesheet, script or image', async () => {
    const result = await new LinkChecker().check({
      path: `${origin}${BASE}`,
      recurse: true,
      concurrency: 8,
      // Stylesheets too: their fonts and images must resolve. (A URL outside the
      // base is redirected to the home page and so looks fine here; the next
      // test catches that.)
      checkCss: true,
      // Only this site is crawled; outside links are not ours to keep alive.
      linksToSkip: [`^(?!${origin})`],
    });
    const broken = result.links.filter((link) => link.state === 'BROKEN').map((link) => `${link.status} ${link.url} ← ${link.parent}`);
    expect(broken).toEqual([]);
    const pages = result.links.filter((link) => link.state === 'OK' && !/\.\w+$/.test(new URL(link.url).pathname));
    expect(pages.length).toBeGreaterThan(5);
  });

  test('resolves every font and image named in the stylesheets', async ({page}) => {
    await page.goto(`${origin}${BASE}`);
    const stylesheets = await page.locator('link[rel="stylesheet"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
    expect(stylesheets.length).toBeGreaterThan(0);
    for (const sheet of stylesheets) {
      const css = await (await fetch(sheet)).text();
      const assets = [...css.matchAll(/url\(["']?([^"')]+)["']?\)/g)].map((match) => match[1]!).filter((asset) => !asset.startsWith('data:'));
      for (const asset of new Set(assets)) {
        const target = new URL(asset, sheet);
        expect(target.pathname.startsWith(BASE), `${asset} stays under ${BASE}`).toBe(true);
        expect((await fetch(target, {method: 'HEAD'})).status, target.href).toBe(200);
      }
    }
  });

  test.describe('오프라인', () => {
    test.use({serviceWorkers: 'allow'});

    test('installs as an app and works offline under the sub-path', async ({page, context}) => {
      const manifest = (await (await fetch(`${origin}${BASE}manifest.webmanifest`)).json()) as {start_url: string; scope: string; icons: {src: string}[]};
      expect([manifest.start_url, manifest.scope]).toEqual([BASE, BASE]);
      for (const icon of manifest.icons) expect((await fetch(`${origin}${icon.src}`)).status, icon.src).toBe(200);
      await page.goto(`${origin}${BASE}`);
      await startReading(page);
      // Controlled once the worker has stored the whole site (src/plugins/offline).
      const scope = () => page.evaluate(async () => (navigator.serviceWorker.controller ? (await navigator.serviceWorker.getRegistration())?.scope : null));
      await expect.poll(scope, {timeout: 60_000}).toBe(`${origin}${BASE}`);
      await context.setOffline(true);
      await page.goto(`${origin}${BASE}docs/networking/ingress`);
      await expect(page.locator('article h1')).toHaveText('인그레스');
    });
  });

  test('answers a missing page with the Korean 404 page', async ({page, problems}) => {
    const response = await page.goto(`${origin}${BASE}${MISSING_PAGE}`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('페이지를 찾을 수 없습니다.');
    await expect(page.getByRole('link', {name: '쿠버네티스 입문'}).first()).toHaveAttribute('href', BASE);
    // The 404 response itself is what this test asks for; any other problem still fails it.
    expectNotFound(problems);
  });
});
