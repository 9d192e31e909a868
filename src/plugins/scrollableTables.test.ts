import {describe, expect, it} from 'vitest';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type {Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import scrollableTables from './scrollableTables';

function run(markdown: string): Root {
  const processor = unified().use(remarkParse).use(remarkGfm).use(scrollableTables);
  return processor.runSync(processor.parse(markdown)) as Root;
}

describe('scrollableTables', () => {
  it('wraps a table in a focusable region named by its columns', () => {
    const tree = run('앞 문단\n\n| 층 | 하는 일 | `maxSurge` |\n| --- | --- | --- |\n| 파드 | 실행 | 1 |\n');
    const wrapper = tree.children[1] as MdxJsxFlowElement;
    expect(wrapper.type).toBe('mdxJsxFlowElement');
    expect(wrapper.name).toBe('div');
    expect(Object.fromEntries(wrapper.attributes.map((attr) => [(attr as {name: string}).name, attr.value]))).toEqual({
      className: 'table-scroll',
      role: 'region',
      tabIndex: '0',
      'aria-label': '표: 층 · 하는 일 · maxSurge',
    });
    expect(wrapper.children[0]!.type).toBe('table');
  });

  it('wraps tables inside other blocks too, each once', () => {
    const tree = run('> | a | b |\n> | - | - |\n> | 1 | 2 |\n\n| c |\n| - |\n| 3 |\n');
    const quote = tree.children[0] as unknown as {children: MdxJsxFlowElement[]};
    expect(quote.children[0]!.name).toBe('div');
    const second = tree.children[1] as MdxJsxFlowElement;
    expect(second.children).toHaveLength(1);
    expect((second.children[0] as {type: string}).type).toBe('table');
  });

  it('shortens a long label', () => {
    const header = Array.from({length: 12}, (_, index) => `열이름${index}`).join(' | ');
    const tree = run(`| ${header} |\n|${' - |'.repeat(12)}\n`);
    const label = (tree.children[0] as MdxJsxFlowElement).attributes.find((attr) => (attr as {name: string}).name === 'aria-label')!.value as string;
    expect(label.endsWith('…')).toBe(true);
    expect(label.length).toBeLessThanOrEqual(66);
  });
});
