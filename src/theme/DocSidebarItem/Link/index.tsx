import React, {type ReactNode} from 'react';
import Link from '@theme-original/DocSidebarItem/Link';
import type LinkType from '@theme/DocSidebarItem/Link';
import type {WrapperProps} from '@docusaurus/types';
import {DoneMark} from '@site/src/components/LearningProgress';
import {WithLearningProgress} from '@site/src/components/LearningProgress/stored';
import styles from './styles.module.css';

type Props = WrapperProps<typeof LinkType>;

/** A finished article gets a ✓ (read out as "완료") at the end of its sidebar row. */
export default function LinkWrapper(props: Props): ReactNode {
  const {item} = props;
  return (
    <WithLearningProgress>
      {(progress) => {
        if (!item.docId || !progress?.isDone(item.docId)) return <Link {...props} />;
        // The original renders `label` as the link's content; a node is fine there.
        const label = (
          <>
            {item.label}
            <DoneMark className={styles.mark} />
          </>
        ) as unknown as string;
        return <Link {...props} item={{...item, label, className: [item.className, styles.done].filter(Boolean).join(' ')}} />;
      }}
    </WithLearningProgress>
  );
}
