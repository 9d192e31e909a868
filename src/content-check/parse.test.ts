import {describe, expect, it} from 'vitest';
import {mapColumn, parseMarkdown, preprocess} from './parse';

describe('preprocess', () => {
  it('keeps every line where the author wrote it', () => {
    const source = '---\ntitle: x\n---\n:::note 제목\n![그림](/img/이미지 창고/a b.png)\n## 제목 {#id}\n:::\n';
    const processed = preprocess(source);
    expect(processed.split('\n')).toHaveLength(source.split('\n').length);
    expect(processed).toContain(':::note[제목]');
    expect(processed).toContain('(</img/이미지 창고/a b.png>)');
    expect(processed).toContain('\\{#id}');
  });
});

describe('mapColumn', () => {
  it('maps columns after inserted and replaced characters back to the author\'s line', () => {
    const original = '![그림](/img/이미지 창고/a.png) 다음';
    const processed = preprocess(original);
    const at = processed.indexOf('다음') + 1;
    expect(mapColumn(original, processed, at)).toBe(original.indexOf('다음') + 1);
    expect(mapColumn(':::note 제목 끝', ':::note[제목 끝]', 9)).toBe(9);
  });
});

describe('parseMarkdown', () => {
  it('parses like the site: directives, GFM, MDX, HTML comments', () => {
    const {tree, syntaxError} = parseMarkdown(':::tip 제목\n\n| a |\n| - |\n| 1 |\n\n:::\n\n<!-- 주석 -->\n\n<mark>강조</mark>\n');
    expect(syntaxError).toBeUndefined();
    expect(tree!.children.map((node) => node.type)).toEqual(['containerDirective', 'paragraph']);
  });

  it('still reads the frontmatter of an article that is not valid MDX', () => {
    const {syntaxError, frontMatter} = parseMarkdown('---\ntitle: 제목\n---\n\n값이 {이름 입니다.\n');
    expect(syntaxError).toMatchObject({line: 5, ruleId: 'unexpected-eof'});
    expect(frontMatter.data).toEqual({title: '제목'});
  });
});
