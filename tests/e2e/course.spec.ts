import {test, expect, url} from './fixtures';

test.describe('강좌 순서', () => {
  test('walks from the first article to the last through the "다음" links', async ({page}) => {
    test.setTimeout(240_000);
    await page.goto(url());
    const listed = await page.locator('section[aria-labelledby="course-path"] ol a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(listed.length).toBeGreaterThanOrEqual(24);

    await page.getByRole('link', {name: '첫 글부터 시작하기'}).click();
    const visited: string[] = [];
    for (;;) {
      await expect(page.locator('article h1')).toBeVisible();
      const here = new URL(page.url()).pathname;
      expect(visited, `${here} 에 두 번 왔습니다`).not.toContain(here);
      visited.push(here);
      const next = page.locator('nav.pagination-nav a.pagination-nav__link--next');
      if ((await next.count()) === 0) break;
      // The article's own "다음 글:" line, if any, leads where the pager does.
      const nextHref = await next.getAttribute('href');
      const inText = page.locator('article .markdown p', {hasText: /^다음 글:/}).locator('a');
      if ((await inText.count()) > 0) await expect(inText.last(), `${here} 의 다음 글`).toHaveAttribute('href', nextHref!);
      await next.click();
      await expect(page).toHaveURL(new RegExp(`${nextHref!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      // The URL changes before the new article renders: wait for its pager,
      // whose "이전" link leads back here, so the next round reads the new page.
      await expect(page.locator('nav.pagination-nav a.pagination-nav__link--prev')).toHaveAttribute('href', here);
    }
    expect(visited).toEqual(listed);
    expect(visited.at(-1)).toBe(`${url('docs/glossary')}`);
  });
});
