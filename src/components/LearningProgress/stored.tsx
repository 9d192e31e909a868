import React, {useEffect, useSyncExternalStore, type ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {LearningProgress} from './useLearningProgress';
import type {chapterProgress} from './progress';
import {storageKey} from './storageKey';

/**
 * The progress code, for a reader who has progress. On a first visit, and on
 * every visit of a reader who never pressed 완료 nor answered a question, the
 * sidebar has nothing to mark; the store and its sums (./useLearningProgress,
 * ./progress) are then no part of an article's first load. They come when,
 * once the page is live, localStorage holds progress; when another tab writes
 * some (`storage`); or when this page loads them anyway (a quiz, the 완료
 * button, the home page), which hands them over here on arrival.
 */
export type ProgressCode = {useLearningProgress: () => LearningProgress; chapterProgress: typeof chapterProgress};

let code: ProgressCode | undefined;
const listeners = new Set<() => void>();
let watching = false;

/** Loads the progress code now if localStorage holds progress, else as soon as another tab writes some. */
function loadWhenStored(key: string): void {
  if (watching) return;
  watching = true;
  // Offline, or the deployment changed under the page: the next sidebar or page that mounts tries again.
  const load = () => void import('./useLearningProgress').catch(() => void (watching = false));
  if (hasStored(key)) return load();
  const onStorage = (event: StorageEvent) => {
    if (event.key !== key) return;
    window.removeEventListener('storage', onStorage);
    load();
  };
  window.addEventListener('storage', onStorage);
}

/** Called by ./useLearningProgress as it is evaluated, whoever imported it. */
export function provideProgressCode(arrived: ProgressCode): void {
  code = arrived;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function hasStored(key: string): boolean {
  try {
    return window.localStorage.getItem(key) !== null;
  } catch {
    // Without localStorage, progress lives in the page's memory: none before the code is here.
    return false;
  }
}

/** The progress code once it is here; undefined before, and always while server rendering and hydrating. */
function useProgressCode(): ProgressCode | undefined {
  const {siteConfig} = useDocusaurusContext();
  const key = storageKey(siteConfig.baseUrl);
  const current = useSyncExternalStore(
    subscribe,
    () => code,
    () => undefined,
  );
  useEffect(() => {
    if (!current) loadWhenStored(key);
  }, [current, key]);
  return current;
}

/**
 * Renders `children` with the reader's progress, or with none (undefined)
 * while the progress code is not here. Its arrival mounts what `children`
 * returned anew, once.
 */
export function WithLearningProgress({children}: {children: (progress: LearningProgress | undefined, code?: ProgressCode) => ReactNode}): ReactNode {
  const current = useProgressCode();
  return current ? <Loaded code={current}>{children}</Loaded> : children(undefined);
}

function Loaded({code: loaded, children}: {code: ProgressCode; children: (progress: LearningProgress, code: ProgressCode) => ReactNode}): ReactNode {
  return children(loaded.useLearningProgress(), loaded);
}
