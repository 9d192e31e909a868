import {useCallback, useSyncExternalStore} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {parseProgress, serializeProgress, storageKey, withDone} from './progress';

/**
 * The reader's progress, shared by the 완료 button, the sidebar checks and the
 * home page. Server rendering and hydration see no progress (the server cannot
 * know it); React then re-renders with what localStorage holds, so the HTML
 * never mismatches. Other tabs' changes arrive through the `storage` event.
 */

const EMPTY: ReadonlySet<string> = new Set();
const listeners = new Set<() => void>();
/** Used when localStorage is unavailable (blocked storage, some private modes). */
const memory = new Map<string, string>();
let snapshot: {key: string; raw: string | null; done: ReadonlySet<string>} | undefined;

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

function read(key: string): ReadonlySet<string> {
  const raw = readRaw(key);
  // Nothing stored (a first visit) is the very set hydration used, so React
  // has no reason to re-render every sidebar link once the page is live.
  if (snapshot?.key !== key || snapshot.raw !== raw) snapshot = {key, raw, done: raw === null ? EMPTY : parseProgress(raw)};
  return snapshot.done;
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
  isDone(docId: string): boolean;
  setDone(docId: string, value: boolean): void;
};

export function useLearningProgress(): LearningProgress {
  const {siteConfig} = useDocusaurusContext();
  const key = storageKey(siteConfig.baseUrl);
  const done = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => EMPTY,
  );
  const setDone = useCallback(
    (docId: string, value: boolean) => {
      writeRaw(key, serializeProgress(withDone(read(key), docId, value)));
      notify();
    },
    [key],
  );
  const isDone = useCallback((docId: string) => done.has(docId), [done]);
  return {done, isDone, setDone};
}
