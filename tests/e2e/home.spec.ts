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
