import type {CourseOutline, OutlineDoc} from '@site/src/plugins/courseOutline/outline';

/**
 * Learning progress, as pure functions: which articles a reader marked 완료,
 * kept in the browser's localStorage under one key per deployment (two sites
 * on one origin, e.g. two GitHub Pages projects, keep separate progress).
 * Articles are identified by their doc id, which does not change with baseUrl.
 */

export const STORAGE_VERSION = 1;

/** The localStorage key for a site served under `baseUrl`. */
export function storageKey(baseUrl: string): string {
  const base = `/${baseUrl.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  return `k8s-ipmun:progress:${base}`;
}

/** The ids stored under the key; anything unreadable counts as no progress. */
export function parseProgress(raw: string | null | undefined): ReadonlySet<string> {
  if (!raw) return new Set();
  try {
    const data: unknown = JSON.parse(raw);
    if (typeof data !== 'object' || data === null) return new Set();
    const done = (data as {done?: unknown}).done;
    if (!Array.isArray(done)) return new Set();
    return new Set(done.filter((id): id is string => typeof id === 'string' && id !== ''));
  } catch {
    return new Set();
  }
}

export function serializeProgress(done: Iterable<string>): string {
  return JSON.stringify({version: STORAGE_VERSION, done: [...new Set(done)].sort()});
}

export function withDone(done: ReadonlySet<string>, id: string, value: boolean): ReadonlySet<string> {
  if (done.has(id) === value) return done;
  const next = new Set(done);
  if (value) next.add(id);
  else next.delete(id);
  return next;
}

export type CourseProgress = {
  /** Articles in the course. */
  total: number;
  /** Of those, marked 완료 (ids of articles no longer in the course do not count). */
  completed: number;
  /** 0–100, rounded down so 100 means everything. */
  percent: number;
  /** The first unfinished article in course order; undefined when all are done. */
  next?: OutlineDoc;
};

export function courseDocs(outline: CourseOutline): OutlineDoc[] {
  return outline.chapters.flatMap((chapter) => chapter.docs);
}

export function courseProgress(outline: CourseOutline, done: ReadonlySet<string>): CourseProgress {
  const docs = courseDocs(outline);
  const completed = docs.filter((doc) => done.has(doc.id)).length;
  return {
    total: docs.length,
    completed,
    percent: docs.length === 0 ? 0 : Math.floor((completed / docs.length) * 100),
    next: docs.find((doc) => !done.has(doc.id)),
  };
}
