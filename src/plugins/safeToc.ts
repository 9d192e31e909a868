import type {Heading, Root} from 'mdast';
import type {MdxjsEsm} from 'mdast-util-mdx';
import type {Expression, ObjectExpression, Property} from 'estree';
import {visit} from 'unist-util-visit';
import {tocEntryHtml} from '../security/tocHtml';

/**
 * Rewrites the HTML of every entry in the page's `export const toc` with
 * src/security/tocHtml.ts, which escapes all of a heading's text.
 *
 * Why: Docusaurus' own toc plugin (a default remark plugin of
 * @docusaurus/mdx-loader, which runs before the docs plugin's
 * `remarkPlugins`) builds each entry as an HTML string that the theme
 * renders with dangerouslySetInnerHTML, and takes image alts, reference and
 * directive labels unescaped. We cannot replace that plugin without forking
 * Docusaurus, so this one, in `remarkPlugins`, runs after it and writes
 * each entry's `value` again from its heading (found by the entry's `id`).
 */

function property(object: ObjectExpression, name: string): Property | undefined {
  return object.properties.find(
    (item): item is Property =>
      item.type === 'Property' &&
      ((item.key.type === 'Identifier' && item.key.name === name) || (item.key.type === 'Literal' && item.key.value === name)),
  );
}

function tocArray(node: MdxjsEsm): Array<Expression | {type: string}> | undefined {
  const [statement] = node.data?.estree?.body ?? [];
  if (statement?.type !== 'ExportNamedDeclaration' || statement.declaration?.type !== 'VariableDeclaration') return undefined;
  const [declarator] = statement.declaration.declarations;
  if (declarator?.id.type !== 'Identifier' || declarator.id.name !== 'toc' || declarator.init?.type !== 'ArrayExpression') return undefined;
  return declarator.init.elements.filter((element) => element !== null);
}

export default function safeToc() {
  return (tree: Root) => {
    // Headings by id, in order (explicit `{#id}`s may repeat).
    const headings = new Map<string, Heading[]>();
    visit(tree, 'heading', (heading: Heading) => {
      const id = (heading.data as {id?: unknown} | undefined)?.id;
      if (typeof id === 'string') headings.set(id, [...(headings.get(id) ?? []), heading]);
    });
    for (const node of tree.children) {
      if (node.type !== 'mdxjsEsm') continue;
      for (const entry of tocArray(node) ?? []) {
        if (entry.type !== 'ObjectExpression') continue;
        const object = entry as ObjectExpression;
        const id = property(object, 'id')?.value;
        const value = property(object, 'value');
        const heading = id?.type === 'Literal' && typeof id.value === 'string' ? headings.get(id.value)?.shift() : undefined;
        // Fail closed: an entry we cannot trace to its heading would keep Docusaurus' HTML.
        if (!heading || !value) throw new Error('목차 항목을 제목과 맞출 수 없습니다 (src/plugins/safeToc.ts). 이 글의 제목을 확인하세요.');
        value.value = {type: 'Literal', value: tocEntryHtml(heading)};
      }
    }
  };
}
