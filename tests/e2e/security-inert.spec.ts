import {existsSync, rmSync} from 'node:fs';
import type {Page} from '@playwright/test';
import {test, expect, url, untilHydrated} from './fixtures';
import {buildSite, overlaid, reusedMinimalScratchSite, serveSite, WITHOUT_MANIFEST_CHECKER} from './scratchSite';

// Hostile but accepted articles (tests/security/inert): headings with
// entity-escaped markup in image alts, reference labels, directive labels
// and Obsidian embed aliases; backslashes and quotes in the title, the first
// H1, keywords, description, sidebar label and tags. Built once on a copy of
// the site's code and glossary (the strings show in the article, its sidebar
// and its category, not elsewhere in the course); nothing in them may run, in
// the build or in the browser, and every string must show exactly as written.
const PORT = 4185;
/** Where the payloads would write in Node (the build) if they ran. */
const PWNED_FILE = '/tmp/k8s-inert-pwned';
const PAGES = {toc: url('docs/inert/toc-markup'), titles: url('docs/inert/titles'), category: url('docs/inert-category')};

const img = (marker: string) => `<img src=x onerror="window.__pwned='${marker}'">`;
const TOC_ENTRIES = [
  `설치 ${img('image-alt')}`,
  `참조 ${img('link-reference')}`,
  `그림 참조 ${img('image-reference')}`,
  `지시어 ${img('directive')}`,
  `임베드 ${img('embed-alias')}`,
  String.raw`따옴표 "큰" 'xx' \ 백슬래시 <code> 굵게`,
];
const TITLE = String.raw`제목 \\'+(globalThis.__pwned="title")// </script><script>window.__pwned="title-script"</script> "큰따옴표"`;
const DESCRIPTION = String.raw`설명 \\'+(globalThis.__pwned="description")// "따옴표" </script><b>굵게</b>`;
const SIDEBAR_LABEL = String.raw`사이드바 \\'+(globalThis.__pwned="sidebar")//`;
const KEYWORDS = [
  String.raw`키워드 \\'+(typeof process=="object"&&process.getBuiltinModule&&process.getBuiltinModule("fs").writeFileSync("/tmp/k8s-inert-pwned","keyword"),globalThis.__pwned="keyword")//`,
  String.raw`줄\n바꿈 \u0041 \x`,
];
const H1 = String.raw`첫 제목 \\'+(typeof process=="object"&&process.getBuiltinModule&&process.getBuiltinModule("fs").writeFileSync("/tmp/k8s-inert-pwned","h1"),globalThis.__pwned="h1")//`;
const TAG = String.raw`태그 \\' "따옴표"`;

const CATEGORY = String.raw`분류 \\'+(globalThis.__pwned="category")// "따옴표" </script>`;
const CATEGORY_DESCRIPTION = String.raw`설명 \\'+(globalThis.__pwned="category-description")// <b>굵게</b>`;

let stopServer: () => void = () => {};

test.describe.configure({mode: 'serial', timeout: 240_000});

test.beforeAll(async () => {
  test.setTimeout(300_000); // a site build on a busy runner
  rmSync(PWNED_FILE, {force: true});
  const siteDir = reusedMinimalScratchSite(test.info().parallelIndex, overlaid('tests/security/inert'));
  const {status, output} = buildSite(siteDir, WITHOUT_MANIFEST_CHECKER);
  expect(status, output).toBe(0);
  stopServer = await serveSite(siteDir, PORT);
});

// The folder stays for the worker's next site; the run's teardown removes it.
test.afterAll(() => stopServer());

