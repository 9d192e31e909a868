import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {useLearningProgress} from './useLearningProgress';
import styles from './styles.module.css';

/** The toggle at the end of an article. */
export default function CompleteButton({docId}: {docId: string}): ReactNode {
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
