import {test as base, expect, type Locator, type Page} from '@playwright/test';
import path from 'node:path';
import {deployTarget} from '../../src/config/deployTarget';
import {insideGitWorktree} from '../../src/config/gitHistory';

/** The site's base URL, so tests pass under a GitHub Pages sub-path too. */
export const baseUrl = deployTarget(process.env).baseUrl;
export const url = (path = '') => `${baseUrl}${path.replace(/^\//, '')}`;

/**
 * Whether the built site dates its articles: a checkout does, from Git
 * history; a source archive has none and leaves the dates out (src/config/gitHistory.ts).
 */
export const datedByGit = insideGitWorktree(path.resolve(__dirname, '../..'));

type PageProblems = {problems: string[]};

/**
 * Docusaurus' useCodeWordWrap (theme-common) reads its <pre> ref in a window
 * resize listener that React removes only after the ref is detached: a resize
 * while a code block remounts (every block does once, right after hydration)
 * throws in that listener. Nothing on the page changes; the error is
 * upstream's, so it alone is not counted as ours.
 */
function isCodeBlockResizeRace(error: Error): boolean {
  return /Cannot destructure property 'scrollWidth' of '\w+\.current' as it is null/.test(error.message) && /useCodeWordWrap|scrollWidth/.test(`${error.stack ?? ''}${error.message}`);
}

/**
 * Every test page is watched: a console error, a failed request or a request
 * leaving the site fails the test that caused it.
 */
export const test = base.extend<PageProblems>({
  problems: [
    async ({page}, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => {
        if (isCodeBlockResizeRace(error)) return;
        problems.push(`page error: ${error.message}`);
      });
      page.on('requestfailed', (request) => {
        // A navigation (reload, link click) cancels prefetches still in flight.
        if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
        problems.push(`failed request: ${request.url()} ${request.failure()?.errorText}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      page.on('request', (request) => {
        const target = new URL(request.url());
        if (['http:', 'https:'].includes(target.protocol) && target.hostname !== 'localhost') {
          problems.push(`off-site request: ${request.url()}`);
        }
      });
      await use(problems);
      expect(problems, 'the page had console errors, failed or off-site requests').toEqual([]);
    },
    {auto: true},
  ],
});

export {expect};

/** The path the 404 page is tried at; its 404 status is expected, not a problem. */
export const MISSING_PAGE = 'docs/없는-글';

/** Forgets the 404 responses (and their console lines) a test asked for on purpose. */
export function expectNotFound(problems: string[]): void {
  problems.splice(0, problems.length, ...problems.filter((problem) => !/\b404\b/.test(problem)));
}

/** Lazy images load only near the viewport; bring each in view first. */
export async function loadAllImages(page: Page): Promise<void> {
  for (const image of await page.locator('article img').all()) {
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBeGreaterThan(0);
  }
}

export async function hasNoHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

/** Clicks the navbar colour-mode toggle until the page is dark. */
export async function switchToDarkMode(page: Page): Promise<void> {
  const html = page.locator('html');
  const toggle = page.locator('.navbar button[class*="toggleButton"]').first();
  for (let clicks = 0; clicks < 3 && (await html.getAttribute('data-theme')) !== 'dark'; clicks++) await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
}

/**
 * Until React has taken the page over. Its scripts start after the first paint
 * (src/config/ssrTemplate.ts), which can come after the load event
 * `page.goto` waits for: a tap or a pointer move before then reaches only the
 * server's HTML.
 */
export async function untilHydrated(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
}

/**
 * A reader's first move on a page (the pointer), once its scripts listen.
 * What no reader waits for (the next page's font, the offline copy:
 * src/clientModules/idleWork.ts) starts only then.
 */
export async function startReading(page: Page): Promise<void> {
  await untilHydrated(page);
  await page.mouse.move(20, 20);
  await page.mouse.move(40, 60);
}

/**
 * Code blocks, quizzes and the article's end are lazy islands
 * (src/components/LazyIsland): server HTML until the reader nears them (a code
 * block, on a desktop: points at it). Scrolls there and points at it, as a
 * reader does, and waits until React has taken the island over.
 */
export async function reachIsland(inside: Locator): Promise<void> {
  const island = inside.first().locator('xpath=ancestor-or-self::*[@data-island][1]');
  // Taking an island over replaces its elements: one found just before may be gone when scrolled to.
  await expect(async () => {
    await inside.first().scrollIntoViewIfNeeded({timeout: 2_000});
    await inside.first().hover({timeout: 2_000});
    await expect(island).toHaveAttribute('data-island', 'hydrated', {timeout: 2_000});
  }).toPass();
}
