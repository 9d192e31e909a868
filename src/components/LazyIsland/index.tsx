import React, {useEffect, useLayoutEffect, useRef, useState, type ComponentType, type ReactNode} from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {onReaderEngaged} from '@site/src/clientModules/idleWork';
import styles from './styles.module.css';

/** How far ahead of the viewport an island starts loading: half a screen, so a scrolling reader finds it ready. */
const AHEAD = '50% 0px';
const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

type Module<P> = {default: ComponentType<P>};
/** `require.resolveWeak(path)`: the module's id, without putting the module into the calling chunk. */
type ModuleId = string | number;
declare const __webpack_modules__: Record<ModuleId, unknown>;
declare const __webpack_require__: (id: ModuleId) => unknown;

type IslandOptions = {
  /**
   * For an island the reader must point at to use (a code block's buttons):
   * with a mouse, pointing at it (or focusing it) loads its code; nearing it
   * does only where nothing can be pointed at (a phone's `hover: none`), and
   * only once the reader has started reading (scrolled, touched). Its code and
   * rendering are then no part of any page's start.
   */
  forPointing?: boolean;
};

/**
 * A component that is server-rendered like any other but whose code is not
 * part of the page's first load: the reader sees (and, without JavaScript,
 * uses) the server's HTML at once, and the code arrives when the component
 * comes within half a screen of the viewport (see `forPointing`),
 * or is pointed at or focused.
 * Call it with the module twice: `lazyIsland(() => import('X'), require.resolveWeak('X'))`.
 *
 * Until then the island is, for React, an element whose inner HTML it does
 * not own (`dangerouslySetInnerHTML`, which hydration leaves as it is). When
 * the code has arrived React renders the component in its place, the same
 * markup, before the next paint; keyboard focus inside it is kept. Not with
 * `lazy` in `Suspense`: React 19's server renderer moves a large boundary's
 * HTML to the end of the page behind an inline script, hidden without it.
 *
 * For what an article holds that only matters once reached: its code blocks
 * (dozens in a long article, most far below the first screen), the quizzes,
 * the article's 완료 and feedback block.
 */
export function lazyIsland<P extends object>(load: () => Promise<Module<P>>, serverModule: ModuleId, options: IslandOptions = {}): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  if (!ExecutionEnvironment.canUseDOM) {
    // The server bundle holds every module (src/plugins/lazyIslandServer): no
    // chunk to wait for, and a page is never rendered half.
    if (!(serverModule in __webpack_modules__)) {
      throw new Error(`lazyIsland: module ${serverModule} is not in the server bundle (is src/plugins/lazyIslandServer in docusaurus.config.ts?)`);
    }
    loaded = (__webpack_require__(serverModule) as Module<P>).default;
  }
  let loading: Promise<ComponentType<P>> | undefined;
  const loadCode = () =>
    (loading ??= load().then((module) => {
      loaded = module.default;
      return loaded;
    }));
  return function Island(props: P): ReactNode {
    const root = useRef<HTMLDivElement>(null);
    // Hydration (`useIsBrowser` still false) always starts from the server's
    // HTML; a client navigation renders the code at once if it is loaded.
    const isBrowser = useIsBrowser();
    const hydrating = ExecutionEnvironment.canUseDOM && !isBrowser;
    const [Code, setCode] = useState<ComponentType<P> | undefined>(() => (hydrating ? undefined : loaded));
    const focused = useRef<number>(-1);

    useEffect(() => {
      if (Code) return undefined;
      const element = root.current!;
      let mounted = true;
      const show = () =>
        void loadCode().then((code) => {
          if (!mounted) return;
          focused.current = [...element.querySelectorAll(FOCUSABLE)].indexOf(document.activeElement!);
          setCode(() => code);
        });
      // Mounted by a client navigation: no server HTML to show meanwhile.
      if (!element.hasChildNodes()) {
        show();
        return () => void (mounted = false);
      }
      // The island lays out no box of its own (display: contents): watch what it holds.
      const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && show(), {rootMargin: AHEAD});
      const watchNear = () => {
        for (const child of element.children) observer.observe(child);
      };
      let stopWaiting = () => {};
      if (!options.forPointing) watchNear();
      else if (!window.matchMedia('(hover: hover)').matches) stopWaiting = onReaderEngaged(watchNear);
      element.addEventListener('pointerover', show, {once: true});
      element.addEventListener('focusin', show, {once: true});
      return () => {
        mounted = false;
        stopWaiting();
        observer.disconnect();
        element.removeEventListener('pointerover', show);
        element.removeEventListener('focusin', show);
      };
    }, [Code]);

    useLayoutEffect(() => {
      if (!Code || focused.current < 0) return;
      root.current!.querySelectorAll<HTMLElement>(FOCUSABLE)[focused.current]?.focus();
      focused.current = -1;
    }, [Code]);

    if (!Code) return <div ref={root} className={styles.island} data-island="waiting" dangerouslySetInnerHTML={{__html: ''}} suppressHydrationWarning />;
    return (
      <div ref={root} className={styles.island} data-island={ExecutionEnvironment.canUseDOM ? 'hydrated' : 'waiting'}>
        <Code {...props} />
      </div>
    );
  };
}
