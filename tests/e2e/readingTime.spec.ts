import {test, expect, url} from './fixtures';

const ARTICLE = 'docs/workloads/deployment';

test.describe('읽는 시간', () => {
  test('every article shows its reading time above the title', async ({page}) => {
    await page.goto(url(ARTICLE));
    const time = page.locator('[data-reading-time]');
    await expect(time).toHaveText(/^읽는 시간 약 \d+분 · $/);
    expect(Number(await time.getAttribute('data-reading-time'))).toBeGreaterThan(3);
    // Outside the text the search indexes.
    await expect(page.locator('[data-pagefind-body] [data-reading-time]')).toHaveCount(0);
  });

  test('the home page shows each chapter its total', async ({page}) => {
    await page.goto(url());
    const chapters = page.locator('ol[class*="chapters"] > li');
    const times = chapters.locator('[data-reading-time]');
    await expect(times.first()).toBeVisible();
    expect(await times.count()).toBe(await chapters.count());
    const workloads = chapters.filter({hasText: '디플로이먼트'}).locator('[data-reading-time]');
    await expect(workloads).toHaveText(/^\d+개 글 · 읽는 시간 약 (\d+시간 )?\d+분$/);
    await page.goto(url(ARTICLE));
    const article = Number(await page.locator('[data-reading-time]').getAttribute('data-reading-time'));
    await page.goto(url());
    expect(Number(await workloads.getAttribute('data-reading-time'))).toBeGreaterThan(article);
  });
});
