import {describe, expect, it} from 'vitest';
import type {MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {toString} from 'mdast-util-to-string';
import obsidianHighlights from './highlights';
import {all, fixture, shape, transform} from './testUtils';

describe('obsidianHighlights', () => {
  const tree = transform(fixture('highlights.md'), obsidianHighlights);
  const marks = all(tree, 'mdxJsxTextElement');

  it('turns ==…== into <mark>, also around emphasis and code, in headings and table cells', () => {
    expect(marks.map((mark) => [mark.name, toString(mark)])).toEqual([
      ['mark', '중요한 문장'],
      ['mark', '굵게 그리고 코드'],
      ['mark', '제목 속'],
      ['mark', '셀 강조'],
    ]);
    expect(marks[1]!.children.map((child) => child.type)).toEqual(['strong', 'text', 'inlineCode']);
    expect(marks[0]!.position?.start).toMatchObject({line: 4, column: 1});
    expect(marks[0]!.position?.end).toMatchObject({line: 4, column: 11});
  });

  it('is the element `<mark>…</mark>` parses to', () => {
    const converted = all(transform('<mark>중요한 문장</mark> 입니다.'), 'mdxJsxTextElement')[0]!;
    const obsidian = all(transform('==중요한 문장== 입니다.', obsidianHighlights), 'mdxJsxTextElement')[0]!;
    expect({...(shape(obsidian) as MdxJsxTextElement), data: undefined}).toEqual({...(shape(converted) as MdxJsxTextElement), data: undefined});
  });

  it('leaves comparisons, math, code and an unclosed mark as they are', () => {
    const text = toString(tree);
    expect(text).toContain('a == b 와 x === y 는 비교입니다. 수식 $a == b$ 와 c == d 도');
    expect(all(tree, 'inlineCode').map((code) => code.value)).toContain('==코드==');
    expect(text).toContain('==닫히지 않은 표시');
    expect(all(tree, 'table')[0]!.children).toHaveLength(2);
  });
});
