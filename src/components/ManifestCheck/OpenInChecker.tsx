import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import {useCodeBlockMetastring} from './codeBlockMeta';
import {isCheckableManifest, MANIFEST_CHECK_PATH, manifestHash} from './manifestLink';
import styles from './OpenInChecker.module.css';

/**
 * "검사기에서 열기" beside a manifest's download and copy buttons: opens
 * /manifest-check with the block prefilled. Code block buttons render only in
 * the browser, so the fragment never enters an article's HTML.
 */
export default function OpenInChecker({className}: {className?: string}): ReactNode {
  const {metadata} = useCodeBlockContext();
  const metastring = useCodeBlockMetastring();
  if (!isCheckableManifest(metadata.language, metastring, metadata.code)) return null;
  return (
    <Link
      to={`${MANIFEST_CHECK_PATH}${manifestHash(metadata.code)}`}
      className={clsx('clean-btn', styles.link, className)}
      aria-label="검사기에서 열기"
      title="매니페스트 검사기에서 열기">
      <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true">
        <path fill="currentColor" d="M9 16.17 4.83 12l-1.42 1.41L9 19 21 7l-1.41-1.41L9 16.17Z" />
      </svg>
    </Link>
  );
}
