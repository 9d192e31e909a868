import type {BlockContent, DefinitionContent, ListItem, Nodes, Parents, PhrasingContent, Root} from 'mdast';
import type {ContainerDirective} from 'mdast-util-directive';
import type {Point} from 'unist';
import {QUIZ_DIRECTIVE} from '../../config/admonitions';
import {splitFirstLine, trimEdges} from '../obsidian/callouts';

/**
 * A knowledge check as authors write it, in either form:
 *
 *     :::quiz 질문                      > [!quiz] 질문
 *     - [ ] 틀린 답                     > - [ ] 틀린 답
 *       왜 틀렸는지                     >   왜 틀렸는지
 *     - [x] 맞는 답                     > - [x] 맞는 답
 *       왜 맞는지                       >   왜 맞는지
 *     :::
 *
 * The callout is already a `quiz` container directive when this runs
 * (src/plugins/obsidian/callouts.ts), so both forms are read here, by one
 * function that the checker (rules/quizzes.ts) and the build (./index.ts) share.
 */

export interface QuizChoice {
  /** The task item's first line. */
  text: PhrasingContent[];
  correct: boolean;
  /** Everything under the first line: why this choice is right or wrong. */
  explanation: Array<BlockContent | DefinitionContent>;
}

export interface Quiz {
  question: PhrasingContent[];
  choices: QuizChoice[];
  /** More than one correct choice: the reader picks all of them. */
  multiple: boolean;
}

export interface QuizProblem {
  line: number;
  column: number;
  message: string;
}

export type QuizReading = {quiz: Quiz; problems: []} | {quiz?: undefined; problems: QuizProblem[]};

const EXAMPLE = '예: ":::quiz 질문" 다음 줄부터 "- [ ] 틀린 답", "- [x] 맞는 답", 각 보기 아래에 두 칸 들여 쓴 풀이, 끝에 ":::".';

export function isQuiz(node: Nodes): node is ContainerDirective {
  return node.type === 'containerDirective' && node.name === QUIZ_DIRECTIVE;
}

function at(point: Point | undefined, fallback: Point | undefined): {line: number; column: number} {
  const where = point ?? fallback;
  return {line: where?.line ?? 1, column: where?.column ?? 1};
}

function hasText(nodes: Nodes[]): boolean {
  return nodes.some((node) => (node.type === 'text' ? node.value.trim() !== '' : node.type !== 'break'));
}

function readChoice(item: ListItem, report: (message: string, point?: Point) => void): QuizChoice | undefined {
  if (typeof item.checked !== 'boolean') {
    report('확인 문제의 보기는 - [ ] (오답) 또는 - [x] (정답) 로 시작해야 합니다.', item.position?.start);
    return undefined;
  }
  const [first, ...others] = item.children;
  if (first?.type !== 'paragraph') {
    report('보기 - [ ] 뒤 같은 줄에 보기 글을 쓰세요.', item.position?.start);
    return undefined;
  }
  const {title, rest} = splitFirstLine(first.children);
  const text = trimEdges(title);
  const restLine = trimEdges(rest);
  const explanation: QuizChoice['explanation'] = [...(restLine.length ? [{type: 'paragraph' as const, children: restLine}] : []), ...others];
  if (!hasText(text)) report('보기 - [ ] 뒤 같은 줄에 보기 글을 쓰세요.', item.position?.start);
  if (explanation.length === 0) {
    report(
      `보기에 풀이가 없습니다. 보기 다음 줄에 두 칸 들여 써서 ${item.checked ? '왜 맞는지' : '왜 틀렸는지'} 설명하세요.`,
      item.position?.start,
    );
  }
  return {text, correct: item.checked, explanation};
}

/** The quiz in a `quiz` directive, or what keeps it from being one (in the tree's coordinates). */
export function readQuiz(node: ContainerDirective): QuizReading {
  const problems: QuizProblem[] = [];
  const start = node.position?.start;
  const report = (message: string, point?: Point) => problems.push({...at(point, start), message});
  const [label, ...body] = node.children;
  const hasLabel = label?.type === 'paragraph' && Boolean(label.data?.directiveLabel);
  const question = hasLabel ? trimEdges(label.children) : [];
  if (!hasText(question)) report(`확인 문제에 질문이 없습니다. 여는 줄에 :::quiz 질문 처럼 질문을 쓰세요. ${EXAMPLE}`);
  const content = hasLabel ? body : node.children;
  const lists = content.filter((child) => child.type === 'list');
  const others = content.filter((child) => child.type !== 'list');
  for (const other of others) {
    report(`확인 문제 안에는 - [ ] / - [x] 보기 목록만 쓸 수 있습니다. 설명은 보기 아래에 들여 쓰세요. ${EXAMPLE}`, other.position?.start);
  }
  if (lists.length !== 1) {
    const message =
      lists.length === 0
        ? `확인 문제에 보기 목록이 없습니다. ${EXAMPLE}`
        : '보기 목록이 둘로 나뉘었습니다. 보기 사이의 빈 줄이나 다른 글을 지워 한 목록으로 쓰세요.';
    report(message, lists[1]?.position?.start);
    return {problems};
  }
  const list = lists[0]!;
  if (list.ordered) {
    report('보기는 번호 목록(1.)이 아니라 - [ ] (오답) / - [x] (정답) 목록으로 씁니다.', list.position?.start);
    return {problems};
  }
  const choices = list.children.flatMap((item) => readChoice(item, report) ?? []);
  if (list.children.length < 2) report('확인 문제에는 보기가 두 개 이상 있어야 합니다.', list.position?.start);
  if (choices.length === list.children.length && !choices.some((choice) => choice.correct)) {
    report('정답 보기가 없습니다. 맞는 보기를 - [x] 로 표시하세요.', list.position?.start);
  }
  if (problems.length > 0) return {problems};
  return {quiz: {question, choices, multiple: choices.filter((choice) => choice.correct).length > 1}, problems: []};
}

export interface FoundQuiz {
  node: ContainerDirective;
  parent: Parents;
  index: number;
  reading: QuizReading;
}

/** Every quiz in an article, in reading order. */
export function findQuizzes(tree: Root): FoundQuiz[] {
  const found: FoundQuiz[] = [];
  const walk = (parent: Parents, insideQuiz: boolean) => {
    parent.children.forEach((node: Nodes, index) => {
      if (isQuiz(node)) {
        const nested: QuizReading = {problems: [{...at(node.position?.start, undefined), message: '확인 문제 안에 확인 문제를 넣을 수 없습니다. 따로 떼어 쓰세요.'}]};
        found.push({node, parent, index, reading: insideQuiz ? nested : readQuiz(node)});
      }
      if ('children' in node) walk(node, insideQuiz || isQuiz(node));
    });
  };
  walk(tree, false);
  return found;
}

/** What the checker and the build report: every problem of every quiz, in order. */
export function quizProblems(tree: Root): QuizProblem[] {
  return findQuizzes(tree).flatMap((found) => found.reading.problems);
}
