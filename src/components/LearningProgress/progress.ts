import type {CourseOutline, OutlineDoc} from '@site/src/plugins/courseOutline/outline';

/**
 * Learning progress, as pure functions: which articles a reader marked 완료
 * and how they last answered each knowledge check (확인 문제), kept in the
 * browser's localStorage under one key per deployment (two sites on one
 * origin, e.g. two GitHub Pages projects, keep separate progress). Articles
 * are identified by their doc id, which does not change with baseUrl; a quiz
 * by its article's id and its place in the article (`workloads/pod#2`).
 */

export const STORAGE_VERSION = 1;

// Its own module: the sidebar reads the key before any progress code is loaded (./stored.tsx).
export {storageKey} from './storageKey';

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

/** Each answered quiz's id and whether the last answer was right; anything unreadable is left out. */
export function parseAnswers(raw: string | null | undefined): ReadonlyMap<string, boolean> {
  if (!raw) return new Map();
  try {
    const answers: unknown = (JSON.parse(raw) as {answers?: unknown} | null)?.answers;
    if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return new Map();
    return new Map(Object.entries(answers).filter((entry): entry is [string, boolean] => typeof entry[1] === 'boolean' && entry[0] !== ''));
  } catch {
    return new Map();
  }
}

/** `answers` is written only once a quiz was answered, so progress without one keeps its old form. */
export function serializeProgress(done: Iterable<string>, answers: ReadonlyMap<string, boolean> = new Map()): string {
  const sortedAnswers = [...answers].sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify({
    version: STORAGE_VERSION,
    done: [...new Set(done)].sort(),
    ...(sortedAnswers.length > 0 && {answers: Object.fromEntries(sortedAnswers)}),
  });
}

export function quizId(docId: string, number: number): string {
  return `${docId}#${number}`;
}

export function withAnswer(answers: ReadonlyMap<string, boolean>, id: string, right: boolean): ReadonlyMap<string, boolean> {
  if (answers.get(id) === right) return answers;
  return new Map(answers).set(id, right);
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

/** Quizzes per article (doc id → count), from the course-outline plugin's data. */
export type QuizCounts = Readonly<Record<string, number>>;

export type ChapterProgress = {
  articles: number;
  completed: number;
  /** Knowledge checks in the chapter's articles. */
  questions: number;
  /** Of those, last answered right. */
  right: number;
};

export function chapterProgress(
  docs: ReadonlyArray<Pick<OutlineDoc, 'id'>>,
  done: ReadonlySet<string>,
  answers: ReadonlyMap<string, boolean>,
  quizCounts: QuizCounts,
): ChapterProgress {
  let questions = 0;
  let right = 0;
  for (const doc of docs) {
    const count = quizCounts[doc.id] ?? 0;
    questions += count;
    for (let number = 1; number <= count; number += 1) if (answers.get(quizId(doc.id, number))) right += 1;
  }
  return {articles: docs.length, completed: docs.filter((doc) => done.has(doc.id)).length, questions, right};
}
