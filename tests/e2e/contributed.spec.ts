import {spawnSync} from 'node:child_process';
import path from 'node:path';
import type {Page} from '@playwright/test';
import {test, expect, loadAllImages, url} from './fixtures';
import {buildSite, overlaid, reusedMinimalScratchSite, serveSite, WITHOUT_MANIFEST_CHECKER} from './scratchSite';

// Contributed articles laid over a copy of the site's code and glossary, as a
// pull request would add them (no assertion here involves the rest of the
// course), built once for both groups below:
// - the shared author-format article (Obsidian style, no edits) and a page
//   with a code block in every language the course uses;
// - an article written purely in Obsidian syntax (callouts, folded ones too,
//   ==highlights==, ![[embeds]], [[wiki links]], %%comments%%) and its twin in
//   our converted format (`:::note 제목`, <mark>, ![](/img/…), [..](./x.md)),
//   which must come out the same.
const PORT = 4180;
const root = path.resolve(__dirname, '../..');
const ARTICLES = 'docs/fixtures/obsidian';
let stopServer: () => void = () => {};
let siteDir = '';

// One worker runs the whole file, so the site is built once.
test.describe.configure({mode: 'serial', timeout: 240_000});

test.beforeAll(async () => {
  test.setTimeout(300_000); // a site build on a busy runner
  siteDir = reusedMinimalScratchSite(test.info().parallelIndex, overlaid('tests/fixtures/author-format', 'tests/fixtures/code-languages', 'tests/fixtures/obsidian'));
  const {status, output} = buildSite(siteDir, WITHOUT_MANIFEST_CHECKER);
  expect(status, output).toBe(0);
  stopServer = await serveSite(siteDir, PORT);
});

test.afterAll(() => stopServer());

/** The article body as a list of what a reader meets, in order (the page title left out). */
async function outline(page: Page): Promise<string[]> {
  return page.locator('article .markdown').evaluate((markdown) => {
    const items: string[] = [];
    const text = (element: Element | null) => (element?.textContent ?? '').replace(/\u200b/g, '').replace(/\s+/g, ' ').trim();
    for (const element of markdown.querySelectorAll('*')) {
      const tag = element.tagName.toLowerCase();
      if (element.closest('header')) continue; // the page title
      if (/^h[2-6]$/.test(tag)) items.push(`${tag}#${element.id} ${text(element)}`);
      else if (element.classList.contains('theme-admonition')) {
        const type = [...element.classList].find((name) => name.startsWith('theme-admonition-'));
        const titleOnly = element.classList.contains('admonition--title-only');
        items.push(`admonition ${type} "${text(element.querySelector('[class*="admonitionHeading"]'))}"${titleOnly ? ' title-only' : ''}`);
      } else if (tag === 'details') {
        const fold = [...element.classList].filter((name) => name.startsWith('callout-fold') || name.startsWith('alert')).sort().join('.');
        items.push(`details ${fold} ${(element as HTMLDetailsElement).open ? 'open' : 'closed'} "${text(element.querySelector(':scope > summary'))}"`);
      } else if (tag === 'img') {
        const image = element as HTMLImageElement;
        items.push(`img alt="${image.alt}" src=${decodeURI(new URL(image.src).pathname)} width=${image.getAttribute('width')} loaded=${image.naturalWidth > 0}`);
      } else if (tag === 'a' && !element.classList.contains('hash-link')) {
        const anchor = element as HTMLAnchorElement;
        const where = anchor.pathname === location.pathname ? '(this page)' : decodeURI(anchor.pathname);
        items.push(`a ${where}${decodeURI(anchor.hash)} "${text(element)}"`);
      } else if (tag === 'mark') items.push(`mark "${text(element)}"`);
      else if (tag === 'table') items.push(`table ${element.querySelectorAll('tr').length} rows`);
      else if (tag === 'pre') items.push(`code "${text(element)}"`);
      else if (tag === 'p' || tag === 'li' || tag === 'td') items.push(`${tag} "${text(element)}"`);
    }
    return items;
  });
}

test.describe('기여된 글', () => {
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
      // Polled: code blocks remount once after hydration, and may be read mid-way.
      await expect
        .poll(() => block.locator('.token').evaluateAll((tokens) => new Set(tokens.map((token) => getComputedStyle(token).color)).size), {message: `${language} tokens are coloured`})
        .toBeGreaterThan(1);
      if (title) await expect(block.locator('[class*="codeBlockTitle"]')).toHaveText(title);
    }
    await expect(page.locator('.theme-code-block.language-yaml .theme-code-block-highlighted-line')).toHaveText(['  name: web']);
  });
});

