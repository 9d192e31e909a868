import {describe, expect, it} from 'vitest';
import {toString} from 'mdast-util-to-string';
import obsidianWikiLinks, {linkText, parseWikiEmbed, parseWikiLink, wikiEmbedOf, wikiLinkOf} from './wikiLinks';
import {all, fixture, transform} from './testUtils';

describe('parseWikiLink / parseWikiEmbed', () => {
  it('reads target, heading and alias', () => {
    expect(parseWikiLink('[[a]]', '다른 글')).toEqual({raw: '[[a]]', target: '다른 글'});
    expect(parseWikiLink('[[a]]', '다른 글#장#절|보이는 글자')).toEqual({raw: '[[a]]', target: '다른 글', heading: '절', alias: '보이는 글자'});
    expect(parseWikiLink('[[a]]', '#이 글의 제목')).toEqual({raw: '[[a]]', target: '', heading: '이 글의 제목'});
    expect(linkText(parseWikiLink('', '다른 글#제목'))).toBe('다른 글 > 제목');
  });

  it('reads the file name, width and alt text of an embed', () => {
    expect(parseWikiEmbed('r', 'Pasted image 20241014083022.png')).toEqual({raw: 'r', name: 'Pasted image 20241014083022.png'});
    expect(parseWikiEmbed('r', '그림.png|400')).toEqual({raw: 'r', name: '그림.png', width: 400});
    expect(parseWikiEmbed('r', '그림.png|구조|300x200')).toEqual({raw: 'r', name: '그림.png', alt: '구조', width: 300, height: 200});
  });
});

describe('obsidianWikiLinks', () => {
  const tree = transform(fixture('wiki-links.md'), obsidianWikiLinks);

  it('turns [[…]] into links marked with what was written', () => {
    const links = all(tree, 'link').filter((link) => wikiLinkOf(link));
    expect(links.map((link) => [toString(link), wikiLinkOf(link)?.target, wikiLinkOf(link)?.heading])).toEqual([
      ['링크 대상', '링크 대상', undefined],
      ['링크 대상 > 둘째 제목', '링크 대상', '둘째 제목'],
      ['보이는 글자', '대상 글', undefined],
      ['이 글의 제목', '', '이 글의 제목'],
      ['별칭', '링크 대상', undefined],
    ]);
    expect(links.every((link) => link.url.startsWith('obsidian:'))).toBe(true);
    expect(links[1]!.position).toMatchObject({start: {line: 4, column: 12}, end: {line: 4, column: 27}});
  });

  it('turns ![[…]] into images named after the file, with width and alt', () => {
    const images = all(tree, 'image');
    expect(images.map((image) => [image.alt, wikiEmbedOf(image)?.name, wikiEmbedOf(image)?.width])).toEqual([
      ['Pasted image 20241014083022.png', 'Pasted image 20241014083022.png', undefined],
      ['구조도.png', '구조도.png', 400],
      ['구조를 그린 그림', '구조도.png', 300],
    ]);
    expect(images[0]!.position?.start).toMatchObject({line: 6, column: 1});
  });

  it('leaves code, math and links inside links alone', () => {
    expect(all(tree, 'inlineCode').map((code) => code.value)).toEqual(['[[코드 속 링크]]']);
    expect(toString(tree)).toContain('$[[수식]]$');
    const outer = all(tree, 'link').find((link) => link.url === 'https://example.com')!;
    expect(toString(outer)).toBe('안쪽 [[링크]] 는 링크 속 링크');
  });
});
