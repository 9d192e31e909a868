import {test, expect, loadAllImages, url} from './fixtures';
import {buildSite, scratchSite, serveSite} from './scratchSite';

// Contributed articles laid over a copy of the site, as a pull request would
// add them: the shared author-format article (Obsidian style, no edits) and a
// page with a code block in every language the course uses.
const PORT = 4180;
let stopServer: () => void = () => {};

test.describe('기여된 글', () => {
  test.describe.configure({mode: 'serial', timeout: 240_000});

  test.beforeAll(async () => {
    test.setTimeout(300_000); // a full site build
    const dir = scratchSite('tests/fixtures/author-format', 'tests/fixtures/code-languages');
    const {status, output} = buildSite(dir);
    expect(status, output).toBe(0);
    stopServer = await serveSite(dir, PORT);
  });

  test.afterAll(() => stopServer());

  test('renders faithfully with no edits to the article', async ({page}) => {
    await page.goto(`http://localhost:${PORT}${url('docs/container-basics')}`);

    // No title in the frontmatter and no opening H1: the slug names the page.
    await expect(page.locator('article h1')).toHaveText('Container Basics');
    await expect(page).toHaveTitle(/^Container Basics \|/);
    await expect(page.locator('.menu__link--active')).toHaveText('Container Basics');
    // The mid-document H1 is a section of the article.
    await expect(page.locator('article h2', {hasText: '컨테이너를 쓰기 전에'})).toHaveCount(1);
    await expect(page.locator('.table-of-contents')).toContainText('컨테이너를 쓰기 전에');

    const expected: [string, string, boolean][] = [
      ['note', '컨테이너란?', false],
      ['info', '운영자 관점에서 본 컨테이너', false],
      ['error', '상태 저장의 함정', true],
      ['warning', '운영 데이터베이스를 처음부터 컨테이너로 옮기지 마세요.', true],
      ['tip', '직접 해 보는 것이 가장 빠릅니다.', true],
    ];
    const boxes = page.locator('.theme-admonition');
    await expect(boxes).toHaveCount(expected.length);
    for (const [index, [type, title, titleOnly]] of expected.entries()) {
      const box = boxes.nth(index);
      await expect(box).toHaveClass(new RegExp(`theme-admonition-${type}`));
      await expect(box.locator('[class*="admonitionHeading"]')).toHaveText(title);
      if (titleOnly) await expect(box).toHaveClass(/admonition--title-only/);
      else await expect(box).not.toHaveClass(/admonition--title-only/);
    }

    await expect(page.locator('article img')).toHaveCount(2);
    await loadAllImages(page);
    const caption = page.locator('p.source-caption');
    await expect(caption.locator('a')).toHaveAttribute('href', 'https://example.com/layers');
    await expect(page.locator('article h6')).toHaveCount(0);
    await expect(page.locator('.table-of-contents')).not.toContainText('출처');

    await expect(page.locator('article mark')).toHaveText(['리눅스 프로세스와 네트워크', '이미지와 컨테이너의 차이']);
    const text = await page.locator('article').innerText();
    expect(text).not.toContain(':::');
    expect(text).not.toContain('![');
  });

  test('highlights YAML, shell, JSON, Dockerfile and Go, with titles and marked lines', async ({page}) => {
    await page.goto(`http://localhost:${PORT}${url('docs/fixtures/code-languages')}`);
    const blocks = page.locator('.theme-code-block');
    await expect(blocks).toHaveCount(6);
    for (const [language, title] of [
      ['yaml', 'deployment.yaml'],
      ['bash', 'install.sh'],
      ['shell', undefined],
      ['json', 'config.json'],
      ['dockerfile', 'Dockerfile'],
      ['go', 'main.go'],
    ] as const) {
      const block = page.locator(`.theme-code-block.language-${language}`);
      await expect(block, language).toHaveCount(1);
      const colours = await block.locator('.token').evaluateAll((tokens) => new Set(tokens.map((token) => getComputedStyle(token).color)).size);
      expect(colours, `${language} tokens are coloured`).toBeGreaterThan(1);
      if (title) await expect(block.locator('[class*="codeBlockTitle"]')).toHaveText(title);
    }
    await expect(page.locator('.theme-code-block.language-yaml .theme-code-block-highlighted-line')).toHaveText(['  name: web']);
  });
});
