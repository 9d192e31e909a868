import {readFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import {countQuizzes} from '../quiz/countQuizzes';
import {readingMinutes} from '../../readingTime/readingTime';
import {BASELINE_LABEL} from '../../data/courseVersions';
import {buildOutline} from './outline';

/**
 * The plugin's global data, one number per article (doc id → number): its
 * reading time, shown above it (src/theme/DocItem/Content), and its knowledge
 * checks, for the sidebar's and home page's quiz progress; and the version
 * baseline every article names (src/data/courseVersions.ts, whose node image
 * list is for the checker and stays out of the browser).
 */
export type CourseOutlineGlobalData = {readingMinutes: Record<string, number>; quizzes: Record<string, number>; baselineLabel: string};

/**
 * Serves the home page with the course outline as a route module, so only the
 * home page loads it (global data would ship with every page). Reading times
 * and quiz counts are global data, small, because every article shows them.
 */
export default function courseOutline(options: {sidebarId: string}) {
  return (context: LoadContext): Plugin => ({
    name: 'course-outline',
    async allContentLoaded({allContent, actions}) {
      const docsContent = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
      const version = docsContent?.loadedVersions[0];
      if (!version) throw new Error('course-outline: 문서(docs) 플러그인을 찾을 수 없습니다.');
      const sidebar = version.sidebars[options.sidebarId];
      if (!sidebar) throw new Error(`course-outline: sidebars.ts 에 "${options.sidebarId}" 사이드바가 없습니다.`);
      // doc.source is the article's path from the site folder, as "@site/docs/…"; each is read once.
      const docs = await Promise.all(
        version.docs.map(async (doc) => {
          const text = await readFile(path.join(context.siteDir, doc.source.replace(/^@site\//, '')), 'utf8');
          return {...doc, readingMinutes: readingMinutes(text), quizzes: countQuizzes(text)};
        }),
      );
      actions.setGlobalData({
        readingMinutes: Object.fromEntries(docs.map((doc) => [doc.id, doc.readingMinutes])),
        quizzes: Object.fromEntries(docs.filter((doc) => doc.quizzes > 0).map((doc) => [doc.id, doc.quizzes])),
        baselineLabel: BASELINE_LABEL,
      } satisfies CourseOutlineGlobalData);
      const outline = buildOutline(sidebar as Parameters<typeof buildOutline>[0], docs);
      const outlinePath = await actions.createData('course-outline.json', JSON.stringify(outline));
      actions.addRoute({
        path: context.baseUrl,
        exact: true,
        component: '@site/src/components/HomePage',
        modules: {outline: outlinePath},
      });
    },
  });
}
