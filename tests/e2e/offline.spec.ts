import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type {Page} from '@playwright/test';
import {writeServiceWorker} from '../../src/plugins/offline/serviceWorker';
import {test, expect, url, hasNoHorizontalScroll, switchToDarkMode, startReading} from './fixtures';
import {SCRATCH_ROOT_ENV} from './scratchRoot';
import {serveSite} from './scratchSite';

// Offline reading (src/plugins/offline, src/offline): after the first visit
// the service worker holds the whole course, and a new deployment is offered,
// never mixed in.
const root = path.resolve(__dirname, '../..');

/** axe's findings (WCAG 2.1 AA) inside `selector`, one line each. */
async function axeViolations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({page}).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

/** How many files the built service worker precaches. */
function precacheCount(buildDir: string): number {
  return readFileSync(path.join(buildDir, 'sw.js'), 'utf8').match(/\burl:"/g)?.length ?? 0;
}

/** Waits until the worker controls the page and holds every precached file. */
async function waitForOfflineCopy(page: Page, expectedFiles: number): Promise<void> {
  // Registered once the reader starts reading (src/clientModules/offline.ts).
  await startReading(page);
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          if (!navigator.serviceWorker.controller) return 0;
          const names = (await caches.keys()).filter((name) => name.includes('precache'));
          const counts = await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).length));
          return Math.max(0, ...counts);
        }),
      {timeout: 60_000},
    )
    .toBe(expectedFiles);
}

const searchDialog = (page: Page) => page.getByRole('dialog', {name: '사이트 검색'});

test.describe('오프라인', () => {
  test.use({serviceWorkers: 'allow'});

  test('reads and searches the course with the network off after visiting only the home page', async ({page, context, problems}) => {
    test.setTimeout(120_000);
    const files = precacheCount(path.join(root, 'build'));
    expect(files).toBeGreaterThan(300);
    await page.goto(url());
    await waitForOfflineCopy(page, files);

    await context.setOffline(true);
    // Truly offline: what the worker does not hold (a share card) cannot be fetched.
    const shareCard = url('og/index.png');
    expect(await page.evaluate((card) => fetch(card).then(() => 'fetched', () => 'failed'), shareCard)).toBe('failed');
    // That failure (its request and its console line) is what was asked for; any other still counts.
    const expected = [shareCard, 'Failed to load resource: net::ERR_INTERNET_DISCONNECTED'];
    problems.splice(0, problems.length, ...problems.filter((problem) => !expected.some((text) => problem.includes(text))));

    // An article never visited, loaded whole: its text and its diagram (inlined by the build).
    await page.goto(url('docs/networking/ingress'));
    await expect(page.locator('article h1')).toHaveText('인그레스');
    await expect(page.locator('article')).toContainText('인그레스 컨트롤러');
    const diagram = page.locator('article img[alt^="인그레스 요청 흐름"]');
    await diagram.scrollIntoViewIfNeeded();
    await expect.poll(() => diagram.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBeGreaterThan(0);

    // The pictures of static/ too.
    const diagramFile = url('img/diagrams/ingress-flow.svg');
    expect(await page.evaluate((file) => fetch(file).then((response) => response.headers.get('content-type')), diagramFile)).toMatch(/^image\/svg\+xml/);

    // Inside the app: the sidebar's link to another article.
    await page.locator('.theme-doc-sidebar-menu').getByRole('link', {name: '서비스', exact: true}).click();
    await expect(page).toHaveURL(new RegExp(`${url('docs/networking/service')}$`));
    await expect(page.locator('article h1')).toHaveText('서비스');

    await page.goto(url('docs/glossary'));
    await expect(page.locator('article h1')).toHaveText('용어집');
    await expect(page.locator('article')).toContainText('파드');

    // Search: Pagefind's script, index and fragments all come from the worker.
    await expect(async () => {
      if ((await searchDialog(page).count()) === 0) await page.getByRole('button', {name: '검색'}).click();
      await expect(searchDialog(page).getByRole('combobox', {name: '검색어'})).toBeFocused({timeout: 1_000});
    }).toPass();
    await searchDialog(page).getByRole('combobox', {name: '검색어'}).fill('파드는');
    await expect(searchDialog(page).getByRole('status')).toHaveAttribute('data-answered', '파드는', {timeout: 15_000});
    const results = await searchDialog(page)
      .getByRole('option')
      .evaluateAll((options) => options.map((option) => option.getAttribute('data-page-url')));
    expect(results.slice(0, 3)).toContain(url('docs/workloads/pod'));
  });

  test.describe('새 배포', () => {
    // A copy of the build, served apart, is "deployed" again with one page changed.
    const PORT = 4186;
    const origin = `http://localhost:${PORT}`;
    let buildDir = '';
    let stopServer: () => void = () => {};

    test.beforeAll(async () => {
      const dir = mkdtempSync(path.join(process.env[SCRATCH_ROOT_ENV] ?? tmpdir(), 'k8s-offline-'));
      buildDir = path.join(dir, 'build');
      cpSync(path.join(root, 'build'), buildDir, {recursive: true});
      // Run from the site folder: `docusaurus serve` reads the base URL from its config.
      stopServer = await serveSite(root, PORT, {}, buildDir);
    });

    test.afterAll(() => stopServer());

    test('offers "새 버전이 있습니다 — 새로고침" and shows the old version whole until then', async ({page}) => {
      test.setTimeout(120_000);
      const home = `${origin}${url()}`;
      const deployed = page.locator('meta[name="k8s-test-deployment"]');
      const toast = page.getByRole('status').filter({hasText: '새 버전이 있습니다'});
      await page.goto(home);
      await waitForOfflineCopy(page, precacheCount(buildDir));

      // The new deployment: the home page changed (outside React's tree), a new worker listing it.
      const indexFile = path.join(buildDir, 'index.html');
      writeFileSync(indexFile, readFileSync(indexFile, 'utf8').replace('<head>', '<head><meta name="k8s-test-deployment" content="2">'));
      await writeServiceWorker(buildDir);

      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await expect(toast).toBeVisible({timeout: 30_000});
      await expect(toast).toContainText('새 버전이 있습니다');
      await page.screenshot({path: test.info().outputPath('update-toast-light.png')});
      expect(await axeViolations(page, '#k8s-update-toast')).toEqual([]);

      // Until the reader chooses, every load is the old version, whole; the offer stays.
      await page.reload();
      await expect(toast).toBeVisible({timeout: 30_000});
      await expect(deployed).toHaveCount(0);
      await switchToDarkMode(page);
      await page.screenshot({path: test.info().outputPath('update-toast-dark.png')});
      expect(await axeViolations(page, '#k8s-update-toast')).toEqual([]);
      await page.setViewportSize({width: 375, height: 700});
      await expect(toast).toBeInViewport();
      expect(await hasNoHorizontalScroll(page)).toBe(true);
      await page.screenshot({path: test.info().outputPath('update-toast-375.png')});

      // By keyboard: the new version takes over and the page reloads into it.
      await toast.getByRole('button', {name: '새로고침'}).focus();
      await page.keyboard.press('Enter');
      await expect(deployed).toHaveCount(1, {timeout: 30_000});
      await expect(page.getByRole('status').filter({hasText: '새 버전이 있습니다'})).toHaveCount(0);
    });
  });
});
