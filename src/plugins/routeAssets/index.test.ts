import {describe, expect, it} from 'vitest';
import type {LoadContext, Plugin} from '@docusaurus/types';
import routeAssets, {NOT_PAGE_STYLESHEET, withRequestOrigins, type ClientManifest} from './index';

// As react-loadable-ssr-addon writes it under Rspack: origins keyed by chunk name.
const manifest: ClientManifest = {
  entrypoints: ['main'],
  origins: {main: [1889, 4014], '1f3e184a': [4014, 8865], '72a52e44': [9931, 4522], styles: [4014]},
  assets: {8865: {js: [{file: 'assets/js/1f3e184a.js'}], css: [{file: 'assets/css/1f3e184a.css'}]}},
};

describe('withRequestOrigins', () => {
  it('lists each route chunk under the module request Docusaurus looks it up by', () => {
    const result = withRequestOrigins(manifest, [
      {name: '1f3e184a', origins: [{request: '@site/src/components/HomePage'}]},
      {name: '72a52e44', origins: [{request: '@site/src/components/PrintCourse'}, {request: '@site/src/components/PrintCourse'}]},
    ]);
    expect(result.origins['@site/src/components/HomePage']).toEqual([4014, 8865]);
    expect(result.origins['@site/src/components/PrintCourse']).toEqual([9931, 4522]);
    // What was there stays as it was.
    expect(result.origins['1f3e184a']).toEqual([4014, 8865]);
    expect(result.assets).toBe(manifest.assets);
  });

  it('leaves unnamed groups, unknown names, requests-less origins and existing keys alone', () => {
    const result = withRequestOrigins(manifest, [
      {name: null, origins: [{request: './a'}]},
      {name: 'not-in-manifest', origins: [{request: './b'}]},
      {name: '1f3e184a', origins: [{}]},
      {name: '72a52e44', origins: [{request: 'main'}]},
    ]);
    expect(result.origins).toEqual(manifest.origins);
  });
});

describe('page stylesheets', () => {
  it('keeps *.page.module.css out of the site stylesheet, every other stylesheet in it', () => {
    expect(NOT_PAGE_STYLESHEET.test('/site/src/components/PrintCourse/styles.page.module.css')).toBe(false);
    expect(NOT_PAGE_STYLESHEET.test('/site/src/components/Quiz/styles.module.css')).toBe(true);
    expect(NOT_PAGE_STYLESHEET.test('/site/src/css/custom.css')).toBe(true);
    expect(NOT_PAGE_STYLESHEET.test('/site/node_modules/infima/dist/css/default/default.css')).toBe(true);
  });

  it('changes the browser bundle only', () => {
    const plugin = (routeAssets() as (context: LoadContext) => Plugin)({generatedFilesDir: '/site/.docusaurus'} as LoadContext);
    const configure = (isServer: boolean) => plugin.configureWebpack!({} as never, isServer, {} as never, {} as never);
    expect(configure(true)).toEqual({});
    expect(configure(false)).toMatchObject({optimization: {splitChunks: {cacheGroups: {styles: {test: NOT_PAGE_STYLESHEET}}}}});
  });
});
