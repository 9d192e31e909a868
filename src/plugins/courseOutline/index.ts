import {readFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import {countQuizzes} from '../quiz/countQuizzes';
import {buildOutline} from './outline';

/** The plugin's global data: knowledge checks per article (doc id → count), for the sidebar's and home page's quiz progress. */
export type CourseOutlineGlobalData = {quizzes: Record<string, number>};

/**
 * Serves the home page with the course outline as a route module, so only the
 * home page loads it (global data would ship with every page). The quiz
 * counts are global data, small (one number per article), because the
 * sidebar on every article shows them too.
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
      const outline = buildOutline(sidebar as Parameters<typeof buildOutline>[0], version.docs);
      const counts = await Promise.all(
        version.docs.map(async (doc) => {
          const file = path.resolve(context.siteDir, doc.source.replace(/^@site\//, ''));
          return [doc.id, countQuizzes(await readFile(file, 'utf8'))] as const;
        }),
      );
      actions.setGlobalData({quizzes: Object.fromEntries(counts.filter(([, count]) => count > 0))} satisfies CourseOutlineGlobalData);
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
