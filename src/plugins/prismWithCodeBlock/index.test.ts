import {existsSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import type {LoadContext, Plugin} from '@docusaurus/types';
import prismWithCodeBlock, {PRISM_CLIENT_MODULE} from './index';

const plugin = (prismWithCodeBlock() as (context: LoadContext) => Plugin)({} as LoadContext);
const configure = (isServer: boolean) => plugin.configureWebpack!({} as never, isServer, {} as never, {} as never);

describe('prismWithCodeBlock', () => {
  it("names theme-classic's client module that loads Prism on every page", () => {
    // If theme-classic moves or renames it, the alias would silently do nothing.
    expect(existsSync(`${PRISM_CLIENT_MODULE}.js`)).toBe(true);
    expect(readFileSync(`${PRISM_CLIENT_MODULE}.js`, 'utf8')).toMatch(/from 'prism-react-renderer'/);
  });

  it('replaces that file alone by nothing, in the browser and the server bundle', () => {
    for (const isServer of [false, true]) {
      expect(configure(isServer)).toEqual({resolve: {alias: {[`${PRISM_CLIENT_MODULE}$`]: false}}});
    }
  });
});
