import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type {CourseOutline} from '@site/src/plugins/courseOutline/outline';
import {courseProgress} from './progress';
import {useLearningProgress} from './useLearningProgress';
import styles from './styles.module.css';

/** The reader's way through the course, on the home page. Rendered after mount only. */
export default function CourseProgress({outline}: {outline: CourseOutline}): ReactNode {
  const isBrowser = useIsBrowser();
  const {done} = useLearningProgress();
  if (!isBrowser) return <div className={styles.progressSlot} />;
  const {total, completed, percent, next} = courseProgress(outline, done);
  if (total === 0) return null;
  const summary = `${total}개 중 ${completed}개 완료`;
  return (
    <section className={clsx(styles.progressSlot, styles.progress)} aria-labelledby="learning-progress">
      <div className={styles.progressHead}>
        <h2 id="learning-progress" className={styles.progressTitle}>
          내 학습 진도
        </h2>
        <span className={styles.progressSummary}>
          {summary} <span className={styles.percent}>({percent}%)</span>
        </span>
      </div>
      <div
        className={styles.bar}
        role="progressbar"
        aria-labelledby="learning-progress"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={completed}
        aria-valuetext={summary}>
        <div className={styles.barFill} style={{width: `${(completed / total) * 100}%`}} />
      </div>
      {completed === 0 ? (
        <p className={styles.progressNote}>글 끝의 완료 버튼을 누르면 여기에 진도가 쌓입니다. 기록은 이 브라우저에만 저장됩니다.</p>
      ) : next ? (
        <p className={styles.progressNote}>
          <Link className={clsx('button button--secondary', styles.resume)} to={next.permalink}>
            이어서 학습하기: {next.title}
          </Link>
        </p>
      ) : (
        <p className={styles.progressNote}>모든 글을 완료했습니다. 수고하셨습니다!</p>
      )}
    </section>
  );
}
