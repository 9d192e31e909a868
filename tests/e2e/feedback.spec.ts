import {test, expect, url, reachIsland, untilHydrated} from './fixtures';

const ARTICLE = 'docs/workloads/deployment';

test.describe('이 글이 도움이 되었나요?', () => {
  test('예 thanks the reader and sends nothing', async ({page}) => {
    await page.goto(url(ARTICLE));
    await untilHydrated(page);
    const feedback = page.getByRole('region', {name: '이 글이 도움이 되었나요?'});
    await reachIsland(feedback);
    // Only the site's own script chunks (link prefetching) and fonts (fetched once the page is idle) may load;
    // off-site requests fail every test (fixtures.ts).
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.method() !== 'GET' || !/\/assets\/(js\/[^/]+\.js|fonts\/[^/]+\.woff2)$/.test(new URL(request.url()).pathname)) requests.push(`${request.method()} ${request.url()}`);
    });
    await feedback.getByRole('button', {name: '예'}).click();
    await expect(feedback.getByRole('status')).toHaveText(/고맙습니다/);
    await expect(feedback.getByRole('button', {name: '예'})).toHaveAttribute('aria-pressed', 'true');
    expect(requests).toEqual([]);
  });

  test('아니요 opens the pre-filled feedback issue on GitHub in a new window', async ({page, context}) => {
    // The new window stays offline: GitHub's answer is stubbed.
    await context.route('https://github.com/**', (route) => route.fulfill({contentType: 'text/html', body: '<title>GitHub</title>'}));
    await page.goto(url(ARTICLE));
    await untilHydrated(page);
    const title = await page.locator('article h1').innerText();
    const no = page.getByRole('link', {name: /^아니요/});
    await reachIsland(no);
    const [popup] = await Promise.all([page.waitForEvent('popup'), no.click()]);
    const issue = new URL(popup.url());
    expect(`${issue.origin}${issue.pathname}`).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/issues\/new$/);
    expect(issue.searchParams.get('template')).toBe('feedback.yml');
    expect(issue.searchParams.get('article')).toBe(title);
    expect(issue.searchParams.get('page')).toMatch(new RegExp(`/${ARTICLE}$`));
    await expect(page.getByRole('status').filter({hasText: 'GitHub 이슈'})).toBeVisible();
  });
});
