import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {checkSite} from '../index';
import {labMarkdown} from '../../plugins/lab/labBlock';
import {LAB_CHAPTERS} from '../../data/lab';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../__fixtures__');
const SITE = path.resolve(FIXTURES, '../../..');

/** Problems of the lab rules in one article from memory, checked inside the fixture site. */
async function labProblems(file: string, source: string) {
  const {problems} = await checkSite({siteDir: FIXTURES, extra: [{file, source}], files: [path.join(FIXTURES, file)]});
  return problems.filter((problem) => problem.rule === 'lab').map(({line, column, message}) => ({line, column, message}));
}

const article = (body: string) => `---\ntitle: 시험\n---\n\n## 사전 지식\n\n${body}\n`;

describe('lab rule', () => {
  it('accepts the block of the chapter the article is in', async () => {
    expect(await labProblems('docs/05-net/a.md', article('::lab{chapter="5"}'))).toEqual([]);
  });

  it('refuses a block without a known chapter, of another chapter, or with content', async () => {
    const problems = await labProblems('docs/05-net/a.md', article('::lab\n\n::lab{chapter="4"}\n\n::lab[내용]{chapter="5"}'));
    expect(problems).toEqual([
      {line: 7, column: 1, message: expect.stringContaining('실습 환경 블록의 장 번호가 없거나 잘못되었습니다 (없음)')},
      {line: 9, column: 1, message: expect.stringContaining('이 글은 5장에 있는데 4장의 실습 환경 블록을 넣었습니다. ::lab{chapter="5"}')},
      {line: 11, column: 1, message: expect.stringContaining('실습 환경 블록에는 내용을 적지 않습니다.')},
    ]);
  });

  it('refuses a hand-written lab cluster and its deletion outside an aside', async () => {
    const body = [
      '```bash',
      'kind create cluster --config my.yaml',
      'kind get clusters | grep -qx kind || kind create cluster --config kind-lab.yaml',
      'kind create cluster --name dev',
      'kind delete cluster',
      'kind delete cluster --name=kind',
      'kind delete cluster --name dev',
      '```',
      '',
      ':::note 선택 사항',
      '```bash',
      'kind delete cluster',
      '```',
      ':::',
    ].join('\n');
    const problems = await labProblems('docs/05-net/a.md', article(body));
    const creates = expect.stringContaining('실습 클러스터 "kind"는 각 장의 실습 환경 블록');
    const deletes = expect.stringContaining('실습 클러스터 "kind"를 지우면 다음 글들이');
    expect(problems).toEqual([
      {line: 8, column: 1, message: creates},
      {line: 11, column: 1, message: deletes},
      {line: 12, column: 1, message: deletes},
    ]);
  });

  it.each(LAB_CHAPTERS.map((chapter) => [chapter]))('renders chapter %i as an article the checker accepts', async (chapter) => {
    const file = `docs/0${chapter}-lab/block.md`;
    const {problems} = await checkSite({siteDir: FIXTURES, extra: [{file, source: article(labMarkdown(chapter, 'https://example.org/base/'))}], files: [path.join(FIXTURES, file)]});
    // The link to the setup article points into the course, not the fixture site.
    expect(problems.filter((problem) => problem.severity === 'error' && problem.rule !== 'links')).toEqual([]);
  });
});

describe('lab files rule', () => {
  it('accepts the published lab manifests', {timeout: 60_000}, async () => {
    const {problems} = await checkSite({siteDir: SITE, files: [path.join(SITE, 'docs/how-to-read.md')]});
    expect(problems.filter((problem) => problem.rule === 'lab-files')).toEqual([]);
  });

  it('validates the lab manifests strictly and names a missing one', async () => {
    const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-files-'));
    try {
      fs.mkdirSync(path.join(staticDir, 'lab'));
      fs.writeFileSync(path.join(staticDir, 'lab/traefik.yaml'), 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: traefik\n  nmae: x\n');
      const {problems} = await checkSite({siteDir: FIXTURES, staticDirs: [staticDir], files: [path.join(FIXTURES, 'docs/01-basics/' + fs.readdirSync(path.join(FIXTURES, 'docs/01-basics'))[0])]});
      const lab = problems.filter((problem) => problem.rule === 'lab-files');
      expect(lab).toEqual([
        expect.objectContaining({line: 1, severity: 'error', message: expect.stringContaining('metrics-server.yaml 파일이 없습니다')}),
        expect.objectContaining({line: 5, severity: 'error', message: expect.stringContaining('알 수 없는 필드')}),
      ]);
    } finally {
      fs.rmSync(staticDir, {recursive: true, force: true});
    }
  });
});
