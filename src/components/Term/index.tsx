import React, {useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import styles from './styles.module.css';

/**
 * A glossary term in an article: `<Term id="pod">파드</Term>`.
 *
 * The remark plugin src/plugins/glossaryTerms.ts fills in `term`, `english`,
 * `definition` and `href` from docs/glossary.md at build time. The word is a
 * real button described by a role="tooltip" box: it opens on hover, on
 * keyboard focus and on tap, stays open while the pointer or focus is inside
 * (so its "용어집에서 보기" link can be reached), and closes with Escape, a
 * second click or a tap elsewhere.
 */
export type TermProps = {
  id: string;
  children: ReactNode;
  term?: string;
  english?: string;
  definition?: string;
  href?: string;
};

const EDGE = 8; // px kept free at the viewport edges
const CLOSE_DELAY = 150; // ms, lets the pointer cross from the word to the box

export default function Term({children, term, english, definition, href}: TermProps): ReactNode {
  const tipId = useId();
  const wrapper = useRef<HTMLSpanElement>(null);
  const tip = useRef<HTMLSpanElement>(null);
  const closeTimer = useRef<number | undefined>(undefined);
  const pointerLeft = useRef(true);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [pinned, setPinned] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const [place, setPlace] = useState<{shift: number; above: boolean}>({shift: 0, above: false});
  const open = (hovered || focused || pinned) && !dismissed;

  const dismiss = useCallback(() => {
    setPinned(false);
    setDismissed(true);
  }, []);

  // Escape closes the box wherever focus is (WCAG 1.4.13); a tap or click
  // outside closes a box opened by click.
  useEffect(() => {
    if (!open) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') dismiss();
    };
    const onPointer = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) {
        setPinned(false);
        setHovered(false);
      }
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open, dismiss]);

  useEffect(() => () => window.clearTimeout(closeTimer.current), []);

  // Keep the box inside the viewport: shift it sideways on a narrow screen and
  // open it upwards when there is no room below.
  useLayoutEffect(() => {
    if (!open || !wrapper.current || !tip.current) return;
    const anchor = wrapper.current.getBoundingClientRect();
    const {offsetWidth: width, offsetHeight: height} = tip.current;
    const viewport = document.documentElement.clientWidth;
    let shift = 0;
    if (anchor.left + width > viewport - EDGE) shift = viewport - EDGE - width - anchor.left;
    if (anchor.left + shift < EDGE) shift = EDGE - anchor.left;
    const above = anchor.bottom + height + EDGE > window.innerHeight && anchor.top - height - EDGE > 0;
    setPlace((old) => (old.shift === shift && old.above === above ? old : {shift, above}));
  }, [open]);

  if (!definition) return <>{children}</>;

  return (
    <span
      ref={wrapper}
      className={styles.term}
      onMouseEnter={() => {
        window.clearTimeout(closeTimer.current);
        // Coming back after Escape shows the box again.
        if (pointerLeft.current) setDismissed(false);
        pointerLeft.current = false;
        setHovered(true);
      }}
      onMouseLeave={() => {
        pointerLeft.current = true;
        closeTimer.current = window.setTimeout(() => setHovered(false), CLOSE_DELAY);
      }}
      onFocus={(event) => {
        if (!wrapper.current?.contains(event.relatedTarget as Node | null)) setDismissed(false);
        setFocused(true);
      }}
      onBlur={(event) => {
        if (wrapper.current?.contains(event.relatedTarget as Node | null)) return;
        setFocused(false);
        setPinned(false);
      }}>
      <button
        type="button"
        className={styles.trigger}
        aria-describedby={tipId}
        data-open={open ? '' : undefined}
        onClick={() => {
          if (pinned) {
            dismiss();
          } else {
            setDismissed(false);
            setPinned(true);
          }
        }}>
        {children}
      </button>
      <span
        ref={tip}
        id={tipId}
        role="tooltip"
        hidden={!open}
        // The definition belongs to the glossary page, not to this page's search text.
        data-pagefind-ignore=""
        className={clsx(styles.tooltip, place.above && styles.above)}
        style={{transform: place.shift ? `translateX(${place.shift}px)` : undefined}}>
        <span className={styles.name}>
          <strong>{term}</strong>
          {english && (
            <span lang="en" className={styles.english}>
              {english}
            </span>
          )}
        </span>
        <span className={styles.definition}>{definition}</span>
        {href && (
          <Link to={href} className={styles.more}>
            용어집에서 보기
          </Link>
        )}
      </span>
    </span>
  );
}
