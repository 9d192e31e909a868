import {describe, expect, it} from 'vitest';
import type {LoadContext, Plugin} from '@docusaurus/types';
import firstLoadChunks, {loadRequests, SHARED_GROUP, sharedChunkName, sharesModules, type PageFamilies} from './index';

const families: PageFamilies = {home: '@site/src/components/HomePage', articleRenderers: ['@site/src/components/PrintCourse']};
const plugin = (firstLoadChunks(families) as (context: LoadContext) => Plugin)({} as LoadContext);
const configure = (isServer: boolean) => plugin.configureWebpack!({} as never, isServer, {} as never, {} as never);
type Groups = {defaultVendors: false; shared: typeof SHARED_GROUP & {chunks: Function; name: (module: unknown, chunks: unknown[]) => string | undefined}};
const cacheGroups = () => (configure(false) as unknown as {optimization: {splitChunks: {cacheGroups: Groups}}}).optimization.splitChunks.cacheGroups;
const chunkOf = (...requests: string[]) => ({
  groupsIterable: new Set([{origins: requests.map((request) => ({request}))}, {origins: [{}]}]),
  canBeInitial: () => requests.includes('main'),
});

describe('firstLoadChunks', () => {
  it('gives the browser bundle a cache group for modules two lazy chunks share, whatever their size, and no vendors group', () => {
    expect(cacheGroups().defaultVendors).toBe(false);
    expect(cacheGroups().shared).toMatchObject({...SHARED_GROUP, chunks: sharesModules, name: expect.any(Function)});
    expect(SHARED_GROUP).toMatchObject({minChunks: 2, minSize: 0});
    // Below Docusaurus' `common` group (40, modules of most pages) and its single stylesheet (50).
    expect(SHARED_GROUP.priority).toBeGreaterThan(0);
    expect(SHARED_GROUP.priority).toBeLessThan(50);
  });

  it('names the shared chunk from the requests that load each sharing chunk', () => {
    const {name} = cacheGroups().shared;
    expect(name({}, [chunkOf('@theme/DocItem'), chunkOf('@site/docs/pod.md')])).toBe('doc-shell');
    expect(name({}, [chunkOf('@theme/DocItem'), chunkOf('@site/src/pages/manifest-check.tsx')])).toBeUndefined();
    expect(loadRequests(chunkOf('@theme/DocRoot', '@theme/DocRoot'))).toEqual(['@theme/DocRoot', '@theme/DocRoot']);
  });

  it('splits lazy chunks only, and not the 404 page, which loads no other route', () => {
    expect(sharesModules(chunkOf('@theme/DocRoot'))).toBe(true);
    expect(sharesModules(chunkOf('./TermTooltip'))).toBe(true);
    expect(sharesModules(chunkOf('main'))).toBe(false);
    expect(sharesModules(chunkOf('@theme/NotFound'))).toBe(false);
  });

  it('leaves the server bundle alone (it is one file)', () => {
    expect(configure(true)).toEqual({});
  });
});

describe('sharedChunkName', () => {
  const name = (...chunks: string[][]) => sharedChunkName(chunks, families);

  it('gathers what every article loads and only doc pages share into one chunk', () => {
    expect(name(['@theme/DocRoot'], ['@theme/DocItem'])).toBe('doc-shell');
    expect(name(['@theme/DocItem'], ['@site/docs/01-intro/pod.md'], ['@site/docs/setup.md'])).toBe('doc-shell');
    expect(name(['@theme/DocItem'], ['@theme/DocTagDocListPage'], ['@site/src/components/PrintCourse'])).toBe('doc-shell');
  });

  it('gathers what every article and the home page load into another', () => {
    expect(name(['@site/src/components/HomePage'], ['@theme/DocRoot'])).toBe('course-common');
    expect(name(['@site/src/components/HomePage'], ['./Quiz'], ['@theme/DocItem'], ['@theme/NotFound'])).toBe('course-common');
  });

  it('leaves a module an article page does not always load, or that a page outside the docs needs, in a chunk of its own', () => {
    // Only some articles (a component their Markdown imports), or no article at all.
    expect(name(['@site/docs/a.md'], ['@site/docs/b.md'])).toBeUndefined();
    expect(name(['@site/src/components/HomePage'], ['@site/src/components/PrintCourse'])).toBeUndefined();
    expect(name(['kubernetes-models/v1/Pod'], ['kubernetes-models/apps/v1/Deployment'])).toBeUndefined();
    // The 404 page or the manifest checker would download every article's shell.
    expect(name(['@theme/NotFound'], ['@theme/DocRoot'])).toBeUndefined();
    expect(name(['@theme/DocItem'], ['@site/src/components/PrintCourse'], ['@site/src/pages/manifest-check.tsx'])).toBeUndefined();
    expect(name()).toBeUndefined();
  });
});
