import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {isOffSiteResource} from './offSiteResources';

const fixtures = JSON.parse(readFileSync(new URL('./__fixtures__/resource-urls.json', import.meta.url), 'utf8')) as {offSite: string[]; onSite: string[]};

describe('isOffSiteResource', () => {
  for (const url of fixtures.offSite) it(`another server: ${JSON.stringify(url)}`, () => expect(isOffSiteResource(url)).toBe(true));
  for (const url of fixtures.onSite) it(`this site: ${JSON.stringify(url)}`, () => expect(isOffSiteResource(url)).toBe(false));
});
