import {parseMarkdown} from '../../content-check/parse';
import {findQuizzes} from './parseQuiz';

/** How many knowledge checks an article holds, read as the checker reads it (both forms). */
export function countQuizzes(markdown: string): number {
  const {tree} = parseMarkdown(markdown);
  return tree ? findQuizzes(tree).length : 0;
}
