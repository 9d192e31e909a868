import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {usePluginData} from '@docusaurus/useGlobalData';
import type {CourseOutlineGlobalData} from '@site/src/plugins/courseOutline';
import {chapterProgress} from './progress';
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
