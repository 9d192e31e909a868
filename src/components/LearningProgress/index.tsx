import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {usePluginData} from '@docusaurus/useGlobalData';
import type {CourseOutline} from '@site/src/plugins/courseOutline/outline';
import type {CourseOutlineGlobalData} from '@site/src/plugins/courseOutline';
import {chapterProgress, courseProgress} from './progress';
import {useLearningProgress} from './useLearningProgress';
import styles from './styles.module.css';

export {useLearningProgress} from './useLearningProgress';

/** The ✓ beside a finished article in the sidebar; read out as "완료". */
export function DoneMark({className}: {className?: string}): ReactNode {
  return (
    <span className={clsx(styles.doneMark, className)} role="img" aria-label="완료" title="완료">
      ✓
    </span>
  );
}

/** The toggle at the end of an article. */
export function CompleteButton({docId}: {docId: string}): ReactNode {
  const {isDone, setDone} = useLearningProgress();
  const done = isDone(docId);
  return (
    <div className={clsx(styles.complete, done && styles.completeDone)}>
      <p className={styles.completeText} aria-live="polite">
        {done ? '완료한 글입니다. 사이드바와 홈 화면에 진도가 표시됩니다.' : '이 글을 다 읽고 실습까지 마쳤다면 완료로 표시해 두세요.'}
      </p>
      <button
        type="button"
        aria-pressed={done}
        className={clsx('button', done ? styles.completeButtonDone : 'button--outline button--primary', styles.completeButton)}
        onClick={() => setDone(docId, !done)}>
        <span className={styles.box} aria-hidden="true">
          {done ? '✓' : ''}
        </span>
        완료
      </button>
    </div>
  );
}

/** The reader's way through the course, on the home page. Rendered after mount only. */
export function CourseProgress({outline}: {outline: CourseOutline}): ReactNode {
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

/**
 * One chapter's progress in words: "글 2/4 완료 · 확인 문제 5/12 맞힘". Rendered
 * after mount only (the server cannot know the reader's progress); nothing
 * while the reader has neither finished an article nor answered a question
 * right in the chapter, so an untouched course stays quiet.
 */
export function ChapterProgressText({docIds, className}: {docIds: string[]; className?: string}): ReactNode {
  const isBrowser = useIsBrowser();
  const {done, answers} = useLearningProgress();
  const {quizzes} = usePluginData('course-outline') as CourseOutlineGlobalData;
  if (!isBrowser) return null;
  const progress = chapterProgress(
    docIds.map((id) => ({id})),
    done,
    answers,
    quizzes,
  );
  if (progress.completed === 0 && progress.right === 0) return null;
  const parts = [`글 ${progress.completed}/${progress.articles} 완료`];
  if (progress.questions > 0) parts.push(`확인 문제 ${progress.right}/${progress.questions} 맞힘`);
  return <span className={clsx(styles.chapterProgress, className)}>{parts.join(' · ')}</span>;
}
