import MDXComponents from '@theme-original/MDXComponents';
import Term from '@site/src/components/Term';
import {lazyIsland} from '@site/src/components/LazyIsland';
import {QuizChoice, QuizExplanation, QuizQuestion, QuizText} from '@site/src/components/Quiz/parts';

/**
 * Components every article may use without an import. The original set
 * (headings, code, admonitions…) stays as it is; we only add to it. Code
 * blocks load their code when reached (./MDXComponents/Code).
 */
export default {
  ...MDXComponents,
  Term,
  // Made only by src/plugins/quiz from `:::quiz`; an article cannot write them
  // (they are not among the unsafe-content rule's allowed components). A quiz
  // is server-rendered; its code comes when the reader nears it.
  Quiz: lazyIsland(() => import('@site/src/components/Quiz'), require.resolveWeak('@site/src/components/Quiz')),
  QuizQuestion,
  QuizChoice,
  QuizText,
  QuizExplanation,
};