/** Dialogs opened by the page; each is dismissed so nothing waits on it. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

async function expectNothingRan(page: Page, dialogs: string[]): Promise<void> {
  expect(await page.evaluate(() => (window as {__pwned?: unknown}).__pwned)).toBeUndefined();
  expect(await page.locator('[onerror], script:not([type="application/ld+json"]):not([src])').evaluateAll((nodes) => nodes.filter((node) => /pwned/.test(node.outerHTML)).length)).toBe(0);
  expect(dialogs).toEqual([]);
}

async function expectTocPage(page: Page): Promise<void> {
  await expect(page.locator('.table-of-contents a')).toHaveText(TOC_ENTRIES);
  await expect(page.locator('.table-of-contents img')).toHaveCount(0);
  await expect(page.locator('.table-of-contents code')).toHaveText(['<code>']);
  await expect(page.locator('.table-of-contents strong')).toHaveText(['굵게']);
  await expect(page.locator('article .markdown h2')).toHaveCount(TOC_ENTRIES.length);
}

async function expectTitlesPage(page: Page): Promise<void> {
  await expect(page.locator('article h1')).toHaveText(H1);
  await expect(page).toHaveTitle(`${TITLE} | 쿠버네티스 입문`);
  await expect(page.locator('head meta[name="description"]')).toHaveAttribute('content', DESCRIPTION);
  await expect(page.locator('head meta[property="og:title"]')).toHaveAttribute('content', `${TITLE} | 쿠버네티스 입문`);
  await expect(page.locator('head meta[name="keywords"]')).toHaveAttribute('content', KEYWORDS.join(','));
  await expect(page.locator('.menu__link--active[aria-current="page"]')).toHaveText(SIDEBAR_LABEL);
  await expect(page.locator('article a[href*="/tags/"]')).toHaveText([TAG]);
  await expect(page.locator('nav.menu a.menu__link--sublist').filter({hasText: '분류'})).toHaveText(CATEGORY);
  const structured = await page.locator('head script[type="application/ld+json"]').allTextContents();
  const headlines = structured.map((text) => JSON.parse(text) as {headline?: string; itemListElement?: Array<{name: string}>});
  expect(headlines.find((data) => data.headline)?.headline).toBe(TITLE);
  expect(headlines.find((data) => data.itemListElement)?.itemListElement?.at(-1)?.name).toBe(TITLE);
}

test.describe('악의적이지만 받아들여지는 글', () => {
  test('the build ran none of the payloads', () => {
    expect(existsSync(PWNED_FILE), `${PWNED_FILE} was written during the build`).toBe(false);
  });

  test('TOC entries show escaped markup as text, on full load and after client-side navigation', async ({page}) => {
    const dialogs = watchDialogs(page);
    await page.goto(`http://localhost:${PORT}${PAGES.toc}`);
    // React's head manager swaps the head's tags when it takes over: read them after.
    await untilHydrated(page);
    await expectTocPage(page);
    await expectNothingRan(page, dialogs);

    await page.goto(`http://localhost:${PORT}${PAGES.titles}`);
    await untilHydrated(page); // the click navigates in the page, not by a full load
    await page.locator('article a', {hasText: '목차 글로 돌아가기'}).click();
    await expect(page).toHaveURL(new RegExp(`${PAGES.toc}$`));
    await expectTocPage(page);
    await expectNothingRan(page, dialogs);
  });

  test('titles, H1, description, keywords and tags show backslashes and quotes as written', async ({page}) => {
    const dialogs = watchDialogs(page);
    await page.goto(`http://localhost:${PORT}${PAGES.titles}`);
    // React's head manager swaps the head's tags when it takes over: read them after.
    await untilHydrated(page);
    await expectTitlesPage(page);
    await expectNothingRan(page, dialogs);

    await page.goto(`http://localhost:${PORT}${PAGES.toc}`);
    await untilHydrated(page); // the click navigates in the page, not by a full load
    // The link-reference heading links to the titles article.
    await page.locator(`article h2 a[href="${PAGES.titles}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${PAGES.titles}$`));
    await expectTitlesPage(page);
    await expectNothingRan(page, dialogs);
  });

  test('a _category_.json label and description, and the articles on its index page, show as written', async ({page}) => {
    const dialogs = watchDialogs(page);
    await page.goto(`http://localhost:${PORT}${PAGES.category}`);
    await expect(page.locator('main h1')).toHaveText(CATEGORY);
    await expect(page.locator('head meta[name="description"]')).toHaveAttribute('content', CATEGORY_DESCRIPTION);
    await expect(page.locator('main header')).toContainText(CATEGORY_DESCRIPTION);
    // The article cards: sidebar label and description.
    await expect(page.locator('main')).toContainText(SIDEBAR_LABEL);
    await expect(page.locator('main')).toContainText(DESCRIPTION);
    await expect(page.locator('main b')).toHaveCount(0);
    await expectNothingRan(page, dialogs);
  });
});
