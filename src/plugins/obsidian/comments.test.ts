import {describe, expect, it} from 'vitest';
import {toString} from 'mdast-util-to-string';
import obsidianComments from './comments';
import {problemsOf} from './text';
import {all, fixture, transform} from './testUtils';

describe('obsidianComments', () => {
  const tree = transform(fixture('comments.md'), obsidianComments);
  const text = toString(tree);

  it('removes inline and multi-line comments, paragraphs, lists and code blocks included', () => {
    expect(text).toContain('앞  뒤');
    expect(text).not.toMatch(/한 줄 주석|여러 줄 주석|문단이 여러 개|코드 블록이 있어도|모두 사라집니다|굵은 주석|주석 속/);
    expect(all(tree, 'code').map((code) => code.value)).toEqual(['%% 코드 블록 안 %%']);
    expect(tree.children.find((node) => node.type === 'paragraph' && toString(node) === '남는 문단 입니다.')).toBeDefined();
  });

  it('keeps what follows a commented-out list out of that list', () => {
    const paragraph = tree.children.find((node) => toString(node) === '주석 뒤 문단');
    expect(paragraph?.type).toBe('paragraph');
    const lists = all(tree, 'list');
    expect(lists).toHaveLength(1);
    expect(toString(lists[0]!)).toBe('진짜 항목');
  });

  it('leaves code, math and tags alone', () => {
    expect(all(tree, 'inlineCode').map((code) => code.value)).toContain('%%코드 속 표시%%');
    expect(text).toContain('$a %% b$');
    expect(text).toContain('#쿠버네티스 #파드');
    expect(all(tree, 'heading')).toHaveLength(0);
  });

  it('reports an unclosed %% with its line and leaves it visible', () => {
    expect(text).toContain('닫히지 않은 %% 주석');
    expect(problemsOf(tree)).toEqual([expect.objectContaining({line: 38, column: 8, severity: 'error'})]);
    expect(problemsOf(tree)[0]!.message).toMatch(/^%% 주석이 닫히지 않았습니다/);
  });
});
