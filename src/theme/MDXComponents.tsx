import MDXComponents from '@theme-original/MDXComponents';
import Term from '@site/src/components/Term';
import Quiz, {QuizChoice, QuizExplanation, QuizQuestion, QuizText} from '@site/src/components/Quiz';

/**
 * Components every article may use without an import. The original set
 * (headings, code, admonitions…) stays as it is; we only add to it.
 */
export default {
  ...MDXComponents,
  Term,
  // Made only by src/plugins/quiz from `:::quiz`; an article cannot write them
  // (they are not among the unsafe-content rule's allowed components).
  Quiz,
  QuizQuestion,
  QuizChoice,
  QuizText,
  QuizExplanation,
};
