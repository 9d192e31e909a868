import React, {type ReactNode} from 'react';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {CompleteButton} from '@site/src/components/LearningProgress';

type Props = WrapperProps<typeof FooterType>;

/** Every article ends with the 완료 button (src/components/LearningProgress), then tags and edit link. */
export default function FooterWrapper(props: Props): ReactNode {
  const {metadata} = useDoc();
  return (
    <>
      <CompleteButton docId={metadata.id} />
      <Footer {...props} />
    </>
  );
}
