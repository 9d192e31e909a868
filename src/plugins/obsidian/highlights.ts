import type {Nodes, Parents, PhrasingContent, Root, Text} from 'mdast';
import type {MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import type {VFile} from 'vfile';
import {eachParentBottomUp, matchesOutsideMath, sliceText, sourceOf} from './text';

/**
 * Obsidian highlights: `==중요한 문장==` → `<mark>중요한 문장</mark>`, the same
 * MDX element the converted form writes. A highlight may hold emphasis, code
 * or links (`==**굵게** 그리고 \`코드\`==`), so the `==` marks are paired
 * across the children of one paragraph (or heading, table cell…).
 *
 * Like `**`, a mark opens only before a non-space and closes only after one,
 * so `a == b` in prose stays as it is; `===` and longer runs never count.
 */

type Piece = {kind: 'node'; node: PhrasingContent} | {kind: 'mark'; text: Text; at: number; open: boolean; close: boolean};

const isSpace = (char: string | undefined) => char === undefined || /\s/.test(char);

function pieces(children: PhrasingContent[], source?: string): Piece[] {
  const out: Piece[] = [];
  for (const child of children) {
    if (child.type !== 'text') {
      out.push({kind: 'node', node: child});
      continue;
    }
    let from = 0;
    for (const match of matchesOutsideMath(child.value, /(?<!=)==(?!=)/g)) {
      if (match.index > from) out.push({kind: 'node', node: sliceText(child, from, match.index, source)});
      out.push({kind: 'mark', text: child, at: match.index, open: false, close: false});
      from = match.index + 2;
    }
    if (from === 0) out.push({kind: 'node', node: child});
    else if (from < child.value.length) out.push({kind: 'node', node: sliceText(child, from, child.value.length, source)});
  }
  // A mark next to another node (emphasis, code, a link) touches non-space.
  out.forEach((piece, index) => {
    if (piece.kind !== 'mark') return;
    const before = out[index - 1];
    const after = out[index + 1];
    const lastChar = before?.kind === 'node' ? (before.node.type === 'text' ? before.node.value.at(-1) : 'x') : undefined;
    const firstChar = after?.kind === 'node' ? (after.node.type === 'text' ? after.node.value[0] : 'x') : undefined;
    piece.open = !isSpace(firstChar);
    piece.close = !isSpace(lastChar);
  });
  return out;
}

function markElement(children: PhrasingContent[], open: Piece & {kind: 'mark'}, close: Piece & {kind: 'mark'}, source?: string): MdxJsxTextElement {
  const start = sliceText(open.text, open.at, open.at + 2, source).position?.start;
  const end = sliceText(close.text, close.at, close.at + 2, source).position?.end;
  return {
    type: 'mdxJsxTextElement',
    name: 'mark',
    attributes: [],
    children,
    data: {_mdxExplicitJsx: true} as MdxJsxTextElement['data'],
    ...(start && end && {position: {start, end}}),
  };
}

function highlight(parent: Parents, source?: string): void {
  const children = parent.children as Nodes[];
  if (!children.some((child) => child.type === 'text' && child.value.includes('=='))) return;
  const list = pieces(children as PhrasingContent[], source);
  const result: PhrasingContent[] = [];
  let openAt: number | undefined;
  const flush = (from: number, to: number, into: PhrasingContent[]) => {
    for (let index = from; index < to; index += 1) {
      const piece = list[index]!;
      into.push(piece.kind === 'node' ? piece.node : sliceText(piece.text, piece.at, piece.at + 2, source));
    }
  };
  let copied = 0;
  list.forEach((piece, index) => {
    if (piece.kind !== 'mark') return;
    if (openAt === undefined) {
      if (piece.open) openAt = index;
      return;
    }
    if (!piece.close || index === openAt + 1) return;
    flush(copied, openAt, result);
    const inner: PhrasingContent[] = [];
    flush(openAt + 1, index, inner);
    result.push(markElement(inner, list[openAt] as Piece & {kind: 'mark'}, piece, source));
    copied = index + 1;
    openAt = undefined;
  });
  if (copied === 0) return; // nothing paired: leave the original nodes
  flush(copied, list.length, result);
  parent.children = mergeTexts(result) as Parents['children'];
}

/** Rejoins the text pieces that ended up side by side (an unpaired `==` and its neighbours). */
function mergeTexts(nodes: PhrasingContent[]): PhrasingContent[] {
  const merged: PhrasingContent[] = [];
  for (const node of nodes) {
    const previous = merged.at(-1);
    if (node.type === 'text' && previous?.type === 'text') {
      const start = previous.position?.start;
      const end = node.position?.end;
      merged[merged.length - 1] = {type: 'text', value: previous.value + node.value, ...(start && end && {position: {start, end}})};
    } else {
      merged.push(node);
    }
  }
  return merged;
}

export default function obsidianHighlights() {
  return (tree: Root, file?: VFile) => {
    const source = sourceOf(file);
    eachParentBottomUp(tree, (parent) => highlight(parent, source));
  };
}
