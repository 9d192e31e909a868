import {spawnSync} from 'node:child_process';
import path from 'node:path';
import type {Page} from '@playwright/test';
import {test, expect, loadAllImages, url} from './fixtures';
import {buildSite, scratchSite, serveSite} from './scratchSite';

// An article written purely in Obsidian syntax (callouts, folded ones too,
// ==highlights==, ![[embeds]], [[wiki links]], %%comments%%) and its twin in
// our converted format (`:::note 제목`, <mark>, ![](/img/…), [..](./x.md)),
// laid over a copy of the site as a pull request would add them. Both pages
// must come out the same.
const PORT = 4182;
const root = path.resolve(__dirname, '../..');
const ARTICLES = 'docs/fixtures/obsidian';
let stopServer: () => void = () => {};
let siteDir = '';

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

test.describe('Obsidian에서 쓴 글', () => {
  test.describe.configure({mode: 'serial', timeout: 240_000});

  test.beforeAll(async () => {
    test.setTimeout(300_000); // a full site build
    siteDir = scratchSite('tests/fixtures/obsidian');
    const {status, output} = buildSite(siteDir);
    expect(status, output).toBe(0);
    stopServer = await serveSite(siteDir, PORT);
  });

  test.afterAll(() => stopServer());

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
