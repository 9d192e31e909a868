import {afterEach, describe, expect, it, vi} from 'vitest';
import {whenLoadedAndIdle} from './whenLoadedAndIdle';

function fakePage(readyState: DocumentReadyState, withIdle: boolean) {
  const listeners: (() => void)[] = [];
  const idle: {run: () => void; timeout?: number}[] = [];
  const timers: {run: () => void; delay: number}[] = [];
  const window: Record<string, unknown> = {
    addEventListener: (type: string, listener: () => void) => type === 'load' && listeners.push(listener),
  };
  vi.stubGlobal('setTimeout', (run: () => void, delay: number) => timers.push({run, delay}));
  if (withIdle) window.requestIdleCallback = (run: () => void, options: {timeout?: number}) => idle.push({run, timeout: options.timeout});
  vi.stubGlobal('window', window);
  vi.stubGlobal('document', {readyState});
  return {load: () => listeners.forEach((listener) => listener()), idle, timers};
}

afterEach(() => vi.unstubAllGlobals());

describe('whenLoadedAndIdle', () => {
  it('waits for the load event, then for an idle moment, at most `timeout` ms', () => {
    const page = fakePage('interactive', true);
    const run = vi.fn();
    whenLoadedAndIdle(run, 2000);
    expect(page.idle).toHaveLength(0);
    page.load();
    expect(page.idle).toEqual([{run: expect.any(Function), timeout: 2000}]);
    expect(run).not.toHaveBeenCalled();
    page.idle[0]!.run();
    expect(run).toHaveBeenCalledOnce();
  });

  it('asks for the idle moment at once when the page has already loaded', () => {
    const page = fakePage('complete', true);
    whenLoadedAndIdle(() => {}, 5000);
    expect(page.idle).toHaveLength(1);
  });

  it('falls back to a short timer where requestIdleCallback is missing', () => {
    const page = fakePage('complete', false);
    const run = vi.fn();
    whenLoadedAndIdle(run, 5000);
    expect(page.timers).toEqual([{run, delay: 500}]);
  });
});
