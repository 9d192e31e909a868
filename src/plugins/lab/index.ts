import type {Root, RootContent} from 'mdast';
import type {VFile} from 'vfile';
import {fileLabel} from '../fileLabel';
import {findLabDirectives} from './directive';
import {labNodes} from './labBlock';

/**
 * Renders every `::lab{chapter="N"}` line as that chapter's "이 장의 실습
 * 환경" block (src/data/lab.ts is its one definition), or fails the build
 * with the checker's message (src/content-check/rules/lab.ts).
 *
 * Runs after rejectUnsafeContentAfterTransforms: the block is the site's own
 * Markdown, not the author's, and holds nothing that rule rejects. It runs
 * before Docusaurus' default plugins, so the block's heading gets its anchor
 * and TOC entry and its `.md` link is resolved like any other.
 */
export default function remarkLab() {
  return (tree: Root, file: VFile) => {
    const found = findLabDirectives(tree, file.path);
    const problems = found.flatMap((directive) => (directive.problem ? [directive.problem] : []));
    if (problems.length > 0) {
      const where = fileLabel(file, file.cwd);
      throw new Error(problems.map(({line, column, message}) => `${where}:${line}:${column}  ${message}`).join('\n'));
    }
    // Back to front, so the indexes of earlier directives stay right.
    for (const {parent, index, chapter} of [...found].reverse()) {
      (parent.children as RootContent[]).splice(index, 1, ...labNodes(chapter!));
    }
  };
}
