import {describe, expect, it} from 'vitest';
import type {LoadContext, Plugin} from '@docusaurus/types';
import firstLoadChunks, {SHARED_GROUP} from './index';

const plugin = (firstLoadChunks() as (context: LoadContext) => Plugin)({} as LoadContext);
const configure = (isServer: boolean) => plugin.configureWebpack!({} as never, isServer, {} as never, {} as never);

describe('firstLoadChunks', () => {
  it('gives the browser bundle a cache group for modules two lazy chunks share, whatever their size', () => {
    expect(configure(false)).toEqual({optimization: {splitChunks: {cacheGroups: {shared: SHARED_GROUP}}}});
    expect(SHARED_GROUP).toMatchObject({chunks: 'async', minChunks: 2, minSize: 0});
    // Below Docusaurus' `common` group (40, modules of most pages) and its single stylesheet (50).
    expect(SHARED_GROUP.priority).toBeGreaterThan(0);
    expect(SHARED_GROUP.priority).toBeLessThan(50);
  });

  it('leaves the server bundle alone (it is one file)', () => {
    expect(configure(true)).toEqual({});
  });
});
