import {useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode} from 'react';
import type {TermControllerProps} from './TermBox';

/**
 * The tooltip's behaviour, fetched when a reader first points at, focuses or
 * taps a term (./index.tsx): it opens on hover, on keyboard focus and on tap,
 * stays open while the pointer or focus is inside (so its "용어집에서 보기"
 * link can be reached), and closes with Escape, a second click or a tap
 * elsewhere. It starts in the state the first use asked for, renders nothing
 * itself and hands the term's markup (./TermBox.tsx, which stays in place so
 * focus and hover stay on it) what to show and its event handlers.
 */

const EDGE = 8; // px kept free at the viewport edges
const CLOSE_DELAY = 150; // ms, lets the pointer cross from the word to the box

export default function TermTooltip({refs: {wrapper, tip}, firstUse, onView}: TermControllerProps): ReactNode {
  const closeTimer = useRef<number | undefined>(undefined);
  const pointerLeft = useRef(!firstUse.hovered);
  const [hovered, setHovered] = useState(firstUse.hovered);
  const [focused, setFocused] = useState(firstUse.focused);
  const [pinned, setPinned] = useState(firstUse.clicked);
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
    // The box is measured before the markup's next render shows it; that render sets the same.
    tip.current.hidden = false;
    const anchor = wrapper.current.getBoundingClientRect();
    const {offsetWidth: width, offsetHeight: height} = tip.current;
    const viewport = document.documentElement.clientWidth;
    let shift = 0;
    if (anchor.left + width > viewport - EDGE) shift = viewport - EDGE - width - anchor.left;
    if (anchor.left + shift < EDGE) shift = EDGE - anchor.left;
    const above = anchor.bottom + height + EDGE > window.innerHeight && anchor.top - height - EDGE > 0;
    setPlace((old) => (old.shift === shift && old.above === above ? old : {shift, above}));
  }, [open, tip, wrapper]);

  useLayoutEffect(() => {
    onView({
      open,
      place,
      handlers: {
        onMouseEnter: () => {
          window.clearTimeout(closeTimer.current);
          // Coming back after Escape shows the box again.
          if (pointerLeft.current) setDismissed(false);
          pointerLeft.current = false;
          setHovered(true);
        },
        onMouseLeave: () => {
          pointerLeft.current = true;
          closeTimer.current = window.setTimeout(() => setHovered(false), CLOSE_DELAY);
        },
        onFocus: (event) => {
          if (!wrapper.current?.contains(event.relatedTarget as Node | null)) setDismissed(false);
          setFocused(true);
        },
        onBlur: (event) => {
          if (wrapper.current?.contains(event.relatedTarget as Node | null)) return;
          setFocused(false);
          setPinned(false);
        },
      },
      onTriggerClick: () => {
        if (pinned) {
          dismiss();
        } else {
          setDismissed(false);
          setPinned(true);
        }
      },
    });
    // Handlers read only refs, setters and `pinned`.
  }, [open, place, pinned, dismiss, onView, wrapper]);

  return null;
}
