import React, {type ReactNode} from 'react';
import CompleteButton from '@site/src/components/LearningProgress/CompleteButton';
import Feedback from '@site/src/components/Feedback';

type Props = {docId: string; title: string; permalink: string};

/** What every article ends with: the 완료 button, then "이 글이 도움이 되었나요?". */
export default function ArticleEnd({docId, title, permalink}: Props): ReactNode {
  return (
    <>
      <CompleteButton docId={docId} />
      <Feedback title={title} permalink={permalink} />
    </>
  );
}
