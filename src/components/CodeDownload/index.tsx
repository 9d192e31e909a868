import React, {type ReactNode} from 'react';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import Button from '@theme/CodeBlock/Buttons/Button';
import {downloadFileName, fileContent, mimeType} from './fileName';
import styles from './styles.module.css';

function save(fileName: string, code: string): void {
  const url = URL.createObjectURL(new Blob([fileContent(code)], {type: mimeType(fileName)}));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "다운로드" beside the copy button, for blocks titled like a file (deployment.yaml). */
export default function DownloadButton({className}: {className?: string}): ReactNode {
  const {metadata} = useCodeBlockContext();
  const fileName = downloadFileName(metadata.title);
  if (!fileName) return null;
  return (
    <Button aria-label={`${fileName} 다운로드`} title={`${fileName} 다운로드`} className={className} onClick={() => save(fileName, metadata.code)}>
      <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true">
        <path fill="currentColor" d="M11 4h2v8.17l3.59-3.58L18 10l-6 6-6-6 1.41-1.41L11 12.17V4Zm-6 14h14v2H5v-2Z" />
      </svg>
    </Button>
  );
}
