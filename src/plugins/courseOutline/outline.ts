/**
 * The course as readers walk it: chapters in sidebar order, each with its
 * articles. Derived from the docs plugin's sidebar, so the home page, the
 * progress tracker and the tests never keep a second copy of the order.
 */
/** readingMinutes (src/readingTime) is left out where a caller has not read the articles (the SEO plugin). */
export type OutlineDoc = {id: string; title: string; permalink: string; description: string; readingMinutes?: number};
/** readingMinutes: the sum of its articles' reading times. */
export type OutlineChapter = {label: string; description?: string; docs: OutlineDoc[]; readingMinutes?: number};
export type CourseOutline = {chapters: OutlineChapter[]};

type DocMeta = {id: string; title: string; permalink: string; description: string; readingMinutes?: number; unlisted?: boolean};
type SidebarItem =
  | {type: 'doc' | 'ref'; id: string; label?: string}
  | {type: 'category'; label: string; items: SidebarItem[]; description?: string; link?: {type: string; id?: string; description?: string}}
  | {type: 'link' | 'html'};

function docsIn(items: SidebarItem[], byId: Map<string, DocMeta>): OutlineDoc[] {
  return items.flatMap((item): OutlineDoc[] => {
    if (item.type === 'doc' || item.type === 'ref') {
      const doc = byId.get(item.id);
      return doc && !doc.unlisted
        ? [{id: doc.id, title: item.label ?? doc.title, permalink: doc.permalink, description: doc.description, readingMinutes: doc.readingMinutes}]
        : [];
    }
    if (item.type === 'category') {
      const own = item.link?.type === 'doc' && item.link.id ? docsIn([{type: 'doc', id: item.link.id}], byId) : [];
      return [...own, ...docsIn(item.items, byId)];
    }
    return [];
  });
}

/**
 * A chapter's heading: its sidebar label, or for the unnamed groups of loose
 * articles "들어가며" before the first chapter and "부록" after.
 */
export function chapterTitle(chapter: OutlineChapter, index: number): string {
  return chapter.label || (index === 0 ? '들어가며' : '부록');
}

export function buildOutline(sidebar: SidebarItem[], docs: DocMeta[]): CourseOutline {
  const byId = new Map(docs.map((doc) => [doc.id, doc]));
  const chapters: OutlineChapter[] = [];
  for (const item of sidebar) {
    if (item.type === 'category') {
      chapters.push({
        label: item.label,
        description: item.description ?? item.link?.description,
        docs: docsIn([item], byId),
      });
      continue;
    }
    // Articles outside any chapter (an introduction, a glossary at the end)
    // form unnamed groups where they stand, so the outline keeps sidebar order.
    const last = chapters.at(-1);
    const group = last && last.label === '' ? last : chapters[chapters.push({label: '', docs: []}) - 1]!;
    group.docs.push(...docsIn([item], byId));
  }
  return {
    chapters: chapters
      .filter((chapter) => chapter.docs.length > 0)
      .map((chapter) => ({...chapter, readingMinutes: chapter.docs.reduce((sum, doc) => sum + (doc.readingMinutes ?? 0), 0)})),
  };
}
