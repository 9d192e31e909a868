import React, {type ReactNode} from 'react';
import CopyButton from '@theme-original/CodeBlock/Buttons/CopyButton';
import type CopyButtonType from '@theme/CodeBlock/Buttons/CopyButton';
import type {WrapperProps} from '@docusaurus/types';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import DownloadButton from '@site/src/components/CodeDownload';
import OpenInChecker from '@site/src/components/ManifestCheck/OpenInChecker';
import {OUTPUT_TITLE} from '@site/src/commandOutput/commandOutput';

type Props = WrapperProps<typeof CopyButtonType>;

/**
 * Code block buttons: "검사기에서 열기" (Kubernetes manifests) and
 * "다운로드" (blocks titled like a file, e.g. deployment.yaml) sit in the
 * same group, just before copy.
 * Output blocks (```text title="출력") have no copy button: only commands are
 * meant to reach the reader's terminal, and the checker keeps prompts out of
 * command blocks (src/content-check/rules/commandOutput.ts).
 */
export default function CopyButtonWrapper(props: Props): ReactNode {
  const {metadata} = useCodeBlockContext();
  if (metadata.title === OUTPUT_TITLE) return null;
  return (
    <>
      <OpenInChecker />
      <DownloadButton />
      <CopyButton {...props} />
    </>
  );
}
