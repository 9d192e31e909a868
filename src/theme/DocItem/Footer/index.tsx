import React, {type ReactNode} from 'react';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {lazyIsland} from '@site/src/components/LazyIsland';

type Props = WrapperProps<typeof FooterType>;

// Far below the first screen: its code comes when the reader gets there.
const ArticleEnd = lazyIsland(() => import('@site/src/components/ArticleEnd'), require.resolveWeak('@site/src/components/ArticleEnd'));

/**
 * Every article ends with the 완료 button (src/components/LearningProgress),
 * the "도움이 되었나요?" question (src/components/Feedback), then tags and edit link.
 */
export default function FooterWrapper(props: Props): ReactNode {
  const {metadata} = useDoc();
  return (
    <>
      <ArticleEnd docId={metadata.id} title={metadata.title} permalink={metadata.permalink} />
      <Footer {...props} />
    </>
  );
}
