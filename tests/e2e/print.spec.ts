import type {Page} from '@playwright/test';
import {test, expect, url} from './fixtures';
import {countPdfPages, coursePdf, embeddedFonts, pdfTitles, waitForPrintReady} from '../../scripts/printPdf';

/** The articles as the home page's course path lists them (sidebar order). */
async function courseArticles(page: Page): Promise<string[]> {
  await page.goto(url());
  return page.locator('section[aria-labelledby="course-path"] ol a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

const printedArticles = (page: Page) => page.locator('article[data-permalink]').evaluateAll((articles) => articles.map((article) => article.getAttribute('data-permalink')!));

/** An A4 page's text width in CSS pixels (210 mm less 15 mm margins each side, at 96 px per inch). */
const A4_TEXT_WIDTH = Math.floor(((210 - 30) / 25.4) * 96);

test.describe('강좌 인쇄', () => {
  test('the home page links to /print, which holds every article in course order with a table of contents', async ({page}) => {
    const listed = await courseArticles(page);
    await page.getByRole('link', {name: '강좌 전체 인쇄'}).click();
    await expect(page).toHaveURL(new RegExp(`${url('print')}$`));
    // A plain link: a full load of a long page, read only once the whole document is parsed.
    await page.waitForLoadState('domcontentloaded');
    // The whole course is one page (every article's module): on a busy machine it takes a while to arrive.
    await expect(page.getByRole('heading', {level: 1, name: /강좌 전체/})).toBeVisible({timeout: 30_000});
    expect(await printedArticles(page)).toEqual(listed);

    // Every contents entry leads to an article or chapter title on this page.
    const tocTargets = await page.locator('nav[aria-labelledby="print-toc"] a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(tocTargets.length).toBeGreaterThan(listed.length);
    for (const target of tocTargets) await expect(page.locator(target), target).toHaveCount(1);

    // Search engines and the site search keep to the articles' own pages.
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
    const sitemap = await (await page.request.get(url('sitemap.xml'))).text();
    expect(sitemap).toContain('/docs/');
    expect(sitemap).not.toContain('/print');
  });

  test('each chapter prints on its own page, and together they are the whole course', async ({page}) => {
    const listed = await courseArticles(page);
    await page.goto(url('print'));
    const chapterPages = await page.locator('nav[aria-label="장별 인쇄"] a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(chapterPages[0]).toBe(url('print'));
    const chapters = chapterPages.slice(1);
    expect(chapters.length).toBeGreaterThanOrEqual(8);
    const together: string[] = [];
    for (const chapter of chapters) {
      const response = await page.goto(chapter);
      expect(response?.status(), chapter).toBe(200);
      const articles = await printedArticles(page);
      expect(articles.length, chapter).toBeGreaterThan(0);
      together.push(...articles);
    }
    expect(together).toEqual(listed);
  });

  test('on paper: no navigation or buttons, code wraps inside the page, link addresses written out, answers at the end of each article', async ({page}) => {
    await page.setViewportSize({width: A4_TEXT_WIDTH, height: 1100});
    await page.goto(url('print/operations'));
    await waitForPrintReady(page);
    await page.emulateMedia({media: 'print'});

    for (const selector of ['.navbar', 'footer', 'button', 'nav[aria-label="장별 인쇄"]', 'input']) {
      const shown = await page.locator(selector).evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).length);
      expect(shown, `${selector} 가 인쇄됩니다`).toBe(0);
    }

    const cutCode = await page.locator('article pre').evaluateAll((blocks) => blocks.filter((block) => block.scrollWidth > block.clientWidth + 1).map((block) => block.textContent!.slice(0, 60)));
    expect(cutCode, '페이지 폭에서 잘리는 코드').toEqual([]);
    // Nothing else reaches past the text width either (1 px: a highlighted word's padding lands on a sub-pixel edge).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(A4_TEXT_WIDTH + 1);

    // The first link in an article's text (the source line above it writes its address as its text).
    const external = page.locator('article > :not([class*="articleSource"]) a[href^="http"]').first();
    const href = await external.getAttribute('href');
    expect(await external.evaluate((link) => getComputedStyle(link, '::after').content)).toContain(href!);

    // Nothing stays folded: the scheduling article's exercise answer and its quizzes' explanations follow its body.
    const article = page.locator('article[data-permalink$="/docs/operations/scheduling"]');
    await expect(article.locator('details')).toHaveCount(0);
    await expect(article.getByText('정답 보기: 이 글 끝 ‘정답과 해설’ 1번')).toHaveCount(1);
    const answers = article.locator('section', {has: page.getByRole('heading', {name: '정답과 해설'})});
    await expect(answers).toHaveCount(1);
    await expect(answers.locator('> ol > li')).toHaveCount(4);
    await expect(answers).toContainText('cp-pod.yaml');
    await expect(answers).toContainText('톨러레이션은 테인트를 견디게 할 뿐');
    // The answers come last in the article.
    expect(await article.evaluate((element) => element.lastElementChild?.textContent?.startsWith('정답과 해설'))).toBe(true);
  });

  test('"인쇄하기" prints in the light scheme and gives a dark-scheme reader their scheme back, unsaved', async ({page}) => {
    await page.addInitScript(() => {
      window.print = () => {
        (window as unknown as {printedIn: string}).printedIn = document.documentElement.dataset.theme!;
      };
    });
    await page.emulateMedia({colorScheme: 'dark'});
    await page.goto(url('print/architecture'));
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-has-hydrated', 'true');
    await expect(html).toHaveAttribute('data-theme', 'dark');
    const savedBefore = await page.evaluate(() => localStorage.getItem('theme'));
    await page.getByRole('button', {name: '인쇄하기'}).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as {printedIn?: string}).printedIn)).toBe('light');
    await expect(html).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe(savedBefore);
  });

  test('prints a chapter to an A4 PDF with the site font embedded and its articles as bookmarks', async ({page}) => {
    test.setTimeout(120_000);
    await page.goto(url('print/networking'));
    await waitForPrintReady(page);
    const titles = await page.locator('article h1').allTextContents();
    const pdf = await coursePdf(page);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(countPdfPages(pdf)).toBeGreaterThan(10);
    expect(embeddedFonts(pdf)).toEqual(expect.arrayContaining(['Pretendard-Regular', 'Pretendard-Bold']));
    expect(pdfTitles(pdf)).toEqual(expect.arrayContaining(titles));
    // A4 in points: 595 × 842.
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[0 0 59[45](?:\.\d+)? 84[12](?:\.\d+)?\]/);
  });
});
