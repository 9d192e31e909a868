import type {Page} from '@playwright/test';
import {test, expect, url, hasNoHorizontalScroll, switchToDarkMode} from './fixtures';

// The search box on the built site (src/theme/SearchBar, index by src/plugins/search).
// [query, the article expected among the first three results]
const QUERIES: [string, string][] = [
  // particles the articles' words do not carry in this form
  ['쿠버네티스를', 'docs/getting-started/what-is-kubernetes'],
  ['파드는', 'docs/workloads/pod'],
  ['서비스에서', 'docs/networking/service'],
  ['디플로이먼트를', 'docs/workloads/deployment'],
  ['시크릿을', 'docs/config-storage/secret'],
  ['네임스페이스를', 'docs/operations/namespace'],
  ['데몬셋이', 'docs/workloads/daemonset'],
  // English and Korean names (glossary synonyms)
  ['Pod', 'docs/workloads/pod'],
  ['Deployment', 'docs/workloads/deployment'],
  ['ConfigMap', 'docs/config-storage/configmap'],
  ['컨피그맵', 'docs/config-storage/configmap'],
  ['StatefulSet', 'docs/workloads/statefulset'],
  ['Ingress', 'docs/networking/ingress'],
  ['스토리지클래스', 'docs/config-storage/storageclass'],
  // several words
  ['롤링 업데이트', 'docs/workloads/deployment'],
  ['파드 삭제', 'docs/workloads/pod'],
  ['레이블 셀렉터', 'docs/workloads/labels-selectors'],
  // commands, abbreviations and error names
  ['kubectl logs', 'docs/operations/logging-monitoring'],
  ['PVC', 'docs/config-storage/persistent-volumes'],
  ['HPA', 'docs/operations/autoscaling'],
  ['RBAC', 'docs/operations/rbac'],
  ['CrashLoopBackOff', 'docs/operations/troubleshooting'],
  ['ImagePullBackOff', 'docs/operations/troubleshooting'],
];

const dialog = (page: Page) => page.getByRole('dialog', {name: '사이트 검색'});
const searchBox = (page: Page) => dialog(page).getByRole('combobox', {name: '검색어'});
const options = (page: Page) => dialog(page).getByRole('option');
const status = (page: Page) => dialog(page).getByRole('status');

/** Opens search with `open` (a click or a shortcut), again if the page was not interactive yet. */
async function openSearch(page: Page, open = () => page.getByRole('button', {name: '검색'}).click()): Promise<void> {
  await expect(async () => {
    if ((await dialog(page).count()) === 0) await open();
    await expect(searchBox(page)).toBeFocused({timeout: 1_000});
  }).toPass();
}

/** Types a query and waits for its results; returns the result pages in order. */
async function search(page: Page, query: string): Promise<string[]> {
  await searchBox(page).fill(query);
  await expect(status(page)).toHaveAttribute('data-answered', query, {timeout: 15_000});
  await expect(status(page)).toHaveText(/^결과 (\d+개|없음)/);
  return options(page).evaluateAll((elements) => elements.map((element) => element.getAttribute('data-page-url') ?? ''));
}

