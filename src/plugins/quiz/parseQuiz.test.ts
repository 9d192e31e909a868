import type {Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {toString} from 'mdast-util-to-string';
import {describe, expect, it} from 'vitest';
import {VFile} from 'vfile';
import {parseMarkdown} from '../../content-check/parse';
import remarkQuiz from './index';
import {findQuizzes, type Quiz} from './parseQuiz';

const DIRECTIVE = `:::quiz 디플로이먼트가 만든 파드 하나를 지우면 어떻게 되나요?
- [ ] 아무 일도 일어나지 않습니다.
  레플리카셋은 개수를 계속 지켜봅니다.
- [x] 레플리카셋이 새 파드를 하나 만듭니다.
  의도한 개수와 실제 개수가 달라졌기 때문입니다.

  \`kubectl get pods\` 로 확인합니다.
:::
`;
const CALLOUT = DIRECTIVE.replace(':::quiz ', '[!quiz] ')
  .replace(/\n:::\n$/, '\n')
  .replace(/^/gm, '> ')
  .replace(/> $/gm, '>');

const treeOf = (markdown: string): Root => parseMarkdown(markdown).tree!;
const quizzesIn = (markdown: string): Quiz[] => findQuizzes(treeOf(markdown)).map((found) => found.reading.quiz!);
/** A quiz as plain text, for comparing the two forms. */
const plain = (quiz: Quiz) => ({
  question: toString({type: 'paragraph', children: quiz.question}),
  multiple: quiz.multiple,
  choices: quiz.choices.map((choice) => ({
    text: toString({type: 'paragraph', children: choice.text}),
    correct: choice.correct,
    explanation: choice.explanation.map((node) => toString(node)),
  })),
});

describe('readQuiz', () => {
  it('reads the question, each choice, whether it is correct and its explanation', () => {
    expect(quizzesIn(DIRECTIVE).map(plain)).toEqual([
      {
        question: '디플로이먼트가 만든 파드 하나를 지우면 어떻게 되나요?',
        multiple: false,
        choices: [
          {text: '아무 일도 일어나지 않습니다.', correct: false, explanation: ['레플리카셋은 개수를 계속 지켜봅니다.']},
          {
            text: '레플리카셋이 새 파드를 하나 만듭니다.',
            correct: true,
            explanation: ['의도한 개수와 실제 개수가 달라졌기 때문입니다.', 'kubectl get pods 로 확인합니다.'],
          },
        ],
      },
    ]);
  });

  it('reads the Obsidian callout into the same quiz', () => {
    expect(CALLOUT).toMatch(/^> \[!quiz\] /);
    expect(quizzesIn(CALLOUT).map(plain)).toEqual(quizzesIn(DIRECTIVE).map(plain));
  });

  it('marks a quiz with several correct choices as multiple', () => {
    const [quiz] = quizzesIn(':::quiz 고르세요\n- [x] 하나\n  까닭\n- [x] 둘\n  까닭\n- [ ] 셋\n  까닭\n:::\n');
    expect(quiz!.multiple).toBe(true);
    expect(quiz!.choices.map((choice) => choice.correct)).toEqual([true, true, false]);
  });
});

describe('remarkQuiz', () => {
  it('replaces each quiz with the Quiz component, numbered in reading order, string attributes only', () => {
    const tree = treeOf(`${DIRECTIVE}\n문단\n\n${CALLOUT}`);
    remarkQuiz()(tree, new VFile({path: '/site/docs/x.md', cwd: '/site'}));
    const quizzes = tree.children.filter((node): node is MdxJsxFlowElement => node.type === 'mdxJsxFlowElement');
    expect(quizzes.map((quiz) => quiz.name)).toEqual(['Quiz', 'Quiz']);
    expect(quizzes.map((quiz) => quiz.attributes.map((attribute) => [attribute.type === 'mdxJsxAttribute' && attribute.name, attribute.value]))).toEqual([
      [['number', '1']],
      [['number', '2']],
    ]);
    const [question, ...choices] = quizzes[0]!.children as MdxJsxFlowElement[];
    expect(question!.name).toBe('QuizQuestion');
    expect(choices.map((choice) => [choice.name, choice.attributes.length, (choice.children as MdxJsxFlowElement[]).map((part) => part.name)])).toEqual([
      ['QuizChoice', 0, ['QuizText', 'QuizExplanation']],
      ['QuizChoice', 1, ['QuizText', 'QuizExplanation']],
    ]);
  });

  it('fails the build with the checker\'s message, naming the file and line', () => {
    const tree = treeOf('# 제목\n\n:::quiz 질문\n- [ ] 하나\n  까닭\n- [ ] 둘\n  까닭\n:::\n');
    expect(() => remarkQuiz()(tree, new VFile({path: '/site/docs/04-workloads/pod.md', cwd: '/site'}))).toThrow(
      'docs/04-workloads/pod.md:4:1  정답 보기가 없습니다. 맞는 보기를 - [x] 로 표시하세요.',
    );
  });
});
