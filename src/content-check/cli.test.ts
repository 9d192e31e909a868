import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {runCli} from './cli';
import {formatAnnotation, formatProblem} from './index';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.join(HERE, '__fixtures__');
const ROOT = path.resolve(HERE, '../..');

async function run(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {cwd: FIXTURES, env, out: (line) => out.push(line), err: (line) => err.push(line)});
  return {code, out, err};
}

describe('npm run check', () => {
  it('exits 1 on errors and prints file:line:column  message', async () => {
    const {code, out} = await run(['docs/manifest-unknown-field.md']);
    expect(code).toBe(1);
    expect(out).toEqual([
      'docs/manifest-unknown-field.md:16:3  알 수 없는 필드 spec.restartPolcy 입니다. 철자를 확인하세요 (혹시 restartPolicy?)',
      '',
      '글 1편을 검사했습니다: 오류 1개, 경고 0개.',
    ]);
  });

  it('adds GitHub annotations when GITHUB_ACTIONS=true', async () => {
    const {code, out} = await run(['docs/manifest-unknown-field.md', 'docs/warning-term-variant.md'], {GITHUB_ACTIONS: 'true'});
    expect(code).toBe(1);
    expect(out).toContain(
      '::error file=docs/manifest-unknown-field.md,line=16,col=3,title=content check%3A manifests::알 수 없는 필드 spec.restartPolcy 입니다. 철자를 확인하세요 (혹시 restartPolicy?)',
    );
    expect(out).toContain(
      "::warning file=docs/warning-term-variant.md,line=8,col=1,title=content check%3A terminology::용어: '포드' 대신 '파드'(Pod)라고 쓰세요 (강좌 용어 기준, 쿠버네티스 공식 한국어 번역).",
    );
  });

  it('prints no annotations outside GitHub Actions', async () => {
    const {out} = await run(['docs/manifest-unknown-field.md']);
    expect(out.some((line) => line.startsWith('::'))).toBe(false);
  });

  it('exits 0 when there are only warnings', async () => {
    const {code, out} = await run(['docs/컨테이너-기초.md']);
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^docs\/컨테이너-기초\.md:1:1  경고: title이 없습니다/);
  });

  it('exits 2 for a file that does not exist', async () => {
    const {code, err} = await run(['docs/no-such-article.md']);
    expect(code).toBe(2);
    expect(err).toEqual(['파일이 없습니다: docs/no-such-article.md']);
  });

  it('escapes percent signs and commas in annotations, and shows line breaks instead of breaking the line', () => {
    expect(
      formatAnnotation({file: 'docs/a,b.md', line: 1, column: 2, severity: 'error', rule: 'x', message: '100%\n::warning::다음 줄'}),
    ).toBe('::error file=docs/a%2Cb.md,line=1,col=2,title=content check%3A x::100%25\\n::warning::다음 줄');
  });

  it('keeps every problem on one line, file names with newlines included (no forged workflow commands)', () => {
    const problem = {file: 'docs/a\n::error::b.md', line: 1, column: 2, severity: 'warning' as const, rule: 'x', message: '제목\r\n::warning file=x::y\u2028z'};
    for (const line of [formatProblem(problem), formatAnnotation(problem)]) expect(line).not.toMatch(/[\n\r\u2028]/);
    expect(formatProblem(problem)).toBe('docs/a\\n::error::b.md:1:2  경고: 제목\\r\\n::warning file=x::y\\u2028z');
  });

  it('runs as a script with tsx and sets the exit code', () => {
    const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
    const script = path.join(ROOT, 'scripts/check.ts');
    const failing = spawnSync(tsx, [script, '--site', FIXTURES, path.join(FIXTURES, 'docs/unsafe-script.md')], {
      cwd: ROOT,
      env: {...process.env, GITHUB_ACTIONS: 'true'},
      encoding: 'utf8',
    });
    expect(failing.status).toBe(1);
    expect(failing.stdout).toContain('docs/unsafe-script.md:10:1  <script> 태그는 쓸 수 없습니다');
    expect(failing.stdout).toContain('::error file=docs/unsafe-script.md,line=10,col=1,');
  }, 120_000);
});
