import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';

// What waits for the reader is module state: each test starts from a fresh module.
let {onReaderEngaged, whenEngagedAndIdle, whenLoadedAndIdle} = await import('./idleWork');
beforeEach(async () => {
  vi.resetModules();
  ({onReaderEngaged, whenEngagedAndIdle, whenLoadedAndIdle} = await import('./idleWork'));
});

function fakePage(readyState: DocumentReadyState, withIdle: boolean) {
  const listeners = new Map<string, Set<() => void>>();
  const idle: {run: () => void; timeout?: number}[] = [];
  const timers: {run: () => void; delay: number}[] = [];
  const window: Record<string, unknown> = {
    addEventListener: (type: string, listener: () => void) => listeners.set(type, (listeners.get(type) ?? new Set()).add(listener)),
    removeEventListener: (type: string, listener: () => void) => listeners.get(type)?.delete(listener),
  };
  vi.stubGlobal('setTimeout', (run: () => void, delay: number) => timers.push({run, delay}));
  if (withIdle) window.requestIdleCallback = (run: () => void, options: {timeout?: number}) => idle.push({run, timeout: options.timeout});
  vi.stubGlobal('window', window);
  vi.stubGlobal('document', {readyState});
  const fire = (type: string) => [...(listeners.get(type) ?? [])].forEach((listener) => listener());
  return {fire, listening: (type: string) => listeners.get(type)?.size ?? 0, idle, timers};
}

afterEach(() => vi.unstubAllGlobals());

describe('whenLoadedAndIdle', () => {
  it('waits for the load event, then for an idle moment, at most `timeout` ms', () => {
    const page = fakePage('interactive', true);
    const run = vi.fn();
    whenLoadedAndIdle(run, 2000);
    expect(page.idle).toHaveLength(0);
    page.fire('load');
    expect(page.idle).toEqual([{run: expect.any(Function), timeout: 2000}]);
    page.idle[0]!.run();
    expect(run).toHaveBeenCalledOnce();
  });

  it('asks for the idle moment at once when the page has already loaded', () => {
    const page = fakePage('complete', true);
    whenLoadedAndIdle(() => {}, 5000);
    expect(page.idle).toHaveLength(1);
  });
});

describe('whenEngagedAndIdle', () => {
  it('waits for the load event and the reader, then for an idle moment, at most `timeout` ms', () => {
    const page = fakePage('interactive', true);
    const run = vi.fn();
    whenEngagedAndIdle(run, 2000);
    page.fire('load');
    expect(page.idle).toHaveLength(0);
    page.fire('scroll');
    expect(page.idle).toHaveLength(0);
    page.fire('load');
    expect(page.idle).toEqual([{run: expect.any(Function), timeout: 2000}]);
    expect(run).not.toHaveBeenCalled();
    page.idle[0]!.run();
    expect(run).toHaveBeenCalledOnce();
  });

  it('counts any first sign of a reader, once', () => {
    for (const type of ['scroll', 'wheel', 'pointerdown', 'pointermove', 'touchstart', 'keydown']) {
      const page = fakePage('complete', true);
      whenEngagedAndIdle(() => {}, 5000);
      page.fire(type);
      page.fire('keydown');
      page.fire('pointermove');
      expect(page.idle, type).toHaveLength(1);
      expect(page.listening('scroll') + page.listening('keydown'), type).toBe(0);
    }
  });

  it('listens once however many wait, and forgets what stopped waiting', () => {
    const page = fakePage('complete', true);
    const first = vi.fn();
    const second = vi.fn();
    onReaderEngaged(first);
    const stop = onReaderEngaged(second);
    whenEngagedAndIdle(() => {}, 5000);
    expect(page.listening('scroll')).toBe(1);
    stop();
    page.fire('touchstart');
    expect(first).toHaveBeenCalledOnce();
    expect(second).not.toHaveBeenCalled();
    expect(page.idle).toHaveLength(1);
    expect(page.listening('touchstart')).toBe(0);
  });

  it('does nothing while nobody reads', () => {
    const page = fakePage('complete', true);
    whenEngagedAndIdle(() => {}, 5000);
    page.fire('resize');
    expect(page.idle).toHaveLength(0);
  });

  it('falls back to a short timer where requestIdleCallback is missing', () => {
    const page = fakePage('complete', false);
    const run = vi.fn();
    whenEngagedAndIdle(run, 5000);
    page.fire('pointerdown');
    expect(page.timers).toEqual([{run, delay: 500}]);
  });
});
