import React, {useId, useRef, useState, type ComponentType, type ReactNode} from 'react';
import {TermBox, type FirstUse, type TermControllerProps, type TermProps, type TermView} from './TermBox';

/**
 * A glossary term in an article: `<Term id="pod">파드</Term>`.
 *
 * The remark plugin src/plugins/glossaryTerms.ts fills in `term`, `english`,
 * `definition` and `href` from docs/glossary.md at build time. The page
 * renders the closed tooltip (./TermBox.tsx) with first-use listeners only;
 * the code that opens, places and closes it (./TermTooltip.tsx) is fetched
 * when the reader first points at, focuses or taps a term, and drives the same
 * markup from then on, starting in the state that first use asked for. Most
 * readers never open one, and no page pays for the tooltips while it loads.
 */
export type {TermProps};

type Controller = ComponentType<TermControllerProps>;
let loading: Promise<Controller> | undefined;
const loadController = () => (loading ??= import('./TermTooltip').then((module) => module.default));

export default function Term(props: TermProps): ReactNode {
  const tipId = useId();
  const wrapper = useRef<HTMLSpanElement>(null);
  const tip = useRef<HTMLSpanElement>(null);
  const firstUse = useRef<FirstUse>({hovered: false, focused: false, clicked: false});
  const [Controller, setController] = useState<Controller | null>(null);
  const [view, setView] = useState<TermView | null>(null);
  if (!props.definition) return <>{props.children}</>;

  const use = (what: keyof FirstUse) => {
    firstUse.current[what] = true;
    void loadController().then((loaded) => {
      // Focus may have moved on while the code was on its way.
      firstUse.current.focused = wrapper.current?.contains(document.activeElement) ?? false;
      setController(() => loaded);
    });
  };
  const closed: TermView = {
    open: false,
    place: {shift: 0, above: false},
    handlers: {onMouseEnter: () => use('hovered'), onMouseLeave: () => (firstUse.current.hovered = false), onFocus: () => use('focused')},
    onTriggerClick: () => use('clicked'),
  };
  return (
    <>
      <TermBox {...props} {...(view ?? closed)} tipId={tipId} refs={{wrapper, tip}} />
      {Controller && <Controller refs={{wrapper, tip}} firstUse={firstUse.current} onView={setView} />}
    </>
  );
}
