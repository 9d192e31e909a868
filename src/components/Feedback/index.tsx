import React, {useState, type ReactNode} from 'react';
import clsx from 'clsx';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {feedbackIssueUrl} from './issueUrl';
import styles from './styles.module.css';

type Props = {title: string; permalink: string};

/**
 * "이 글이 도움이 되었나요?" at the end of an article. 예 only thanks the
 * reader; 아니요 is a plain link to a pre-filled GitHub issue (works without
 * JavaScript). Nothing is recorded or sent by the site itself.
 */
export default function Feedback({title, permalink}: Props): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const repository = siteConfig.customFields?.repository as string;
  const [answer, setAnswer] = useState<'yes' | 'no'>();
  const issueUrl = feedbackIssueUrl(repository, {title, url: `${siteConfig.url}${permalink}`});
  return (
    <section className={styles.feedback} aria-labelledby="article-feedback">
      <h2 id="article-feedback" className={styles.question}>
        이 글이 도움이 되었나요?
      </h2>
      <div className={styles.answers}>
        <button type="button" className={clsx('button button--sm button--primary', answer !== 'yes' && 'button--outline')} aria-pressed={answer === 'yes'} onClick={() => setAnswer('yes')}>
          예
        </button>
        <a
          className={clsx('button button--sm button--secondary', answer !== 'no' && 'button--outline')}
          href={issueUrl}
          target="_blank"
          rel="noopener noreferrer"
          onClick={() => setAnswer('no')}>
          아니요<span className={styles.external}> (GitHub 이슈 열기, 새 창)</span>
        </a>
      </div>
      <p className={styles.thanks} role="status">
        {answer === 'yes' && '고맙습니다! 다음 글도 함께해요.'}
        {answer === 'no' && '새 창의 GitHub 이슈에 어떤 점이 아쉬웠는지 적어 주시면 글을 고치겠습니다.'}
      </p>
    </section>
  );
}