test.describe('검색', () => {
  test.beforeEach(async ({page}) => {
    await page.goto(url());
  });

  test(`finds the expected article in the top 3 for ${QUERIES.length} queries`, async ({page}) => {
    test.setTimeout(180_000);
    await openSearch(page);
    for (const [query, expected] of QUERIES) {
      const pages = await search(page, query);
      expect.soft(pages.slice(0, 3), `"${query}" → ${expected}; got ${pages.join(', ')}`).toContain(url(expected));
    }
  });

  test('shows the title, the section heading and the matched words of each result', async ({page}) => {
    await openSearch(page);
    await search(page, 'CrashLoopBackOff');
    const first = options(page).first();
    await expect(first.locator('[class*="title_"]')).toHaveText('문제 해결');
    await expect(first.locator('[class*="section_"]')).toContainText('CrashLoopBackOff');
    await expect(first.locator('mark').first()).toHaveText(/CrashLoopBackOff/);
    await expect(first).toHaveAttribute('href', new RegExp(`^${url('docs/operations/troubleshooting')}#`));
  });

  test('says so in Korean when nothing matches', async ({page}) => {
    await openSearch(page);
    expect(await search(page, '뷁뷁')).toEqual([]);
    await expect(status(page)).toContainText('결과 없음');
    await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'false');
  });

  test('works from the keyboard: / opens, arrows choose, Enter opens, Esc closes', async ({page}) => {
    await openSearch(page, () => page.keyboard.press('/'));
    await page.keyboard.type('CrashLoopBackOff');
    await expect(status(page)).toHaveAttribute('data-answered', 'CrashLoopBackOff');
    await expect(status(page)).toHaveText(/^결과 \d+개/);
    const input = searchBox(page);
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    const ids = await options(page).evaluateAll((elements) => elements.map((element) => element.id));
    expect(ids.length).toBeGreaterThan(1);
    await expect(input).toHaveAttribute('aria-activedescendant', ids[0]!);
    await page.keyboard.press('ArrowDown');
    await expect(input).toHaveAttribute('aria-activedescendant', ids[1]!);
    await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp'); // wraps around to the last
    await expect(input).toHaveAttribute('aria-activedescendant', ids.at(-1)!);
    await page.keyboard.press('ArrowDown'); // and back to the first
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${url('docs/operations/troubleshooting')}#`));
    await expect(dialog(page)).toHaveCount(0);
    await expect(page.locator('article h1')).toHaveText('문제 해결');
    const section = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await expect(page.locator(`[id="${section}"]`), 'scrolled to the section found').toBeInViewport();

    await openSearch(page, () => page.keyboard.press('Control+k'));
    await expect(searchBox(page)).toHaveValue('CrashLoopBackOff'); // the last query stays
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toHaveCount(0);
    await expect(page.getByRole('button', {name: '검색'})).toBeFocused();
  });

  test('loads Pagefind only when search opens, from this site only', async ({page}) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(requests.filter((request) => request.includes('/pagefind/'))).toEqual([]);
    await openSearch(page);
    await search(page, '파드');
    const pagefind = requests.filter((request) => request.includes('/pagefind/'));
    expect(pagefind).toContain(`http://localhost:${new URL(page.url()).port}${url('pagefind/pagefind.js')}`);
    // the fixture fails the test on any off-site request
  });

  test('indexes the articles only: no navbar, sidebar, footer, home or 404 text', async ({page}) => {
    const indexed = await page.evaluate(async (bundle) => {
      const pagefind = await import(bundle);
      await pagefind.init();
      const all = await pagefind.search(null);
      return Promise.all(
        all.results.map(async (result: {data: () => Promise<{raw_url: string; content: string}>}) => {
          const data = await result.data();
          return {url: data.raw_url, content: data.content};
        }),
      );
    }, url('pagefind/pagefind.js'));
    expect(indexed.length).toBeGreaterThan(10);
    for (const {url: pageUrl, content} of indexed) {
      expect(pageUrl, 'only articles are indexed').toMatch(/^\/docs\//);
      expect(pageUrl).not.toMatch(/404|\/tags\//);
      for (const chrome of ['본문으로 건너뛰기', '기여자들이 직접 작성했습니다', '이 페이지 편집', '최종 수정']) {
        expect(content, `${pageUrl} contains "${chrome}"`).not.toContain(chrome);
      }
    }
    await openSearch(page);
    expect(await search(page, '기여자들이')).toEqual([]);
  });

  test('fills a 375 px phone screen and fits it', async ({page}) => {
    await page.setViewportSize({width: 375, height: 800});
    await page.reload();
    await openSearch(page);
    await search(page, '파드');
    const box = (await dialog(page).boundingBox())!;
    expect(box.x).toBe(0);
    expect(box.width).toBe(375);
    expect(box.height).toBe(800);
    await expect(dialog(page).getByRole('button', {name: '닫기'})).toBeVisible();
    expect(await dialog(page).evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await dialog(page).getByRole('button', {name: '닫기'}).click();
    await expect(dialog(page)).toHaveCount(0);

    // A tap on a result opens its section (a Korean heading id).
    await openSearch(page);
    await search(page, '파드 지우기');
    await options(page).first().click();
    await expect(page).toHaveURL(new RegExp(`${url('docs/workloads/pod')}#`));
    const section = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(section).toMatch(/[가-힣]/);
    await expect(page.locator(`[id="${section}"]`)).toBeInViewport();
  });

  test('is readable in dark mode', async ({page}) => {
    await openSearch(page);
    await search(page, '파드');
    const light = await dialog(page).evaluate((element) => getComputedStyle(element).backgroundColor);
    await page.keyboard.press('Escape');
    await switchToDarkMode(page);
    await openSearch(page);
    await search(page, '파드');
    const dark = await dialog(page).evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(dark).not.toBe(light);
    const title = options(page).first().locator('[class*="title_"]');
    const colors = await title.evaluate((element) => [getComputedStyle(element).color, getComputedStyle(element.closest('dialog')!).backgroundColor]);
    expect(colors[0]).not.toBe(colors[1]);
  });
});
