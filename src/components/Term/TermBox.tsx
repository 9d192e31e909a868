import React, {type FocusEvent, type ReactNode, type RefObject} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import styles from './styles.module.css';

export type TermProps = {
  id: string;
  children: ReactNode;
  term?: string;
  english?: string;
  definition?: string;
  href?: string;
};

/** What the reader did before the tooltip's behaviour arrived: the state it starts in. */
export interface FirstUse {
  hovered: boolean;
  focused: boolean;
  clicked: boolean;
}

export interface TermRefs {
  wrapper: RefObject<HTMLSpanElement | null>;
  tip: RefObject<HTMLSpanElement | null>;
}

/** What the markup shows and how it answers the reader: closed with first-use listeners, or what ./TermTooltip.tsx says. */
export interface TermView {
  open: boolean;
  place: {shift: number; above: boolean};
  handlers: {
    onMouseEnter: () => void;
    onMouseLeave: () => void;
    onFocus: (event: FocusEvent) => void;
    onBlur?: (event: FocusEvent) => void;
  };
  onTriggerClick: () => void;
}

export interface TermControllerProps {
  refs: TermRefs;
  firstUse: FirstUse;
  onView: (view: TermView) => void;
}

type Props = TermProps & TermView & {tipId: string; refs: TermRefs};

/**
 * The markup of a glossary term, the same before and after its behaviour has
 * loaded: the word is a real button described by a role="tooltip" box, so
 * screen readers read the definition from the first paint on.
 */
export function TermBox({children, term, english, definition, href, tipId, open, place, refs, handlers, onTriggerClick}: Props): ReactNode {
  return (
    <span ref={refs.wrapper} className={styles.term} {...handlers}>
      <button type="button" className={styles.trigger} aria-describedby={tipId} data-open={open ? '' : undefined} onClick={onTriggerClick}>
        {children}
      </button>
      <span
        ref={refs.tip}
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