test.describe('Obsidian에서 쓴 글', () => {
  test('passes npm run check', () => {
    const check = spawnSync(
      path.join(root, 'node_modules/.bin/tsx'),
      [path.join(root, 'scripts/check.ts'), '--site', siteDir, ...['obsidian-note.md', 'converted-note.md', 'link-target.md'].map((file) => path.join(siteDir, ARTICLES, file))],
      {cwd: siteDir, encoding: 'utf8'},
    );
    expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);
  });

  test('renders exactly like its converted twin', async ({page}) => {
    const read = async (slug: string) => {
      await page.goto(`http://localhost:${PORT}${url(`${ARTICLES}/${slug}`)}`);
      await loadAllImages(page);
      return outline(page);
    };
    const obsidian = await read('obsidian-note');
    const converted = await read('converted-note');
    expect(obsidian).toEqual(converted);

    // And the outline is the one intended, not two pages broken alike.
    const link = `${url(`${ARTICLES}/link-target`)}`;
    expect(obsidian).toEqual(
      expect.arrayContaining([
        'h2#상자-글 상자 글',
        'admonition theme-admonition-note "컨테이너란?"',
        'mark "하나로 묶은"',
        `a ${link} "옵시디언 링크 대상"`,
        'admonition theme-admonition-warning "운영 데이터베이스를 처음부터 컨테이너로 옮기지 마세요." title-only',
        'admonition theme-admonition-info "자주 묻는 질문"',
        `a ${link}#둘째-제목 "둘째 제목"`,
        'details alert.alert--info.callout-fold.callout-fold--error closed "접힌 오류"',
        'details alert.alert--info.callout-fold.callout-fold--tip open "열린 접기"',
        'admonition theme-admonition-tip "팁"',
        'mark "리눅스 프로세스와 네트워크"',
        `a ${link} "별칭으로 건 링크"`,
        `a ${link}#첫째-제목 "link-target > 첫째 제목"`,
        'a (this page)#그림 "그림"',
        'p "주석 뒤 문단입니다. #쿠버네티스 #파드"',
        'mark "강조"',
        'table 2 rows',
      ]),
    );
    expect(obsidian.filter((item) => item.startsWith('img '))).toEqual([
      // A small Markdown image is bundled, often inline as a data: URL.
      expect.stringMatching(/^img alt="Pasted image 20241014083022.png" src=(\/.*Pasted image 20241014083022.*\.png|image\/png;base64,\S+) width=240 loaded=true$/),
      expect.stringMatching(/^img alt="계층 구조도.png" src=\/.*img\/이미지 창고\/옵시디언\/계층 구조도.png width=400 loaded=true$/),
    ]);
    expect(obsidian.filter((item) => item.startsWith('code '))).toEqual(['code "echo "==코드== [[링크]] %%주석%%""']);
    // Nothing of the Obsidian syntax is left, except inside code (`a == b`, the bash block).
    const text = obsidian.filter((item) => !item.startsWith('code ') && item !== 'td "a == b"').join('\n');
    for (const leftover of ['[!', '==', '[[', '%%', '작가만 보는 메모', '사이트에 보이지 않습니다', '주석 속 목록']) {
      expect(text, leftover).not.toContain(leftover);
    }
  });

  test('styles a folded callout as its admonition type and opens it on click', async ({page}) => {
    await page.goto(`http://localhost:${PORT}${url(`${ARTICLES}/obsidian-note`)}`);
    const folded = page.locator('details.callout-fold--error');
    const danger = await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.className = 'alert alert--danger';
      document.body.append(probe);
      const colour = getComputedStyle(probe).borderLeftColor;
      probe.remove();
      return colour;
    });
    expect(await folded.evaluate((element) => getComputedStyle(element).borderLeftColor)).toBe(danger);
    await expect(folded.getByText('상태를 컨테이너 안에 저장하면 사라집니다.')).toBeHidden();
    await folded.locator('summary').click();
    await expect(folded.getByText('상태를 컨테이너 안에 저장하면 사라집니다.')).toBeVisible();
    // The sized embed is drawn 400 px wide.
    const sized = page.locator('article img[alt="계층 구조도.png"]');
    await sized.scrollIntoViewIfNeeded();
    expect(await sized.evaluate((image) => image.getBoundingClientRect().width)).toBe(400);
  });
});
