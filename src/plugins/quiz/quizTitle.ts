import {admonitionTitleToDirectiveLabel} from '@docusaurus/utils';
import {QUIZ_DIRECTIVE} from '../../config/admonitions';

/**
 * `:::quiz 질문` → `:::quiz[질문]`: the same rewrite Docusaurus' mdx1Compat
 * applies to admonition titles, which only covers its admonition keywords
 * (quiz is not one). Runs in `markdown.preprocessor` and in the checker's
 * preprocess (src/content-check/parse.ts); no line moves.
 */
export function quizTitleToLabel(content: string): string {
  return admonitionTitleToDirectiveLabel(content, [QUIZ_DIRECTIVE]);
}
