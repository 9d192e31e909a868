import type {Code} from 'mdast';

export interface CodeLine {
  /** 1-based line in the article's source. */
  line: number;
  text: string;
}

/**
 * The lines of a code block with the source line each came from. Articles
 * are MDX, where every code block is fenced (no indented code), so the
 * content starts one line below the node's fence line.
 */
export function codeLines(node: Code): CodeLine[] {
  const start = node.position?.start;
  if (!start) return [];
  return node.value.split('\n').map((text, index) => ({line: start.line + 1 + index, text}));
}
