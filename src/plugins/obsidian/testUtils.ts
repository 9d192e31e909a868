import {readFileSync} from 'node:fs';
import type {Nodes, Root} from 'mdast';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import {visit} from 'unist-util-visit';
import {VFile} from 'vfile';

/** Test helper: parses like the site (MDX, directives, GFM) and runs the given transforms. */
export function transform(markdown: string, ...plugins: Array<() => (tree: Root, file?: VFile) => void>): Root {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).use(remarkDirective).use(remarkGfm).parse(markdown);
  const file = new VFile({value: markdown});
  for (const plugin of plugins) plugin()(tree, file);
  return tree;
}

export const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

/** Every node of a type, in document order. */
export function all<T extends Nodes['type']>(tree: Root, type: T): Array<Extract<Nodes, {type: T}>> {
  const found: Array<Extract<Nodes, {type: T}>> = [];
  visit(tree, type, (node) => {
    found.push(node as Extract<Nodes, {type: T}>);
  });
  return found;
}

/** The tree without positions, for comparing shapes. */
export function shape(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, inner) => (key === 'position' ? undefined : inner)));
}
