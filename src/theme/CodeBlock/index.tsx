import React, {type ReactNode} from 'react';
import CodeBlock from '@theme-original/CodeBlock';
import type CodeBlockType from '@theme/CodeBlock';
import type {WrapperProps} from '@docusaurus/types';
import {Prism} from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';
import {CodeBlockMetaContext} from '@site/src/components/ManifestCheck/codeBlockMeta';

// Our grammars (themeConfig.prism.additionalLanguages) join Prism where it is
// loaded, with the code block, not in a client module every page runs
// (src/plugins/prismWithCodeBlock).
prismIncludeLanguages(Prism);

type Props = WrapperProps<typeof CodeBlockType>;

/** Passes the fence's meta string down to the buttons ("검사기에서 열기" skips `not-k8s` blocks). */
export default function CodeBlockWrapper(props: Props): ReactNode {
  return (
    <CodeBlockMetaContext.Provider value={props.metastring}>
      <CodeBlock {...props} />
    </CodeBlockMetaContext.Provider>
  );
}
