import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Layout from '@theme-original/CodeBlock/Layout';
import type LayoutType from '@theme/CodeBlock/Layout';
import type {WrapperProps} from '@docusaurus/types';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import {OUTPUT_TITLE} from '@site/src/commandOutput/commandOutput';
import styles from './styles.module.css';

type Props = WrapperProps<typeof LayoutType>;

/**
 * An output block (```text title="출력", src/commandOutput) looks like a
 * terminal's answer, not like something to type: no code background, a
 * side bar, muted text, and its "출력" title as a label.
 */
export default function LayoutWrapper(props: Props): ReactNode {
  const {metadata} = useCodeBlockContext();
  return <Layout {...props} className={clsx(props.className, metadata.title === OUTPUT_TITLE && styles.output)} />;
}
