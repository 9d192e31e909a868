import {useCallback, useSyncExternalStore} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {chapterProgress, parseAnswers, parseProgress, serializeProgress, storageKey, withAnswer, withDone} from './progress';
import {provideProgressCode} from './stored';

/**
 * The reader's progress, shared by the 완료 button, the knowledge checks, the
 * sidebar and the home page. Server rendering and hydration see no progress
 * (the server cannot know it); React then re-renders with what localStorage
 * holds, so the HTML never mismatches. Other tabs' changes arrive through the `storage` event.
 */

type Stored = {done: ReadonlySet<string>; answers: ReadonlyMap<string, boolean>};
const EMPTY: Stored = {done: new Set(), answers: new Map()};
const listeners = new Set<() => void>();
/** Used when localStorage is unavailable (blocked storage, some private modes). */
const memory = new Map<string, string>();
let snapshot: {key: string; raw: string | null; stored: Stored} | undefined;

function readRaw(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return memory.get(key) ?? null;
  }
}

function writeRaw(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    memory.set(key, value);
  }
}

function read(key: string): Stored {
  const raw = readRaw(key);
  // Nothing stored (a first visit) is the very value hydration used, so React
  // has no reason to re-render every sidebar link once the page is live.
  if (snapshot?.key !== key || snapshot.raw !== raw) {
    snapshot = {key, raw, stored: raw === null ? EMPTY : {done: parseProgress(raw), answers: parseAnswers(raw)}};
  }
  return snapshot.stored;
}

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener('storage', notify);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', notify);
  };
}

export type LearningProgress = {
  /** Ids of the articles marked 완료 (empty while server rendering and hydrating). */
  done: ReadonlySet<string>;
  /** Quiz id (see quizId) → whether its last answer was right (empty while server rendering and hydrating). */
  answers: ReadonlyMap<string, boolean>;
  isDone(docId: string): boolean;
  setDone(docId: string, value: boolean): void;
  setAnswer(quizId: string, right: boolean): void;
};

export function useLearningProgress(): LearningProgress {
  const {siteConfig} = useDocusaurusContext();
  const key = storageKey(siteConfig.baseUrl);
  const {done, answers} = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => EMPTY,
  );
  const setDone = useCallback(
    (docId: string, value: boolean) => {
      const stored = read(key);
      writeRaw(key, serializeProgress(withDone(stored.done, docId, value), stored.answers));
      notify();
    },
    [key],
  );
  const setAnswer = useCallback(
    (quizId: string, right: boolean) => {
      const stored = read(key);
      writeRaw(key, serializeProgress(stored.done, withAnswer(stored.answers, quizId, right)));
      notify();
    },
    [key],
  );
  const isDone = useCallback((docId: string) => done.has(docId), [done]);
  return {done, answers, isDone, setDone, setAnswer};
}

// The sidebar waits for this code (./stored.tsx): whoever loaded it, it is here now.
provideProgressCode({useLearningProgress, chapterProgress});
