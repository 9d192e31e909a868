import React, {type ReactNode} from 'react';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {CompleteButton} from '@site/src/components/LearningProgress';
import Feedback from '@site/src/components/Feedback';

type Props = WrapperProps<typeof FooterType>;

/**
 * Every article ends with the 완료 button (src/components/LearningProgress),
 * the "도움이 되었나요?" question (src/components/Feedback), then tags and edit link.
 */
export default function FooterWrapper(props: Props): ReactNode {
  const {metadata} = useDoc();
  return (
    <>
      <CompleteButton docId={metadata.id} />
      <Feedback title={metadata.title} permalink={metadata.permalink} />
      <Footer {...props} />
    </>
  );
}
