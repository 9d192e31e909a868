import {describe, expect, it} from 'vitest';
import type {LoadContext, Plugin} from '@docusaurus/types';
import lazyIslandServer from './index';

const plugin = (lazyIslandServer() as (context: LoadContext) => Plugin)({} as LoadContext);
const configure = (isServer: boolean) => plugin.configureWebpack!({} as never, isServer, {} as never, {} as never);

describe('lazyIslandServer', () => {
  it('puts every dynamically imported module into the server bundle, so an island renders synchronously', () => {
    expect(configure(true)).toEqual({module: {parser: {javascript: {dynamicImportMode: 'eager'}}}});
  });

  it('leaves the browser bundle its chunks, loaded when needed', () => {
    expect(configure(false)).toEqual({});
  });
});
