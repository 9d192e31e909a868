import {quizProblems} from '../../plugins/quiz/parseQuiz';
import type {Rule} from '../types';

/**
 * Knowledge checks (`:::quiz 질문` or `> [!quiz] 질문`, see
 * src/plugins/quiz/parseQuiz.ts): a question, one task list of choices, at
 * least one `[x]`, an explanation under every choice. The build runs the same
 * function (src/plugins/quiz/index.ts), so it fails on exactly these.
 */
export const quizzes: Rule = {
  name: 'quizzes',
  check(article) {
    if (!article.tree) return [];
    return quizProblems(article.tree).map(({line, column, message}) => ({...article.toSource({line, column}), severity: 'error' as const, message}));
  },
};
