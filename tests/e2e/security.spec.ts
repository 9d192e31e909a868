import {rmSync} from 'node:fs';
import {test, expect} from '@playwright/test';
import {buildSite, minimalScratchSite} from './scratchSite';
import {layCase, securityCases} from '../security/cases';

// Each hostile pull request in tests/security/cases is built on its own
// small site (the glossary and the attack), so one case cannot hide another.
test.describe('빌드가 악의적인 글을 멈춘다', () => {
  // Cases are independent: spread them over the workers.
  test.describe.configure({mode: 'parallel', timeout: 180_000});
  for (const securityCase of securityCases()) {
    test(`${securityCase.name}: ${securityCase.title}`, () => {
      const dir = minimalScratchSite((siteDir) => layCase(securityCase, siteDir));
      try {
        // Without the shared bundler cache, so two cases building at once cannot write it together.
        const {status, output} = buildSite(dir, {DOCUSAURUS_NO_PERSISTENT_CACHE: 'true'});
        expect(status, output).not.toBe(0);
        for (const expected of securityCase.build) expect(output).toContain(expected);
        // A CI runner reads a line starting with `::` (after blanks) as a workflow command.
        for (const line of output.split(/\r?\n/)) expect(line.trimStart().startsWith('::'), line).toBe(false);
      } finally {
        rmSync(dir, {recursive: true, force: true});
      }
    });
  }
});
