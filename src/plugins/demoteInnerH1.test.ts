import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import {visit} from 'unist-util-visit';
import type {Heading, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import demoteInnerH1 from './demoteInnerH1';

function headings(name: string): string[] {
  const markdown = readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
  const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkDirective).use(demoteInnerH1);
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  const found: string[] = [];
  visit(tree, 'heading', (node: Heading) => {
    found.push(`h${node.depth} ${toString(node)}`);
  });
  return found;
}

describe('demoteInnerH1', () => {
  it('demotes an H1 in the middle of an article to a section heading', () => {
    expect(headings('inner-h1.md')).toEqual(['h2 컨테이너를 쓰기 전에', 'h2 하위 절']);
  });

  it('keeps the H1 that opens an article as its title', () => {
    expect(headings('leading-h1.md')).toEqual(['h1 파드 이야기', 'h2 두 번째 큰 제목']);
  });
});
