import {chapterTitle, type CourseOutline} from '../courseOutline/outline';

/**
 * The course as a printed book: the outline's chapters with a title and a
 * page address each, shared by the print plugin (routes) and the print page.
 */
export type PrintArticle = {id: string; title: string; permalink: string};
/** slug: the chapter's own print page is /print/<slug>. */
export type PrintChapter = {slug: string; title: string; description?: string; docs: PrintArticle[]};
/** What one print page shows: all chapters, or one; every chapter's slug and title for the links between them. */
export type PrintBook = {chapters: PrintChapter[]; allChapters: Array<{slug: string; title: string}>; single: boolean};

/** Words an address may hold as they are; a folder named otherwise gets a numbered slug. */
const PLAIN_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A chapter's slug is its folder's name as in its articles' ids (the docs
 * plugin already stripped the `04-` number prefix): `workloads/pod` →
 * `workloads`. The groups of loose articles have no folder: `intro` before
 * the chapters, `appendix` after. Slugs stay unique and plain ASCII, so an
 * unusual folder name never reaches a route path.
 */
export function printChapters(outline: CourseOutline): PrintChapter[] {
  const taken = new Set<string>();
  return outline.chapters.map((chapter, index) => {
    const folder = chapter.docs.find((doc) => doc.id.includes('/'))?.id.split('/')[0];
    let slug = chapter.label ? folder : index === 0 ? 'intro' : 'appendix';
    if (!slug || !PLAIN_SLUG.test(slug)) slug = `chapter-${index + 1}`;
    while (taken.has(slug)) slug = `${slug}-${index + 1}`;
    taken.add(slug);
    return {
      slug,
      title: chapterTitle(chapter, index),
      ...(chapter.description && {description: chapter.description}),
      docs: chapter.docs.map(({id, title, permalink}) => ({id, title, permalink})),
    };
  });
}

/** The page address of the whole course's print page, or of one chapter's. */
export function printPath(baseUrl: string, slug?: string): string {
  return `${baseUrl}print${slug ? `/${slug}` : ''}`;
}

/** The element id an article gets on a print page (links between articles there point at it). */
export function articleAnchor(docId: string): string {
  return `article-${docId.replace(/[^A-Za-z0-9]+/g, '-')}`;
}
