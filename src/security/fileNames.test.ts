import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {isUnsafeFileName, unsafeFileNames} from './fileNames';
import {contentLimitMessages} from '../plugins/contentLimits';
import {runCli} from '../content-check/cli';

// Built at test time: a repository fixture with a newline in its name would trouble every tool that lists files.
const site = mkdtempSync(path.join(tmpdir(), 'k8s-file-names-'));
afterAll(() => rmSync(site, {recursive: true, force: true}));
const forged = 'a\n::error file=intro.md::가짜.md';
mkdirSync(path.join(site, 'docs/모음'), {recursive: true});
mkdirSync(path.join(site, 'static/img'), {recursive: true});
writeFileSync(path.join(site, 'docs', forged), '---\ntitle: 가짜\n---\n\n본문.\n');
writeFileSync(path.join(site, 'docs/모음/정상 글.md'), '---\ntitle: 정상\n---\n\n본문.\n');
writeFileSync(path.join(site, 'static/img/\u202egnp.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');

describe('file names', () => {
  it('tells names with line breaks, controls or bidi overrides from ordinary ones', () => {
    for (const name of ['a\nb.md', 'a\rb.md', 'a\u2028b.md', 'a\u0085b.md', '\u202egnp.svg', 'a\u0000b']) expect(isUnsafeFileName(name), JSON.stringify(name)).toBe(true);
    for (const name of ['Pasted image 1.png', '이미지 창고', 'pod-lifecycle.md', '01-basics']) expect(isUnsafeFileName(name), name).toBe(false);
  });

  it('finds them under docs/ and static/', () => {
    expect(unsafeFileNames(site, ['docs', 'static'])).toEqual([`docs/${forged}`, 'static/img/\u202egnp.svg']);
  });

  it('stops the build with one line per name', () => {
    const messages = contentLimitMessages(site);
    expect(messages).toEqual([
      'docs/a\\n::error file=intro.md::가짜.md:1:1  파일 이름에 줄바꿈이나 제어 문자가 들어 있습니다. 글자, 숫자, 공백, -, _ 로 된 이름으로 바꿔 주세요.',
      'static/img/\\u202egnp.svg:1:1  파일 이름에 줄바꿈이나 제어 문자가 들어 있습니다. 글자, 숫자, 공백, -, _ 로 된 이름으로 바꿔 주세요.',
    ]);
  });

  it('is an error of npm run check, printed on one line in every output mode', async () => {
    const lines: string[] = [];
    const code = await runCli([], {cwd: site, env: {GITHUB_ACTIONS: 'true'}, out: (line) => lines.push(line), err: (line) => lines.push(line)});
    expect(code).toBe(1);
    expect(lines).toContain('docs/a\\n::error file=intro.md::가짜.md:1:1  파일 이름에 줄바꿈이나 제어 문자가 들어 있습니다. 글자, 숫자, 공백, -, _ 로 된 이름으로 바꿔 주세요.');
    expect(lines).toContain('static/img/\\u202egnp.svg:1:1  파일 이름에 줄바꿈이나 제어 문자가 들어 있습니다. 글자, 숫자, 공백, -, _ 로 된 이름으로 바꿔 주세요.');
    for (const line of lines) expect(line).not.toMatch(/[\n\r]/);
    const annotations = lines.filter((line) => line.startsWith('::'));
    expect(new Set(annotations.map((line) => line.split(',')[0]))).toEqual(new Set(['::error file=docs/a\\n%3A%3Aerror file=intro.md%3A%3A가짜.md', '::error file=static/img/\\u202egnp.svg']));
  });
});
