import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {beforeAll, describe, expect, it} from 'vitest';
import {checkSite, formatProblem, type Problem} from '../../content-check';

// `npm run check` on the fixture site: the Obsidian article passes, every
// broken wiki link, embed, callout and comment is reported with its line.
const SITE = path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__/site');
let problems: Problem[] = [];

beforeAll(async () => {
  ({problems} = await checkSite({siteDir: SITE}));
});

const of = (file: string) => problems.filter((problem) => problem.file === file);

describe('npm run check on Obsidian syntax', () => {
  it('passes an article written purely in Obsidian syntax', () => {
    expect(of('docs/guide/obsidian-note.md').map(formatProblem)).toEqual([]);
  });

  it('reports unresolved, ambiguous and unsupported links and images, unknown callouts and unclosed comments', () => {
    const reported = of('docs/broken.md');
    expect(reported.map((problem) => `${problem.line}:${problem.column} ${problem.rule}`)).toEqual([
      '5:1 obsidian',
      '5:12 obsidian', // (the links rule's message: the anchor is missing)
      '5:30 obsidian',
      '7:1 obsidian',
      '7:18 obsidian',
      '7:57 obsidian',
      '9:1 obsidian',
      '9:14 obsidian',
      '11:5 obsidian',
      '14:8 obsidian',
    ]);
    expect(reported.every((problem) => problem.severity === 'error')).toBe(true);
    expect(reported[1]!.message).toMatch(/^링크한 제목 #없는-제목 이\(가\) docs\/guide\/target.md 에 없습니다/);
    expect(reported[8]!.message).toMatch(/^알 수 없는 콜아웃 종류 \[!tips\]/);
    expect(reported[9]!.message).toMatch(/^%% 주석이 닫히지 않았습니다/);
  });
});
