import type {Blockquote, Nodes, Paragraph, Parents, PhrasingContent, Root, RootContent, Text} from 'mdast';
import type {ContainerDirective} from 'mdast-util-directive';
import type {MdxJsxAttribute, MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {Position} from 'unist';
import type {VFile} from 'vfile';
import {QUIZ_DIRECTIVE} from '../../config/admonitions';
import {didYouMean} from '../../content-check/closest';
import {isOpaque, pointIn, reportProblem, sliceText, sourceOf} from './text';

/**
 * Obsidian callouts become the site's admonitions:
 *
 *     > [!warning] 제목          →  :::warning 제목
 *     > 본문                         본문
 *                                    :::
 *
 *     > [!tip]- 접힌 제목        →  <details className="callout-fold callout-fold--tip">
 *     > 본문                         <summary>접힌 제목</summary> … </details>
 *
 * `-` folds the callout (closed), `+` makes it foldable but open. The tree is
 * exactly what the converted form parses to (a container directive with a
 * label paragraph, or a `details` element with a `summary`), so Docusaurus'
 * admonitions plugin and our Admonition/Details components render both alike;
 * src/css/callouts.css colours a folded one as its admonition type.
 *
 *     > [!quiz] 질문              →  :::quiz 질문
 *     > - [ ] 보기 …                  - [ ] 보기 …
 *                                    :::
 *
 * A quiz is never folded (its answers are, by the Quiz component); src/plugins/quiz/ reads both forms.
 */

export type AdmonitionType = 'note' | 'tip' | 'info' | 'warning' | 'danger' | 'error';

/** Obsidian's callout types and aliases (lower case), and the admonition each becomes. */
export const CALLOUT_TYPES: Readonly<Record<string, AdmonitionType>> = {
  note: 'note',
  info: 'info',
  tip: 'tip',
  hint: 'tip',
  important: 'tip',
  warning: 'warning',
  caution: 'warning',
  attention: 'warning',
  danger: 'danger',
  error: 'error',
  abstract: 'info',
  summary: 'info',
  tldr: 'info',
  question: 'info',
  help: 'info',
  faq: 'info',
  todo: 'note',
  example: 'note',
  quote: 'note',
  cite: 'note',
  success: 'tip',
  check: 'tip',
  done: 'tip',
  failure: 'error',
  fail: 'error',
  missing: 'error',
  bug: 'error',
};

/** The admonitions' default titles (Docusaurus' Korean labels; `오류` is ours): a folded callout without a title shows it. */
export const DEFAULT_TITLES: Readonly<Record<AdmonitionType, string>> = {
  note: '노트',
  tip: '팁',
  info: '정보',
  warning: '경고',
  danger: '위험',
  error: '오류',
};

export const FOLD_CLASS = 'callout-fold';

export interface CalloutData {
  type: AdmonitionType | typeof QUIZ_DIRECTIVE;
  fold: '' | '-' | '+';
}

const OPENER = /^\[!([^\]\s]+)\]([+-]?)[ \t]*/;

/** Splits a paragraph's content into its first line and the rest (a callout's title, a quiz choice's text). */
export function splitFirstLine(children: PhrasingContent[], source?: string): {title: PhrasingContent[]; rest: PhrasingContent[]} {
  const title: PhrasingContent[] = [];
  for (let index = 0; index < children.length; index += 1) {
    const child = children[index]!;
    if (child.type === 'break') return {title, rest: children.slice(index + 1)};
    if (child.type === 'text' && child.value.includes('\n')) {
      const newline = child.value.indexOf('\n');
      if (newline > 0) title.push(sliceText(child, 0, newline, source));
      const after = child.value.slice(newline + 1);
      const rest = children.slice(index + 1);
      return {title, rest: after ? [sliceText(child, newline + 1, child.value.length, source), ...rest] : rest};
    }
    title.push(child);
  }
  return {title, rest: []};
}

export function trimEdges(nodes: PhrasingContent[]): PhrasingContent[] {
  const trimmed = [...nodes];
  const first = trimmed[0];
  if (first?.type === 'text') trimmed[0] = {...first, value: first.value.replace(/^\s+/, '')};
  const last = trimmed.at(-1);
  if (last?.type === 'text') trimmed[trimmed.length - 1] = {...last, value: last.value.replace(/\s+$/, '')};
  return trimmed.filter((node) => node.type !== 'text' || node.value !== '');
}

function spanOf(nodes: Nodes[]): Position | undefined {
  const start = nodes[0]?.position?.start;
  const end = nodes.at(-1)?.position?.end;
  return start && end ? {start, end} : undefined;
}

