import {describe, expect, it} from 'vitest';
import type {Root, RootContent} from 'mdast';
import type {ContainerDirective} from 'mdast-util-directive';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {toString} from 'mdast-util-to-string';
import {preprocess} from '../../content-check/parse';
import obsidianCallouts, {CALLOUT_TYPES} from './callouts';
import {problemsOf} from './text';
import {all, fixture, shape, transform} from './testUtils';

const boxes = (tree: Root) =>
  tree.children.filter((node): node is ContainerDirective | MdxJsxFlowElement => node.type === 'containerDirective' || node.type === 'mdxJsxFlowElement');

const attribute = (node: MdxJsxFlowElement, name: string) => node.attributes.find((item) => 'name' in item && item.name === name);

describe('obsidianCallouts', () => {
  const tree = transform(fixture('callouts.md'), obsidianCallouts);
  const found = boxes(tree);

  it('turns callouts into admonitions, types mapped onto ours', () => {
    const directives = found.filter((node): node is ContainerDirective => node.type === 'containerDirective');
    expect(directives.map((node) => node.name)).toEqual(['note', 'warning', 'tip', 'note', 'info']);
    const [note, warning, tip] = directives;
    expect(note!.children[0]).toMatchObject({type: 'paragraph', data: {directiveLabel: true}});
    expect(toString(note!.children[0]!)).toBe('제목 있는 노트');
    expect(note!.children.slice(1).map((node) => toString(node))).toEqual(['본문 첫 줄', '둘째 문단']);
    // No title: no label, so Docusaurus shows the type's own title.
    expect(warning!.children.map((node) => [node.type, toString(node)])).toEqual([['paragraph', '제목 없는 경고']]);
    // Title only: the label is all there is (the compact title-only box).
    expect(tip!.children).toHaveLength(1);
    expect(tip!.children[0]!.data).toEqual({directiveLabel: true});
    expect(toString(tip!)).toBe('굵은 제목만');
  });

  it('makes exactly the tree `:::note 제목` parses to', () => {
    const converted = transform(preprocess(':::note 제목 있는 노트\n본문 첫 줄\n:::\n'));
    const obsidian = transform('> [!note] 제목 있는 노트\n> 본문 첫 줄\n', obsidianCallouts);
    const withoutData = (node: RootContent) => ({...(shape(node) as object), data: undefined});
    expect(withoutData(obsidian.children[0]!)).toEqual(withoutData(converted.children[0]!));
  });

  it('folds `-` callouts into a closed <details>, `+` into an open one, styled by type', () => {
    const folded = found.filter((node): node is MdxJsxFlowElement => node.type === 'mdxJsxFlowElement');
    expect(folded.map((node) => [attribute(node, 'className')?.value, Boolean(attribute(node, 'open'))])).toEqual([
      ['callout-fold callout-fold--info', false],
      ['callout-fold callout-fold--error', true],
      ['callout-fold callout-fold--note', false],
    ]);
    const summaries = folded.map((node) => node.children[0] as MdxJsxFlowElement);
    expect(summaries.map((summary) => [summary.name, toString(summary)])).toEqual([
      ['summary', '접힌 질문'],
      ['summary', '열린 접기'],
      ['summary', '노트'],
    ]);
    expect(folded.map((node) => toString({type: 'root', children: node.children.slice(1)} as Root))).toEqual(['숨은 답', '펼쳐진 내용', '제목 없이 접힘']);
  });

  it('reports an unknown type with its line, and shows it as a note', () => {
    expect(problemsOf(tree)).toEqual([expect.objectContaining({line: 23, column: 5, severity: 'error'})]);
    expect(problemsOf(tree)[0]!.message).toMatch(/^알 수 없는 콜아웃 종류 \[!tips\] 입니다 \(혹시 \[!tip\]\?\)/);
  });

  it('leaves ordinary quotes and code alone, and handles nested callouts', () => {
    expect(all(tree, 'blockquote').map((node) => toString(node))).toEqual(['그냥 인용문입니다. [!note] 는 첫머리가 아닙니다.']);
    const outer = found.at(-1) as ContainerDirective;
    expect(outer.name).toBe('info');
    expect(outer.children[1]).toMatchObject({type: 'containerDirective', name: 'danger'});
    expect(all(tree, 'code')[0]!.value).toBe('> [!note] 코드 속 콜아웃');
  });

  it('maps every Obsidian type and alias onto one of our admonitions', () => {
    expect(new Set(Object.values(CALLOUT_TYPES))).toEqual(new Set(['note', 'tip', 'info', 'warning', 'danger', 'error']));
    expect(Object.keys(CALLOUT_TYPES)).toHaveLength(27);
  });
});
