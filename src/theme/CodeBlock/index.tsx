import React, {type ReactNode} from 'react';
import CodeBlock from '@theme-original/CodeBlock';
import type CodeBlockType from '@theme/CodeBlock';
import type {WrapperProps} from '@docusaurus/types';
import {CodeBlockMetaContext} from '@site/src/components/ManifestCheck/codeBlockMeta';

type Props = WrapperProps<typeof CodeBlockType>;

/** Passes the fence's meta string down to the buttons ("검사기에서 열기" skips `not-k8s` blocks). */
export default function CodeBlockWrapper(props: Props): ReactNode {
  return (
    <CodeBlockMetaContext.Provider value={props.metastring}>
      <CodeBlock {...props} />
    </CodeBlockMetaContext.Provider>
  );
}
