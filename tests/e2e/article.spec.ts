import {test, expect, url, datedByGit, loadAllImages, hasNoHorizontalScroll, switchToDarkMode, untilHydrated} from './fixtures';

// docs/how-to-read.md is the course's own guide to its page elements: every
// admonition type, a title-only callout, a pasted image in a path with a space
// and Hangul, a source caption, <mark>, and command and YAML blocks.
const ARTICLE = 'docs/how-to-read';

const ADMONITIONS = [
  ['note', '참고'],
  ['info', '배경 지식'],
  ['tip', '이렇게 하면 편합니다'],
  ['warning', '주의하세요'],
  ['caution', '되돌리기 어렵습니다'],
  ['danger', '운영 환경에서는 하지 마세요'],
  ['error', '자주 보는 오류'],
] as const;

test.describe('글 화면', () => {
  test.beforeEach(async ({page}) => {
    await page.goto(url(ARTICLE));
    await untilHydrated(page);
  });

  test('renders every admonition type with its title, as written', async ({page}) => {
    for (const [type, title] of ADMONITIONS) {
      const box = page.locator(`.theme-admonition-${type}`).filter({hasText: title});
      await expect(box, `:::${type} ${title}`).toHaveCount(1);
      await expect(box.locator('[class*="admonitionHeading"]')).toHaveText(title);
      await expect(box.locator('[class*="admonitionHeading"]')).toHaveCSS('text-transform', 'none');
    }
    const error = page.locator('.theme-admonition-error').first();
    await expect(error).toHaveClass(/alert--danger/);
    await expect(error.locator('svg')).toHaveCount(1);
    await expect(page.locator('article')).not.toContainText(':::');
  });

  test('shows a title-only admonition as a compact callout', async ({page}) => {
    const callout = page.locator('.theme-admonition').filter({hasText: '직접 실행해 보는 것이 가장 빠릅니다.'});
    await expect(callout).toHaveClass(/admonition--title-only/);
    await expect(callout.locator('[class*="admonitionContent"]')).toBeHidden();
    const full = page.locator('.theme-admonition-tip').filter({hasText: '이렇게 하면 편합니다'});
    expect((await callout.boundingBox())!.height).toBeLessThan((await full.boundingBox())!.height);
  });

  test('loads images whose path has a space and Hangul', async ({page}) => {
    await expect(page.locator('article img[alt^="kind 클러스터"]')).toHaveCount(1);
    await loadAllImages(page);
    await expect(page.locator('article')).not.toContainText('![');
  });

  test('renders a source line under an image as a caption, not a heading', async ({page}) => {
    const caption = page.locator('p.source-caption');
    await expect(caption).toHaveCount(1);
    await expect(caption).toContainText('출처 :');
    await expect(caption.locator('a')).toHaveAttribute('href', 'https://kubernetes.io/ko/docs/reference/kubectl/');
    await expect(page.locator('article h6')).toHaveCount(0);
    await expect(page.locator('.table-of-contents')).not.toContainText('출처');
    const size = await caption.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(size).toBeLessThan(16);
  });

  test('highlights <mark> in light and dark mode', async ({page}) => {
    const mark = page.locator('article mark').first();
    await expect(mark).toHaveText('이렇게 형광펜으로 칠해');
    const light = await mark.evaluate((element) => getComputedStyle(element).backgroundColor);
    await switchToDarkMode(page);
    const dark = await mark.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(light).not.toBe('rgba(0, 0, 0, 0)');
    expect(dark).not.toBe(light);
  });

  test('highlights YAML with a file name, marked lines and a copy button', async ({page}) => {
    const block = page.locator('.theme-code-block').filter({hasText: 'kind: Pod'});
    await expect(block.locator('[class*="codeBlockTitle"]')).toHaveText('hello-pod.yaml');
    expect(await block.locator('.token').count()).toBeGreaterThan(5);
    await expect(block.locator('.theme-code-block-highlighted-line')).toHaveCount(4);
    await block.hover();
    await expect(block.getByRole('button', {name: /복사/})).toBeVisible();
  });

  test('links to its source on GitHub and shows when it last changed', async ({page}) => {
    await expect(page.getByRole('link', {name: '이 페이지 편집'})).toHaveAttribute('href', /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/edit\/main\/docs\/how-to-read\.md$/);
    if (!datedByGit) {
      await expect(page.locator('.theme-last-updated')).toHaveCount(0);
      return;
    }
    await expect(page.locator('.theme-last-updated')).toContainText("최종 수정");
    await expect(page.locator('.theme-last-updated time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}/);
  });

  test('has breadcrumbs and a table of contents', async ({page}) => {
    await expect(page.locator('nav.theme-doc-breadcrumbs')).toBeVisible();
    await expect(page.locator('.table-of-contents a', {hasText: '상자 글의 종류'})).toHaveCount(1);
  });

  test('switches between light and dark mode', async ({page}) => {
    const light = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await switchToDarkMode(page);
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).not.toBe(light);
    await page.reload();
    await expect(page.locator('html'), 'the choice survives a reload').toHaveAttribute('data-theme', 'dark');
  });

  test('speaks Korean in every label and button, on desktop and phone', async ({page}) => {
    const englishOnly = () =>
      page.evaluate(() =>
        [
          ...[...document.querySelectorAll('[aria-label]')].map((element) => element.getAttribute('aria-label') ?? ''),
          ...[...document.querySelectorAll('button, .pagination-nav__sublabel')].map((element) => element.textContent?.trim() ?? ''),
        ].filter((text) => text !== '' && !/[가-힣]/.test(text)),
      );
    expect(await englishOnly()).toEqual([]);
    await page.setViewportSize({width: 375, height: 800});
    await page.locator('.navbar__toggle').click();
    await expect(page.locator('.navbar-sidebar')).toBeVisible();
    expect(await englishOnly()).toEqual([]);
  });

  test('fits a 375 px phone without horizontal scroll', async ({page}) => {
    await page.setViewportSize({width: 375, height: 800});
    await page.reload();
    await loadAllImages(page);
    expect(await hasNoHorizontalScroll(page)).toBe(true);
  });
});
