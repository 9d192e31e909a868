import type {DocusaurusConfig, LoadContext} from '@docusaurus/types';
import {describe, expect, it} from 'vitest';
import bundlerCacheKey from './bundlerCacheKey';

const siteConfig = (baseUrl: string) => ({title: '쿠버네티스 입문', url: 'http://localhost:3000', baseUrl}) as DocusaurusConfig;
const docusaurusCache = {type: 'persistent', version: 'client-production-ko-3.10.2-abc', buildDependencies: ['docusaurus.config.ts']};

function cacheVersion(baseUrl: string, experiments: object = {cache: docusaurusCache}): string | undefined {
  const plugin = bundlerCacheKey()({siteConfig: siteConfig(baseUrl)} as LoadContext);
  const result = plugin.configureWebpack!({experiments} as never, false, {} as never, undefined) as {experiments?: {cache?: {version?: string}}};
  return result.experiments?.cache?.version;
}

describe('bundlerCacheKey', () => {
  it("extends Docusaurus' cache version with the resolved config", () => {
    expect(cacheVersion('/')).toMatch(/^client-production-ko-3\.10\.2-abc-config-[0-9a-f]{16}$/);
  });

  it('gives another base URL another cache, and the same config the same one', () => {
    expect(cacheVersion('/k8s-intro/')).not.toBe(cacheVersion('/'));
    expect(cacheVersion('/')).toBe(cacheVersion('/'));
  });

  it('leaves a build without persistent cache alone (DOCUSAURUS_NO_PERSISTENT_CACHE)', () => {
    expect(cacheVersion('/', {})).toBeUndefined();
  });
});
