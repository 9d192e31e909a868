import type {Heading, Paragraph, Root} from 'mdast';
import {visit} from 'unist-util-visit';
import {toString} from 'mdast-util-to-string';

/**
 * Authors credit an image with a line such as `###### 출처 : [제목](https://…)`
 * right below it. It is a caption, not a section: it must not become a heading
 * or an entry in the table of contents. We turn it into a muted paragraph
 * (`p.source-caption`) and keep its link.
 */
export const SOURCE_LINE = /^\s*출처\s*[:：]/;

export default function sourceCaption() {
  return (tree: Root) => {
    visit(tree, 'heading', (node: Heading, index, parent) => {
      if (!parent || index === undefined || node.depth < 5) return;
      if (!SOURCE_LINE.test(toString(node))) return;
      const caption: Paragraph = {
        type: 'paragraph',
        children: node.children,
        position: node.position,
        data: {hProperties: {className: ['source-caption']}},
      };
      parent.children[index] = caption;
    });
  };
}
