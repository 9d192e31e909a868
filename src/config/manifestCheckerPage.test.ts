import {GlobExcludeDefault} from '@docusaurus/utils';
import {describe, expect, it} from 'vitest';
import {pagesExclude, withManifestChecker, WITHOUT_MANIFEST_CHECKER_ENV} from './manifestCheckerPage';

describe('the manifest checker page switch', () => {
  it('keeps the page unless the environment says exactly "true"', () => {
    expect(withManifestChecker({})).toBe(true);
    expect(withManifestChecker({[WITHOUT_MANIFEST_CHECKER_ENV]: '1'})).toBe(true);
    expect(withManifestChecker({[WITHOUT_MANIFEST_CHECKER_ENV]: 'true'})).toBe(false);
  });

  it('leaves out that one page and keeps the pages plugin’s own exclusions', () => {
    expect(pagesExclude(true)).toEqual(GlobExcludeDefault);
    expect(pagesExclude(false)).toEqual([...GlobExcludeDefault, 'manifest-check.tsx']);
  });
});
