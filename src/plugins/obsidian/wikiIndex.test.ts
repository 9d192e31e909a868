import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {articleEntry, headingAnchor, resolveWikiEmbed, resolveWikiLink, scanSite, type WikiIndex} from './wikiIndex';
import {parseWikiEmbed, parseWikiLink} from './wikiLinks';

const SITE = path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__/site');
const index = scanSite({siteDir: SITE});
const from = path.join(SITE, 'docs/guide/obsidian-note.md');
const link = (inner: string, where = from, on: WikiIndex = index) => resolveWikiLink(parseWikiLink(`[[${inner}]]`, inner), where, on);
const embed = (inner: string) => resolveWikiEmbed(parseWikiEmbed(`![[${inner}]]`, inner), index);

describe('wiki link resolution', () => {
  it('finds an article by file name, title or alias, with the heading as Docusaurus anchors it', () => {
    expect(link('target')).toMatchObject({ok: true, value: {url: './target.md'}});
    expect(link('링크 대상')).toMatchObject({ok: true, value: {url: './target.md'}});
    expect(link('대상 글#둘째 제목')).toMatchObject({ok: true, value: {url: './target.md#둘째-제목'}});
    expect(link('guide/target')).toMatchObject({ok: true, value: {url: './target.md'}});
    expect(link('링크 대상', path.join(SITE, 'docs/broken.md'))).toMatchObject({ok: true, value: {url: './guide/target.md'}});
    expect(link('#Hello World!')).toEqual({ok: true, value: {url: '#hello-world'}});
  });

  it('matches names whatever their case or Unicode normalisation (macOS file names)', () => {
    expect(link('링크 대상'.normalize('NFD'))).toMatchObject({ok: true, value: {url: './target.md'}});
    expect(link('TARGET')).toMatchObject({ok: true});
  });

  it('refuses an unknown name with the closest names, and an ambiguous one with every article', () => {
    const missing = link('링크 대삼');
    expect(missing.ok).toBe(false);
    expect(!missing.ok && missing.message).toBe(
      '[[링크 대삼]]: 파일 이름, title, aliases 가 "링크 대삼" 인 글이 없습니다 (혹시 [[링크 대상]] (docs/guide/target.md)?). 아직 쓰지 않은 글이면 대괄호를 지워 글자로 남기고, 있는 글이면 그 글의 title 이나 aliases 에 이 이름을 넣으세요.',
    );
    const ambiguous = link('같은 제목');
    expect(!ambiguous.ok && ambiguous.message).toMatch(/^\[\[같은 제목\]\]: title이\(가\) "같은 제목" 인 글이 여러 편이라 어느 글인지 정할 수 없습니다: docs\/dup-a.md, docs\/dup-b.md\. \[\[dup-a\|같은 제목\]\]/);
    expect(link('링크 대상#^abc').ok).toBe(false);
  });

  it('reads titles from frontmatter or an opening H1, and aliases as a list or a single string', () => {
    expect(articleEntry('/d/a.md', {}, '\n# 첫 제목\n본문')).toEqual({filePath: '/d/a.md', name: 'a', title: '첫 제목', aliases: []});
    expect(articleEntry('/d/b.mdx', {title: 'T', aliases: '별명'})).toEqual({filePath: '/d/b.mdx', name: 'b', title: 'T', aliases: ['별명']});
    expect(headingAnchor('컨테이너를 쓰기 전에')).toBe('컨테이너를-쓰기-전에');
  });
});

describe('wiki embed resolution', () => {
  it('finds an image by name anywhere under static/img, spaces and Hangul included', () => {
    expect(embed('Pasted image 20241014083022.png')).toEqual({
      ok: true,
      value: expect.objectContaining({url: '/img/이미지 창고/Pasted image 20241014083022.png', label: 'static/img/이미지 창고/Pasted image 20241014083022.png'}),
    });
    expect(embed('구조도.png|400')).toMatchObject({ok: true, value: {url: '/img/이미지 창고/그림/구조도.png'}});
    expect(embed('b/같은 이름.png')).toMatchObject({ok: true, value: {url: '/img/b/같은 이름.png'}});
  });

  it('lists the closest names for a missing image and every path for an ambiguous one', () => {
    const missing = embed('Pasted image 20241014083023.png');
    expect(!missing.ok && missing.message).toBe(
      '![[Pasted image 20241014083023.png]]: static/img/ 아래에 "Pasted image 20241014083023.png" 그림이 없습니다. 이름이 비슷한 그림: static/img/이미지 창고/Pasted image 20241014083022.png. Obsidian의 첨부 파일을 static/img/이미지 창고/ 에 복사하고 이름의 띄어쓰기·대소문자를 맞추세요 (npm run import 가 대신 복사합니다).',
    );
    const ambiguous = embed('같은 이름.png');
    expect(!ambiguous.ok && ambiguous.message).toMatch(/여러 개라 어느 것인지 정할 수 없습니다: static\/img\/a\/같은 이름.png, static\/img\/b\/같은 이름.png\./);
    expect(embed('링크 대상').ok).toBe(false);
  });
});
