import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {contentSizeProblems, MAX_ARTICLE_BYTES, MAX_LINE_CHARS} from './contentSize';

const root = path.resolve(__dirname, '../..');
const markdownUnder = (dir: string) =>
  readdirSync(path.join(root, dir), {recursive: true, encoding: 'utf8'})
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => path.join(root, dir, file));

describe('contentSizeProblems', () => {
  it('accepts every article of the course and the authors’ fixtures, with room to spare', () => {
    const files = [...markdownUnder('docs'), ...markdownUnder('tests/fixtures')];
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      expect(contentSizeProblems(source), file).toEqual([]);
      expect(Buffer.byteLength(source) * 4, file).toBeLessThan(MAX_ARTICLE_BYTES);
      for (const line of source.split('\n')) expect(line.length * 4, file).toBeLessThan(MAX_LINE_CHARS);
    }
  });

  it('refuses an article over the byte limit at 1:1, counting UTF-8 bytes (Korean is 3 bytes a character)', () => {
    const korean = `${'가'.repeat(99)}\n`.repeat(Math.ceil(MAX_ARTICLE_BYTES / 298) + 1);
    expect(korean.length).toBeLessThan(MAX_ARTICLE_BYTES);
    expect(contentSizeProblems(korean)).toEqual([
      {line: 1, column: 1, message: expect.stringContaining('글이 너무 큽니다') as unknown as string},
    ]);
  });

  it('points at the first character past the limit of the first long line, and counts the others', () => {
    const long = 'x'.repeat(MAX_LINE_CHARS + 1);
    const problems = contentSizeProblems(`제목\r\n\r\n${long}\n짧은 줄\r${long}`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({line: 3, column: MAX_LINE_CHARS + 1});
    expect(problems[0]!.message).toContain('이런 줄이 2개 있습니다');
  });

  it('allows a line of exactly the limit', () => {
    expect(contentSizeProblems('y'.repeat(MAX_LINE_CHARS))).toEqual([]);
  });
});

describe('container markers', () => {
  it('refuses lists opened inside lists on one line (the parser slows down with the square of such lines)', () => {
    expect(contentSizeProblems('본문\n\n- - - x\n')).toEqual([{line: 3, column: 1, message: expect.stringContaining('한 줄에 목록 기호가 겹쳐 있습니다') as unknown as string}]);
    expect(contentSizeProblems('1. - x\n')).toHaveLength(1);
    expect(contentSizeProblems(`${'> '.repeat(11)}x\n`)[0]!.message).toContain('인용(>)이 너무 깊게 겹쳐 있습니다');
  });

  it('accepts one list marker after quotes, nested lists by indentation and words that start with a dash', () => {
    expect(contentSizeProblems('> - 항목\n> > 인용 속 인용\n- 항목\n  - 안쪽 항목\n-1 은 음수\n2024. 1월\n')).toEqual([]);
  });
});
