import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {usePluginData} from '@docusaurus/useGlobalData';
import type {CourseOutlineGlobalData} from '@site/src/plugins/courseOutline';
import {WithLearningProgress} from './stored';
import styles from './styles.module.css';

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
  const {quizzes} = usePluginData('course-outline') as CourseOutlineGlobalData;
  return (
    <WithLearningProgress>
      {(progress, code) => {
        if (!progress || !code) return null;
        const chapter = code.chapterProgress(
          docIds.map((id) => ({id})),
          progress.done,
          progress.answers,
          quizzes,
        );
        if (chapter.completed === 0 && chapter.right === 0) return null;
        const parts = [`글 ${chapter.completed}/${chapter.articles} 완료`];
        if (chapter.questions > 0) parts.push(`확인 문제 ${chapter.right}/${chapter.questions} 맞힘`);
        return <span className={clsx(styles.chapterProgress, className)}>{parts.join(' · ')}</span>;
      }}
    </WithLearningProgress>
  );
}
