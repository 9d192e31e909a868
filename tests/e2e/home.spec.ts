import {test, expect, url, hasNoHorizontalScroll} from './fixtures';

test.describe('홈 화면', () => {
  test('introduces the course in Korean and shows its path', async ({page}) => {
    await page.goto(url());
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByRole('heading', {level: 1})).toHaveText('쿠버네티스 입문');
    const chapters = page.locator('section[aria-labelledby="course-path"] > ol > li');
    expect(await chapters.count()).toBeGreaterThanOrEqual(1);
    await expect(chapters.first().locator('a').first()).toBeVisible();
    const start = page.getByRole('link', {name: '첫 글부터 시작하기'});
    await start.click();
    await expect(page).toHaveURL(/\/docs\//);
    await expect(page.locator('article h1')).toBeVisible();
  });

  test('leaves no trace of the Docusaurus template', async ({page}) => {
    await page.goto(url());
    const text = await page.locator('body').innerText();
    for (const templateWord of ['Docusaurus Tutorial', 'dinosaur', 'Blog', 'Tutorial', 'Easy to Use']) {
      expect(text).not.toContain(templateWord);
    }
    await expect(page.locator('img[src*="docusaurus"]')).toHaveCount(0);
  });

  test('fits a 375 px phone without horizontal scroll', async ({page}) => {
    await page.setViewportSize({width: 375, height: 800});
    await page.goto(url());
    expect(await hasNoHorizontalScroll(page)).toBe(true);
  });
});

test.describe('페이지 전용 스타일', () => {
  // src/plugins/routeAssets: a stylesheet one page uses (*.page.module.css) is
  // linked by that page's HTML, not put into the one every article downloads.
  test.use({javaScriptEnabled: false});

  test('the home page is styled by its own stylesheet before any script runs; an article does not download it', async ({page, request}) => {
    await page.goto(url());
    const sheets = await page.locator('link[rel="stylesheet"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
    expect(sheets).toHaveLength(2);
    const homeSheet = sheets.find((href) => !/\/styles\.[0-9a-f]+\.css$/.test(href))!;
    // The chapter list is a grid only through the home page's stylesheet.
    await expect(page.locator('section[aria-labelledby="course-path"] > ol')).toHaveCSS('display', 'grid');

    const article = await (await request.get(url('docs/how-to-read'))).text();
    expect(article).not.toContain(new URL(homeSheet).pathname);
    const siteSheet = sheets.find((href) => href !== homeSheet)!;
    const homeRules = await (await request.get(homeSheet)).text();
    const firstHomeClass = /\.([\w-]+)\{/.exec(homeRules)![1]!;
    expect(await (await request.get(siteSheet)).text()).not.toContain(`.${firstHomeClass}{`);
  });
});