function paragraph(children: PhrasingContent[], extra: Partial<Paragraph> = {}): Paragraph {
  const position = spanOf(children);
  return {type: 'paragraph', children, ...(position && {position}), ...extra};
}

function attribute(name: string, value: string | null): MdxJsxAttribute {
  return {type: 'mdxJsxAttribute', name, value};
}

function toCallout(quote: Blockquote, report: (written: string, text: Text) => void, source?: string): RootContent | undefined {
  const [first, ...others] = quote.children;
  if (first?.type !== 'paragraph') return undefined;
  const lead = first.children[0];
  if (lead?.type !== 'text') return undefined;
  const opener = OPENER.exec(lead.value);
  if (!opener) return undefined;

  const written = opener[1]!;
  const isQuiz = written.toLowerCase() === QUIZ_DIRECTIVE;
  const mapped = isQuiz ? QUIZ_DIRECTIVE : CALLOUT_TYPES[written.toLowerCase()];
  if (!mapped) report(written, lead);
  const data: CalloutData = {type: mapped ?? 'note', fold: isQuiz ? '' : ((opener[2] ?? '') as CalloutData['fold'])};

  const afterOpener = opener[0].length;
  const leadRest: PhrasingContent[] = afterOpener < lead.value.length ? [sliceText(lead, afterOpener, lead.value.length, source)] : [];
  const {title: titleLine, rest} = splitFirstLine([...leadRest, ...first.children.slice(1)], source);
  const title = trimEdges(titleLine);
  const bodyLine = trimEdges(rest);
  const body: RootContent[] = [...(bodyLine.length ? [paragraph(bodyLine)] : []), ...others];

  if (data.fold && data.type !== QUIZ_DIRECTIVE) {
    const summaryTitle: PhrasingContent[] = title.length ? title : [{type: 'text', value: DEFAULT_TITLES[data.type]}];
    const summary: MdxJsxFlowElement = {
      type: 'mdxJsxFlowElement',
      name: 'summary',
      attributes: [],
      children: summaryTitle as MdxJsxFlowElement['children'],
      data: {_mdxExplicitJsx: true} as MdxJsxFlowElement['data'],
      ...(spanOf(title) && {position: spanOf(title)}),
    };
    const attributes = [attribute('className', `${FOLD_CLASS} ${FOLD_CLASS}--${data.type}`)];
    if (data.fold === '+') attributes.push(attribute('open', null));
    return {
      type: 'mdxJsxFlowElement',
      name: 'details',
      attributes,
      children: [summary, ...body] as MdxJsxFlowElement['children'],
      data: {_mdxExplicitJsx: true, obsidianCallout: data},
      ...(quote.position && {position: quote.position}),
    } as MdxJsxFlowElement;
  }

  const label: Paragraph[] = title.length ? [paragraph(title, {data: {directiveLabel: true}})] : [];
  const directive: ContainerDirective = {
    type: 'containerDirective',
    name: data.type,
    attributes: {},
    children: [...label, ...body] as ContainerDirective['children'],
    data: {obsidianCallout: data} as ContainerDirective['data'],
    ...(quote.position && {position: quote.position}),
  };
  return directive;
}

/** The callout data of a node this plugin made (a directive or a `details`), if any. */
export function calloutOf(node: Nodes): CalloutData | undefined {
  return (node.data as {obsidianCallout?: CalloutData} | undefined)?.obsidianCallout;
}

export default function obsidianCallouts() {
  return (tree: Root, file?: VFile) => {
    const source = sourceOf(file);
    const report = (written: string, text: Text) => {
      const point = pointIn(text, 2, source);
      const known = [...Object.keys(CALLOUT_TYPES), QUIZ_DIRECTIVE];
      reportProblem(tree, {
        line: point?.line ?? 1,
        column: point?.column ?? 1,
        severity: 'error',
        message: `알 수 없는 콜아웃 종류 [!${written}] 입니다${didYouMean(written.toLowerCase(), known, (type) => `[!${type}]`)}. 사이트에는 note 상자로 보입니다. 쓸 수 있는 종류: ${known.join(', ')}`,
      });
    };
    const transform = (parent: Parents) => {
      parent.children.forEach((child: Nodes, index) => {
        if (isOpaque(child) || !('children' in child)) return;
        transform(child);
        if (child.type !== 'blockquote') return;
        const callout = toCallout(child, report, source);
        if (callout) (parent.children as RootContent[])[index] = callout;
      });
    };
    transform(tree);
  };
}
