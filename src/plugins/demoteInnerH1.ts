import type {Root, RootContent} from 'mdast';
import {visit} from 'unist-util-visit';

/**
 * Only an H1 that opens the article is its title. Authors sometimes put a `#`
 * heading in the middle of an article; Docusaurus would take the first H1 it
 * meets as the page title and drop the real one. Such inner H1s become H2, so
 * they read as sections and appear in the table of contents.
 */
const isPreamble = (node: RootContent) => node.type === 'yaml' || node.type === 'mdxjsEsm';

export default function demoteInnerH1() {
  return (tree: Root) => {
    const opening = tree.children.find((node) => !isPreamble(node));
    visit(tree, 'heading', (node) => {
      if (node.depth === 1 && node !== opening) node.depth = 2;
    });
  };
}
