import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkSite} from '..';
import {glossaryTerms} from './glossaryTerms';

// Checked against the course's real glossary (docs/glossary.md).
const siteDir = path.resolve(__dirname, '../../..');
const file = 'docs/term-check.md';

async function check(body: string) {
  const source = `---\ntitle: 용어 시험\n---\n\n${body}\n`;
  const {problems} = await checkSite({siteDir, extra: [{file, source}], files: [path.join(siteDir, file)]});
  return problems.filter((problem) => problem.rule === glossaryTerms.name).map((problem) => `${problem.line}:${problem.column} ${problem.severity} ${problem.message}`);
}

describe('glossary-terms rule', {timeout: 60_000}, () => {
  it('reports an unknown <Term id> with its line and the id meant', async () => {
    expect(await check('첫 <Term id="podd">파드</Term>입니다.')).toEqual([
      '5:3 error 알 수 없는 용어 id "podd" 입니다. 용어집(docs/glossary.md)에 있는 id: "pod"(파드)를 쓰려던 것인가요?',
    ]);
  });

  it('accepts ids the glossary defines', async () => {
    expect(await check('<Term id="pod">파드</Term>와 <Term id="service">서비스</Term>')).toEqual([]);
  });
});
