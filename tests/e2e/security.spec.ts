import {test, expect} from '@playwright/test';
import {buildSite, reusedMinimalScratchSite, WITHOUT_MANIFEST_CHECKER} from './scratchSite';
import {layCase, securityCases} from '../security/cases';

// Each hostile pull request in tests/security/cases is built on its own
// small site (the glossary and the attack), so one case cannot hide another.
// The site is laid out anew for each case, in the worker's own folder, whose
// bundler cache stays warm from case to case (./scratchSite.ts).
test.describe('빌드가 악의적인 글을 멈춘다', () => {
  // Cases are independent: spread them over the workers.
  test.describe.configure({mode: 'parallel', timeout: 180_000});
  for (const securityCase of securityCases()) {
    test(`${securityCase.name}: ${securityCase.title}`, () => {
      const dir = reusedMinimalScratchSite(test.info().parallelIndex, (siteDir) => layCase(securityCase, siteDir));
      const {status, output} = buildSite(dir, WITHOUT_MANIFEST_CHECKER);
      expect(status, output).not.toBe(0);
      for (const expected of securityCase.build) expect(output).toContain(expected);
      // A CI runner reads a line starting with `::` (after blanks) as a workflow command.
      for (const line of output.split(/\r?\n/)) expect(line.trimStart().startsWith('::'), line).toBe(false);
    });
  }
});
