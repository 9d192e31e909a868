import React, {type ReactNode} from 'react';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import Button from '@theme/CodeBlock/Buttons/Button';
import {downloadFileName} from './fileName';
import styles from './styles.module.css';

/**
 * "다운로드" beside the copy button, for blocks titled like a file
 * (deployment.yaml). What saves the file (./save.ts) is fetched on the first
 * click: most readers copy, few download.
 */
export default function DownloadButton({className}: {className?: string}): ReactNode {
  const {metadata} = useCodeBlockContext();
  const fileName = downloadFileName(metadata.title);
  if (!fileName) return null;
  return (
    <Button aria-label={`${fileName} 다운로드`} title={`${fileName} 다운로드`} className={className} onClick={() => void import('./save').then(({save}) => save(fileName, metadata.code))}>
      <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true">
        <path fill="currentColor" d="M11 4h2v8.17l3.59-3.58L18 10l-6 6-6-6 1.41-1.41L11 12.17V4Zm-6 14h14v2H5v-2Z" />
      </svg>
    </Button>
  );
}
