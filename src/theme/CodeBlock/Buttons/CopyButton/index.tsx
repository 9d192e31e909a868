import React, {type ReactNode} from 'react';
import CopyButton from '@theme-original/CodeBlock/Buttons/CopyButton';
import type CopyButtonType from '@theme/CodeBlock/Buttons/CopyButton';
import type {WrapperProps} from '@docusaurus/types';
import DownloadButton from '@site/src/components/CodeDownload';

type Props = WrapperProps<typeof CopyButtonType>;

/**
 * Code block buttons: the "다운로드" button (only for blocks titled like a
 * file, e.g. deployment.yaml) sits in the same group, just before copy.
 */
export default function CopyButtonWrapper(props: Props): ReactNode {
  return (
    <>
      <DownloadButton />
      <CopyButton {...props} />
    </>
  );
}
