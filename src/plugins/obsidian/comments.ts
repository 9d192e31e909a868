import type {Nodes, Parents, Root, Text} from 'mdast';
import type {VFile} from 'vfile';
import {isOpaque, matchesOutsideMath, pointIn, reportProblem, sourceOf} from './text';

/**
 * Obsidian comments: `%%메모%%` inside a line and
 *
 *     %%
 *     여러 줄, 여러 문단, 코드 블록까지
 *     %%
 *
 * never reach the page. The parser sees `%%` as text, so the plugin pairs the
 * `%%` marks found in text nodes (in document order, outside code and math)
 * and deletes everything between the two marks of a pair, across paragraphs,
 * lists and code blocks alike. An unpaired `%%` is left visible and reported
 * (Obsidian would hide the rest of the note).
 */

interface Mark {
  /** Child indexes from the root down to the text node. */
  path: number[];
  offset: number;
  /** The text node the mark is in. */
  text?: Text;
}

function findMarks(tree: Root): Array<Mark & {node: Text}> {
  const marks: Array<Mark & {node: Text}> = [];
  const walk = (node: Parents, path: number[]) => {
    node.children.forEach((child: Nodes, index) => {
      if (isOpaque(child)) return;
      if (child.type === 'text') {
        for (const match of matchesOutsideMath(child.value, /%%/g)) marks.push({path: [...path, index], offset: match.index, node: child});
      } else if ('children' in child) {
        walk(child, [...path, index]);
      }
    });
  };
  walk(tree, []);
  return marks;
}

const within = (mark: Mark | undefined): Mark | undefined => (mark ? {...mark, path: mark.path.slice(1)} : undefined);

/**
 * Deletes from `start` (or the node's beginning) to `end` (or its end).
 * Returns true when nothing is left of the node.
 */
function cut(node: Nodes, start: Mark | undefined, end: Mark | undefined): boolean {
  if (!start && !end) return true;
  if (node.type === 'text') {
    const from = start?.offset ?? 0;
    const to = end?.offset ?? node.value.length;
    node.value = node.value.slice(0, from) + node.value.slice(to);
    return node.value === '';
  }
  if (!('children' in node)) return false;
  const children: Nodes[] = node.children;
  const first = start ? start.path[0]! : 0;
  const last = end ? end.path[0]! : children.length - 1;
  const gone = new Set<number>();
  let hoisted: Nodes | undefined;
  if (first === last) {
    if (cut(children[first]!, within(start), within(end))) gone.add(first);
  } else {
    if (cut(children[first]!, within(start), undefined)) gone.add(first);
    for (let index = first + 1; index < last; index += 1) gone.add(index);
    if (cut(children[last]!, undefined, within(end))) gone.add(last);
    else {
      const lifted = hoistLeadingParagraph(children[last]!, end?.text);
      hoisted = lifted?.paragraph;
      if (lifted?.emptied) gone.add(last);
    }
  }
  (node as Parents).children = children.flatMap((child, index) => [
    ...(hoisted && index === last ? [hoisted] : []),
    ...(gone.has(index) ? [] : [child]),
  ]) as Parents['children'];
  if (node.type === 'paragraph' || node.type === 'heading') tidyEdges(node);
  return node.type !== 'root' && node.children.length === 0;
}

const CONTAINERS = new Set(['list', 'listItem', 'blockquote', 'containerDirective', 'mdxJsxFlowElement', 'footnoteDefinition']);

/**
 * A comment block that holds a list or a quote ends inside it for the
 * parser: the lines after the closing `%%` are lazy continuation lines of the
 * last item. Obsidian reads them as a paragraph of their own (the comment is
 * gone before it parses), so the paragraph that held the closing mark moves
 * out of the containers that were opened inside the comment.
 */
function hoistLeadingParagraph(node: Nodes, endText: Text | undefined): {paragraph: Nodes; emptied: boolean} | undefined {
  if (!CONTAINERS.has(node.type) || !endText) return undefined;
  const chain: Parents[] = [];
  let current: Nodes = node;
  while (CONTAINERS.has(current.type) && 'children' in current && current.children.length > 0) {
    chain.push(current);
    current = current.children[0]!;
  }
  // Only the paragraph the closing mark was in (if anything of it is left), not a later item.
  if (current.type !== 'paragraph' || chain.length === 0 || !current.children.includes(endText)) return undefined;
  chain.at(-1)!.children.shift();
  for (let level = chain.length - 1; level > 0; level -= 1) {
    if (chain[level]!.children.length === 0) chain[level - 1]!.children.shift();
  }
  return {paragraph: current, emptied: chain[0]!.children.length === 0};
}

/** A paragraph that lost its beginning or end to a comment starts and ends without blank space. */
function tidyEdges(node: Parents): void {
  const first = node.children[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
  const last = node.children.at(-1);
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
  node.children = node.children.filter((child) => child.type !== 'text' || child.value !== '') as Parents['children'];
}

export default function obsidianComments() {
  return (tree: Root, file?: VFile) => {
    const marks = findMarks(tree);
    if (marks.length === 0) return;
    if (marks.length % 2 === 1) {
      const open = marks.pop()!;
      const point = pointIn(open.node, open.offset, sourceOf(file));
      reportProblem(tree, {
        line: point?.line ?? 1,
        column: point?.column ?? 1,
        severity: 'error',
        message: '%% 주석이 닫히지 않았습니다. Obsidian에서는 여기부터 글 끝까지 숨겨지지만 사이트에는 그대로 보입니다. 주석이 끝나는 곳에 %% 를 넣거나, 글자로 쓰려던 것이면 `%%` 처럼 인라인 코드로 감싸세요.',
      });
    }
    // Last pair first: cutting a later range never moves an earlier mark.
    for (let pair = marks.length - 2; pair >= 0; pair -= 2) {
      const start = marks[pair]!;
      const end = marks[pair + 1]!;
      cut(tree, {path: start.path, offset: start.offset}, {path: end.path, offset: end.offset + 2, text: end.node});
    }
  };
}
