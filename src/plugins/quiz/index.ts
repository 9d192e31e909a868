import type {Root, RootContent} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {VFile} from 'vfile';
import {fileLabel} from '../fileLabel';
import {findQuizzes, type Quiz} from './parseQuiz';

/**
 * Turns every `:::quiz` (and `> [!quiz]`, already a `quiz` directive) into the
 * Quiz component (src/components/Quiz/), or fails the build with the
 * checker's message (rules/quizzes.ts reads the same `findQuizzes`).
 *
 * Goes in the docs plugin's `remarkPlugins`, i.e. after rejectUnsafeContent
 * has checked the article as written: the <Quiz …> elements made here are not
 * in the unsafe-content rule's allowed components, so an author who writes
 * `<Quiz>` or `<QuizChoice correct="true">` by hand is still rejected, and the
 * only way to get one is the quiz syntax, whose content (question, choices,
 * explanations) that rule has already seen. Every attribute is a plain string.
 */

export const QUIZ_PARTS = {
  quiz: 'Quiz',
  question: 'QuizQuestion',
  choice: 'QuizChoice',
  text: 'QuizText',
  explanation: 'QuizExplanation',
} as const;

function element(name: string, children: unknown[], attributes: MdxJsxAttribute[] = []): MdxJsxFlowElement {
  return {type: 'mdxJsxFlowElement', name, attributes, children: children as MdxJsxFlowElement['children']};
}

function attribute(name: string, value: string): MdxJsxAttribute {
  return {type: 'mdxJsxAttribute', name, value};
}

/** The component tree for one quiz; `number` is its place in the article (1, 2, …), part of its progress id. */
export function quizElement(quiz: Quiz, number: number): MdxJsxFlowElement {
  const attributes = [attribute('number', String(number))];
  if (quiz.multiple) attributes.push(attribute('multiple', 'true'));
  return element(
    QUIZ_PARTS.quiz,
    [
      element(QUIZ_PARTS.question, quiz.question),
      ...quiz.choices.map((choice) =>
        element(
          QUIZ_PARTS.choice,
          [element(QUIZ_PARTS.text, choice.text), element(QUIZ_PARTS.explanation, choice.explanation)],
          choice.correct ? [attribute('correct', 'true')] : [],
        ),
      ),
    ],
    attributes,
  );
}

export default function remarkQuiz() {
  return (tree: Root, file: VFile) => {
    const found = findQuizzes(tree);
    const problems = found.flatMap((quiz) => quiz.reading.problems);
    if (problems.length > 0) {
      const where = fileLabel(file, file.cwd);
      throw new Error(problems.map(({line, column, message}) => `${where}:${line}:${column}  ${message}`).join('\n'));
    }
    found.forEach(({parent, index, reading}, position) => {
      if (!reading.quiz) return;
      const replacement = quizElement(reading.quiz, position + 1);
      replacement.position = parent.children[index]!.position;
      (parent.children as RootContent[])[index] = replacement;
    });
  };
}
