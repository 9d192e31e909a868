import type {Nodes, Parents} from 'mdast';
import type {ContainerDirective} from 'mdast-util-directive';
import {visit} from 'unist-util-visit';
import {BOX_TYPES} from '../../config/admonitions';
import {calloutOf} from '../../plugins/obsidian/callouts';
import {didYouMean} from '../closest';
import type {Finding, Rule} from '../types';

const KNOWN = new Set<string>(BOX_TYPES);
const TYPE_LIST = BOX_TYPES.join(', ');

// A `:::` line, possibly inside a blockquote or indented (list items).
const FENCE_LINE = /^((?:\s*>)*\s*)(:{3,})(.*)$/;
const CLOSER = /^(?:\s*>)*\s*:{3,}\s*$/;

interface Box {
  node: ContainerDirective;
  parent: Parents | undefined;
  startLine: number;
  /** The line of the `:::` that closed it; undefined when the parser ran to the end of its parent instead. */
  closeLine?: number;
  reported: boolean;
}

function unknownType(name: string): string {
  return `알 수 없는 상자 종류 :::${name} 입니다${didYouMean(name, BOX_TYPES, (type) => `:::${type}`)}. 쓸 수 있는 종류: ${TYPE_LIST}`;
}

function closingHint(box: Box): string {
  const {parent, node} = box;
  if (parent?.type === 'listItem') return '목록 안에서 연 상자는 닫는 ::: 도 여는 줄과 같은 칸만큼 들여 써야 합니다.';
  if (parent?.type === 'blockquote') return '인용문(>) 안에서 연 상자는 닫는 줄도 > ::: 로 써야 합니다.';
  if (parent?.type === 'containerDirective') {
    return `상자 안에 상자를 넣을 때는 바깥 상자를 ::::${(parent as ContainerDirective).name} … :::: 처럼 콜론을 더 많이 써서 여닫으세요.`;
  }
  return `닫는 ::: 앞에 빈 줄을 넣고, 여는 줄과 같은 들여쓰기로 쓰세요 (지금은 ${node.name} 상자가 그 전에 끝났습니다).`;
}

/**
 * Admonitions (`:::note 제목` … `:::`): known types only, every box closed,
 * and no `:::` line that the parser silently turned into text. The parser
 * does not see a `:::word` it cannot read as a directive, so the `:::` lines
 * themselves are read from the author's text (outside code blocks).
 */
export const admonitions: Rule = {
  name: 'admonitions',
  check(article) {
    const tree = article.tree;
    if (!tree) return [];
    const lines = article.sourceLines;
    const findings: Finding[] = [];
    const skipped = new Set<number>(); // lines of code blocks and frontmatter
    const boxes: Box[] = [];
    visit(tree, (node: Nodes, _index, parent: Parents | undefined) => {
      const position = node.position;
      if (!position) return;
      if (node.type === 'code' || node.type === 'yaml' || node.type === 'inlineCode') {
        for (let line = position.start.line; line <= position.end.line; line += 1) skipped.add(line);
      } else if (node.type === 'containerDirective' && !calloutOf(node)) {
        // (An Obsidian callout `> [!note]` has no `:::` lines; rules/obsidian.ts checks its type.)
        const endLine = position.end.line;
        const closed = endLine > position.start.line && position.end.column > 1 && CLOSER.test(lines[endLine - 1] ?? '');
        boxes.push({node, parent, startLine: position.start.line, closeLine: closed ? endLine : undefined, reported: false});
      }
    });
    const boxAt = new Map(boxes.map((box) => [box.startLine, box]));
    const closers = new Set(boxes.flatMap((box) => (box.closeLine ? [box.closeLine] : [])));
    const open: Box[] = []; // boxes the parser ended without their `:::`
    let unrecognizedOpeners = 0; // `:::tips 제목`, `::: note` …: their closing `:::` is not a second problem

    lines.forEach((text, index) => {
      const line = index + 1;
      const fence = skipped.has(line) ? null : FENCE_LINE.exec(text);
      if (!fence) return;
      const column = fence[1]!.length + 1;
      const rest = fence[3]!;
      const name = /^[A-Za-z][\w-]*/.exec(rest)?.[0];
      const box = boxAt.get(line);
      if (box) {
        if (!KNOWN.has(box.node.name)) findings.push({line, column, severity: 'error', message: unknownType(box.node.name)});
        if (box.closeLine === undefined) open.push(box);
        return;
      }
      if (closers.has(line)) return;
      if (name || rest.trim()) unrecognizedOpeners += 1;
      if (name && !KNOWN.has(name)) {
        findings.push({line, column, severity: 'error', message: unknownType(name)});
        return;
      }
      if (name) {
        findings.push({
          line,
          column,
          severity: 'error',
          message: `:::${name} 줄이 상자로 인식되지 않아 글자 그대로 보입니다. 종류 뒤에 한 칸 띄고 제목을 쓰고(:::${name} 제목), 제목에는 대괄호 [ ] 를 쓰지 마세요. 바로 위 줄이 문단이면 사이에 빈 줄을 넣으세요.`,
        });
        return;
      }
      if (/^\s+[A-Za-z]/.test(rest)) {
        const spaced = rest.trim().split(/\s+/)[0]!;
        findings.push({
          line,
          column,
          severity: 'error',
          message: `::: 와 상자 종류 사이에 공백이 있어 상자로 인식되지 않습니다. :::${spaced} 처럼 붙여 쓰세요.`,
        });
        return;
      }
      if (rest.trim()) {
        findings.push({
          line,
          column,
          severity: 'error',
          message: `::: 뒤의 "${rest.trim()}" 때문에 이 줄이 상자 줄로 인식되지 않습니다. 여는 줄은 :::note 제목, 닫는 줄은 ::: 만 쓰세요.`,
        });
        return;
      }
      const unclosed = open.pop();
      if (unclosed) {
        unclosed.reported = true;
        findings.push({
          line,
          column,
          severity: 'error',
          message: `이 ::: 줄이 ${unclosed.startLine}번째 줄에서 연 :::${unclosed.node.name} 상자를 닫지 못하고 글자로 보입니다. ${closingHint(unclosed)}`,
        });
      } else if (unrecognizedOpeners > 0) {
        unrecognizedOpeners -= 1;
      } else {
        findings.push({
          line,
          column,
          severity: 'error',
          message: '짝이 없는 ::: 줄이라 글자 그대로 보입니다. 필요 없으면 지우고, 상자를 닫으려던 것이면 여는 줄과 들여쓰기를 맞추세요.',
        });
      }
    });

    for (const box of boxes) {
      if (box.closeLine !== undefined || box.reported) continue;
      const {start} = box.node.position!;
      findings.push({
        ...article.toSource(start),
        severity: 'error',
        message: `:::${box.node.name} 상자가 닫히지 않았습니다. 상자 내용이 끝나는 곳에 ::: 한 줄을 넣으세요 (앞에 빈 줄을 두면 안전합니다).`,
      });
    }
    return findings;
  },
};
