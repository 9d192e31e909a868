import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import {buildOutline} from '../courseOutline/outline';
import {printChapters, printPath, type PrintBook, type PrintChapter} from './printBook';

/**
 * The course in print (src/components/PrintCourse): /print holds every article
 * in course order, /print/<slug> one chapter. Each route imports the articles'
 * compiled MDX modules (the same ones the article pages load, so admonitions,
 * quizzes and code blocks are the site's), as route modules: only the print
 * pages load them, no other page gets heavier.
 */
export default function printCourse(options: {sidebarId: string}) {
  return (context: LoadContext): Plugin => ({
    name: 'print-course',
    async allContentLoaded({allContent, actions}) {
      const docsContent = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
      const version = docsContent?.loadedVersions[0];
      const sidebar = version?.sidebars[options.sidebarId];
      if (!version || !sidebar) throw new Error(`print-course: 문서(docs) 플러그인이나 sidebars.ts 의 "${options.sidebarId}" 사이드바를 찾을 수 없습니다.`);
      const sourceOf = new Map(version.docs.map((doc) => [doc.id, doc.source]));
      const chapters = printChapters(buildOutline(sidebar as Parameters<typeof buildOutline>[0], version.docs));
      const allChapters = chapters.map(({slug, title}) => ({slug, title}));

      const addPrintRoute = async (name: string, routePath: string, shown: PrintChapter[]) => {
        const book: PrintBook = {chapters: shown, allChapters, single: shown.length === 1};
        const bookPath = await actions.createData(`print-${name}.json`, JSON.stringify(book));
        actions.addRoute({
          path: routePath,
          exact: true,
          component: '@site/src/components/PrintCourse',
          // One module per article, in the book's order: the page renders them as they come.
          modules: {book: bookPath, articles: shown.flatMap((chapter) => chapter.docs.map((doc) => ({content: sourceOf.get(doc.id)!})))},
        });
      };
      await addPrintRoute('course', printPath(context.baseUrl), chapters);
      for (const chapter of chapters) await addPrintRoute(chapter.slug, printPath(context.baseUrl, chapter.slug), [chapter]);
    },
  });
}
