import React, {lazy, Suspense, useCallback, useEffect, useRef, useState, type ReactNode} from 'react';
import SearchIcon from './SearchIcon';
import styles from './styles.module.css';

/**
 * The site's search: a navbar button that opens a dialog with a combobox and
 * a list of results. The dialog (./SearchDialog.tsx) is not part of the first
 * load: pointing at or focusing the button fetches it, and a click or the
 * keys open it once it has arrived. Pagefind (built by src/plugins/search)
 * and the Korean query handling load only when the dialog first opens.
 *
 * Keys: `/` or Ctrl/⌘+K open it, ↑/↓ choose, Enter opens, Esc closes.
 */

const loadDialog = () => import('./SearchDialog');
const SearchDialog = lazy(loadDialog);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

// The navbar remounts when a page changes layout; the last query outlives it.
let lastQuery = '';

export default function SearchBar(): ReactNode {
  const [open, setOpen] = useState(false);
  const [query, setQueryState] = useState(() => lastQuery);
  const setQuery = useCallback((next: string) => {
    lastQuery = next;
    setQueryState(next);
  }, []);
  const trigger = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const commandK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
      if (commandK || slash) {
        event.preventDefault();
        setOpen(true);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const onClose = useCallback((navigated: boolean) => {
    setOpen(false);
    if (!navigated) trigger.current?.focus();
  }, []);

  return (
    <>
      <button
        ref={trigger}
        type="button"
        className={styles.trigger}
        aria-label="검색"
        aria-haspopup="dialog"
        aria-keyshortcuts="/ Control+K Meta+K"
        title="검색 (/ 또는 Ctrl+K)"
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
        onClick={() => setOpen(true)}>
        <SearchIcon className={styles.triggerIcon} />
        <span className={styles.triggerLabel}>검색</span>
        <kbd className={styles.triggerKey}>/</kbd>
      </button>
      {/* A modal <dialog> renders in the top layer: no portal needed. */}
      {open && (
        <Suspense fallback={null}>
          <SearchDialog query={query} setQuery={setQuery} onClose={onClose} />
        </Suspense>
      )}
    </>
  );
}
