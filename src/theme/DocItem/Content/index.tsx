import React, {type ReactNode} from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {usePluginData} from '@docusaurus/useGlobalData';
import {readingTimeLabel} from '@site/src/readingTime/readingTime';
import type {CourseOutlineGlobalData} from '@site/src/plugins/courseOutline';
import styles from './styles.module.css';

type Props = WrapperProps<typeof ContentType>;

/**
 * Marks the article (its title and body) as the only text the search index
 * reads: the navbar, sidebar, breadcrumbs, table of contents, pagination and
 * footer stay out, and pages without it (home, 404) are not indexed at all.
 * Above it, every article names the version baseline its outputs were
 * checked on (src/data/courseVersions.ts), after its reading time computed
 * at build time (src/readingTime), outside the indexed text.
 */
export default function ContentWrapper(props: Props): ReactNode {
  const {metadata} = useDoc();
  const {readingMinutes, baselineLabel} = usePluginData('course-outline') as CourseOutlineGlobalData;
  const minutes = readingMinutes[metadata.id];
  return (
    <>
      <p className={styles.baseline}>
        {minutes !== undefined && <span data-reading-time={minutes}>읽는 시간 {readingTimeLabel(minutes)} · </span>}
        {baselineLabel}
      </p>
      <div data-pagefind-body="">
        <Content {...props} />
      </div>
    </>
  );
}
