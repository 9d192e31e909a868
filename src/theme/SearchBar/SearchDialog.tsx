import React, {useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import {useHistory} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {SearchEngine, SearchHit} from '@site/src/search/engine';
import type {GlossaryTermLink} from '@site/src/search/normalizeQuery';
import SearchIcon from './SearchIcon';
import styles from './styles.module.css';

/**
 * The search dialog (./index.tsx opens it): a combobox and a list of results.
 * Its own chunk, fetched when a reader first reaches for the search button;
 * Pagefind and the Korean query handling load when it first opens.
 */

const DEV_NOTICE = '검색은 빌드한 사이트에서 동작합니다: npm run build && npm run serve';
const IS_DEV = process.env.NODE_ENV !== 'production';

type Status = 'idle' | 'loading' | 'done' | 'error';

function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

function useSearch(query: string) {
  const {siteConfig} = useDocusaurusContext();
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [failed, setFailed] = useState(false);
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [suggestions, setSuggestions] = useState<GlossaryTermLink[]>([]);
  // The query the shown results answer (the box may already hold a newer one).
  const [answered, setAnswered] = useState('');
  const [status, setStatus] = useState<Status>('idle');
  const latest = useRef(0);

  useEffect(() => {
    if (engine || IS_DEV) return;
    let live = true;
    setFailed(false);
    import('@site/src/search/engine')
      .then(({loadSearchEngine}) => loadSearchEngine(siteConfig.baseUrl))
      .then((loaded) => live && setEngine(loaded))
      .catch((error: unknown) => {
        console.warn('[검색] 색인을 불러오지 못했습니다', error);
        if (live) setFailed(true);
      });
    return () => {
      live = false;
    };
  }, [engine, siteConfig.baseUrl]);

  useEffect(() => {
    const term = query.trim();
    const ticket = ++latest.current;
    if (!term) {
      setHits([]);
      setAnswered('');
      setStatus('idle');
      return;
    }
    if (failed) {
      setStatus('error');
      return;
    }
    if (!engine) {
      setStatus('loading');
      return;
    }
    setStatus('loading');
    const timer = setTimeout(() => {
      engine
        .search(term)
        .then((found) => {
          if (ticket !== latest.current) return;
          setHits(found);
          setSuggestions(found.length === 0 ? engine.suggest(term) : []);
          setAnswered(term);
          setStatus('done');
        })
        .catch((error: unknown) => {
          console.warn('[검색] 검색하지 못했습니다', error);
          if (ticket === latest.current) setStatus('error');
        });
    }, 100);
    return () => clearTimeout(timer);
  }, [query, engine, failed]);

  return {hits, suggestions, answered, status: failed && query.trim() ? 'error' : status};
}

function Excerpt({hit}: {hit: SearchHit}): ReactNode {
  return (
    <span className={styles.excerpt}>
      {hit.excerpt.map((part, index) => (part.mark ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </span>
  );
}

export default function SearchDialog({
  query,
  setQuery,
  onClose,
}: {
  query: string;
  setQuery: (query: string) => void;
  onClose: (navigated: boolean) => void;
}): ReactNode {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const history = useHistory();
  const id = useId();
  const listId = `${id}-results`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const {hits, suggestions, answered, status} = useSearch(query);
  const {siteConfig} = useDocusaurusContext();
  const [active, setActive] = useState(-1);
  const navigated = useRef(false);

  useEffect(() => {
    const element = dialog.current!;
    if (!element.open) element.showModal();
    input.current?.focus();
    input.current?.select();
    const root = document.documentElement;
    const overflow = root.style.overflow;
    root.style.overflow = 'hidden';
    return () => {
      root.style.overflow = overflow;
    };
  }, []);

  useEffect(() => setActive(hits.length > 0 ? 0 : -1), [hits]);

  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({block: 'nearest'});
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);

  const close = useCallback(() => dialog.current?.close(), []);

  const go = (hit: SearchHit) => {
    navigated.current = true;
    close();
    history.push(hit.url);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    const count = hits.length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      setActive((current) => (current + 1) % count);
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      setActive((current) => (current <= 0 ? count - 1 : current - 1));
    } else if (event.key === 'Escape') {
      // A search input would only clear itself: Esc closes the dialog, keeping the query.
      event.preventDefault();
      close();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[active] ?? hits[0];
      if (hit && status === 'done') go(hit);
    }
  };

  let message: string;
  if (IS_DEV) message = DEV_NOTICE;
  else if (!query.trim()) message = '글 제목, 용어, 명령어, 오류 이름으로 찾을 수 있습니다. 예: 파드, 롤링 업데이트, kubectl logs';
  else if (status === 'error') message = '검색 색인을 불러오지 못했습니다. 빌드한 사이트인지 확인하고 잠시 뒤 다시 시도하세요.';
  else if (status === 'loading') message = '검색 중…';
  else if (hits.length === 0) message = `결과 없음 — "${query.trim()}"에 맞는 글을 찾지 못했습니다. 아래 용어나 다른 낱말, 영어 이름(예: Pod)으로 찾아 보세요.`;
  else message = `결과 ${hits.length}개`;

  const expanded = hits.length > 0 && !IS_DEV;

  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-label="사이트 검색"
      onClose={() => onClose(navigated.current)}
      onClick={(event) => {
        if (event.target === dialog.current) close();
      }}>
      <div className={styles.panel}>
        <div className={styles.bar} role="search">
          <SearchIcon className={styles.barIcon} />
          <label htmlFor={`${id}-input`} className={styles.srOnly}>
            검색어
          </label>
          <input
            ref={input}
            id={`${id}-input`}
            className={styles.input}
            type="search"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
            aria-describedby={`${id}-status`}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            enterKeyHint="search"
            placeholder="검색어를 입력하세요"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onKeyDown}
          />
          <button type="button" className={styles.close} onClick={close}>
            닫기
          </button>
        </div>
        <p id={`${id}-status`} className={clsx(styles.status, IS_DEV && styles.devNotice)}
          role="status"
          aria-live="polite"
          data-answered={status === 'done' ? answered : undefined}>
          {message}
        </p>
        <div id={listId} role="listbox" aria-label="검색 결과" className={styles.results} hidden={!expanded}>
          {expanded &&
            hits.map((hit, index) => (
              <a
                key={hit.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                tabIndex={-1}
                href={hit.url}
                data-page-url={hit.pageUrl}
                className={clsx(styles.option, index === active && styles.active)}
                onMouseMove={() => index !== active && setActive(index)}
                onClick={(event) => {
                  if (!isPlainClick(event)) return;
                  event.preventDefault();
                  go(hit);
                }}>
                <span className={styles.title}>{hit.title}</span>
                {hit.section && (
                  <span className={styles.section}>
                    <span className={styles.sectionMark} aria-hidden="true">
                      #
                    </span>
                    {hit.section}
                  </span>
                )}
                <Excerpt hit={hit} />
              </a>
            ))}
        </div>
        {/* Never a dead end: close glossary terms, else the glossary and the course path. */}
        {status === 'done' && hits.length === 0 && answered && (
          <nav className={styles.suggestions} aria-label="추천">
            <p className={styles.suggestionsTitle}>{suggestions.length > 0 ? '이 용어를 찾으셨나요?' : '여기서 찾아 보세요'}</p>
            <ul>
              {suggestions.map((term) => (
                <li key={term.id}>
                  <a href={`${siteConfig.baseUrl}docs/glossary#${term.id}`} onClick={() => close()}>
                    {term.names.join(' · ')}
                  </a>
                </li>
              ))}
              <li>
                <a href={`${siteConfig.baseUrl}docs/glossary`} onClick={() => close()}>
                  용어집 전체 보기
                </a>
              </li>
              <li>
                <a href={`${siteConfig.baseUrl}#course-path`} onClick={() => close()}>
                  장별 학습 경로
                </a>
              </li>
            </ul>
          </nav>
        )}
        <p className={styles.keys} aria-hidden="true">
          <kbd>↑</kbd>
          <kbd>↓</kbd> 이동 <kbd>Enter</kbd> 열기 <kbd>Esc</kbd> 닫기
        </p>
      </div>
    </dialog>
  );
}
