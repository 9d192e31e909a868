import type {Parent, Root, Table} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {toString} from 'mdast-util-to-string';
import {visit, SKIP} from 'unist-util-visit';

/**
 * A table wider than a phone scrolls sideways inside its own box. A box that
 * scrolls must be reachable from the keyboard (WCAG 2.1.1; axe's
 * scrollable-region-focusable), so every Markdown table is wrapped in
 *
 *   <div class="table-scroll" role="region" tabindex="0" aria-label="표: 층 · 하는 일 · 관리하는 것">
 *
 * which a keyboard user can focus and scroll with the arrow keys, and which a
 * screen reader announces by its column names. src/css/custom.css styles it.
 */
export const LABEL_MAX = 60;

export function tableLabel(table: Table): string {
  const header = table.children[0]?.children.map((cell) => toString(cell).trim()).filter(Boolean) ?? [];
  const label = header.join(' · ');
  return `표: ${label.length > LABEL_MAX ? `${label.slice(0, LABEL_MAX).trimEnd()}…` : label}`.trim();
}

export default function scrollableTables() {
  return (tree: Root) => {
    visit(tree, 'table', (table: Table, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return;
      const wrapper: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: 'div',
        attributes: [
          {type: 'mdxJsxAttribute', name: 'className', value: 'table-scroll'},
          {type: 'mdxJsxAttribute', name: 'role', value: 'region'},
          {type: 'mdxJsxAttribute', name: 'tabIndex', value: '0'},
          {type: 'mdxJsxAttribute', name: 'aria-label', value: tableLabel(table)},
        ],
        children: [table],
        position: table.position,
      };
      parent.children[index] = wrapper as (typeof parent.children)[number];
      return SKIP;
    });
  };
}
