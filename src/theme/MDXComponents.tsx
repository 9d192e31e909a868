import MDXComponents from '@theme-original/MDXComponents';
import Term from '@site/src/components/Term';

/**
 * Components every article may use without an import. The original set
 * (headings, code, admonitions…) stays as it is; we only add to it.
 */
export default {
  ...MDXComponents,
  Term,
};
