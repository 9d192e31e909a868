import {rmSync} from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {runCli} from '../../src/content-check/cli';
import {checkerSiteFor, securityCases} from './cases';

const root = path.resolve(__dirname, '../..');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, {recursive: true, force: true})));

describe('npm run check stops every hostile pull request in tests/security/cases', () => {
  const cases = securityCases();
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));

  for (const securityCase of cases) {
    it(`${securityCase.name}: ${securityCase.title}`, async () => {
      const siteDir = checkerSiteFor(securityCase, root);
      made.push(siteDir);
      const lines: string[] = [];
      const io = {cwd: siteDir, env: {GITHUB_ACTIONS: 'true'}, out: (line: string) => lines.push(line), err: (line: string) => lines.push(line)};
      const code = await runCli([], io);
      const output = lines.join('\n');
      expect(code, output).toBe(1);
      for (const expected of securityCase.check) expect(output).toContain(expected);
      // Whatever the article says, no line of ours can be read as a workflow command
      // except the annotations the checker means to print.
      for (const line of lines) if (line.startsWith('::')) expect(line).toMatch(/^::(error|warning) file=[^\n]*::/);
    });
  }
});
