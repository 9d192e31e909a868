import {describe, expect, it} from 'vitest';
import type {LoadContext, Plugin} from '@docusaurus/types';
import routeAssets, {NOT_PAGE_STYLESHEET, withRouteChunks, type ClientManifest} from './index';

// As react-loadable-ssr-addon writes it under Rspack: origins keyed by chunk name.
const manifest: ClientManifest = {
  entrypoints: ['main'],
  origins: {main: ['1889', '4014'], '1f3e184a': ['4014', '8865'], '17896441': ['7031', '106'], styles: ['4014']},
  assets: {
    '1889': {js: [{file: 'assets/js/main.js'}]},
    '4014': {css: [{file: 'assets/css/styles.css'}]},
    '8865': {js: [{file: 'assets/js/1f3e184a.js'}], css: [{file: 'assets/css/1f3e184a.css'}]},
    '7031': {js: [{file: 'assets/js/7031.js'}]},
    '106': {js: [{file: 'assets/js/17896441.js'}]},
  },
};

describe('withRouteChunks', () => {
  it("lists a route's chunks, scripts and stylesheets, under the module request Docusaurus looks it up by", () => {
    const result = withRouteChunks(manifest, [{name: '1f3e184a', origins: [{request: '@site/src/components/HomePage'}, {request: '@site/src/components/HomePage'}]}]);
    // main.js and the site stylesheet (1889, 4014: main's) are not named twice.
    expect(result.origins['@site/src/components/HomePage']).toEqual(['8865']);
    // What was there stays as it was.
    expect(result.origins['1f3e184a']).toEqual(manifest.origins['1f3e184a']);
    expect(result.assets).toBe(manifest.assets);
  });

  it('merges the chunks of every group a request imports, each once', () => {
    const result = withRouteChunks(manifest, [
      {name: '17896441', origins: [{request: '@theme/DocItem'}]},
      {name: '1f3e184a', origins: [{request: '@theme/DocItem'}]},
    ]);
    expect(result.origins['@theme/DocItem']).toEqual(['7031', '106', '8865']);
  });

  it('adds nothing for unnamed groups, unknown names, origins without a request or keys already there', () => {
    const result = withRouteChunks(manifest, [
      {name: null, origins: [{request: './a'}]},
      {name: 'not-in-manifest', origins: [{request: './b'}]},
      {name: '1f3e184a', origins: [{}, {request: 'main'}]},
      {name: 'styles', origins: [{request: './only-site-stylesheet'}]},
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

  it("changes the production browser bundle only (npm start's has no manifest to complete)", () => {
    const plugin = (routeAssets() as (context: LoadContext) => Plugin)({generatedFilesDir: '/site/.docusaurus'} as LoadContext);
    const configure = (isServer: boolean, mode: 'production' | 'development') => plugin.configureWebpack!({mode} as never, isServer, {} as never, {} as never);
    expect(configure(true, 'production')).toEqual({});
    expect(configure(false, 'development')).toEqual({});
    expect(configure(false, 'production')).toMatchObject({optimization: {splitChunks: {cacheGroups: {styles: {test: NOT_PAGE_STYLESHEET}}}}});
  });
});
