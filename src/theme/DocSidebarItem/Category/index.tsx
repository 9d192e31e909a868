import React, {type ReactNode} from 'react';
import Category from '@theme-original/DocSidebarItem/Category';
import type CategoryType from '@theme/DocSidebarItem/Category';
import type {WrapperProps} from '@docusaurus/types';
import type {PropSidebarItem} from '@docusaurus/plugin-content-docs';
import {ChapterProgressText} from '@site/src/components/LearningProgress';
import styles from './styles.module.css';

type Props = WrapperProps<typeof CategoryType>;

function docIdsIn(items: PropSidebarItem[]): string[] {
  return items.flatMap((item) => {
    if (item.type === 'category') return docIdsIn(item.items);
    return item.type === 'link' && item.docId ? [item.docId] : [];
  });
}

/**
 * A chapter in the sidebar, followed by the reader's progress in it (글 2/4
 * 완료 · 확인 문제 5/12 맞힘) once there is some. The line is a list item of its
 * own after the chapter's: the original renders the label inside a link and
 * reads it into the expand button's aria-label, so it cannot hold more than text.
 */
export default function CategoryWrapper(props: Props): ReactNode {
  const {item, level} = props;
  if (level !== 1) return <Category {...props} />;
  return (
    <>
      <Category {...props} />
      <li className={styles.progress}>
        <ChapterProgressText docIds={docIdsIn(item.items)} />
      </li>
    </>
  );
}
