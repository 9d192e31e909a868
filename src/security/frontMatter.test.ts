import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {readArticleFrontMatter} from './frontMatter';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url)), 'utf8');
const problemsOf = (source: string) => readArticleFrontMatter(source).problems.map(({line, column, message}) => `${line}:${column} ${message}`);

describe('the one frontmatter parser (build and checker)', () => {
  it('reads plain --- YAML, and gives the body as Docusaurus does', async () => {
    const source = fixture('frontmatter-plain.md');
    const parsed = readArticleFrontMatter(source);
    expect(parsed.problems).toEqual([]);
    // Core schema: a date stays the text written.
    expect(parsed.data).toEqual({title: '파드 살펴보기', sidebar_position: 2, tags: ['파드'], last_update: {date: '2024-05-01'}});
    expect(parsed.firstLine).toBe(2);
    const docusaurus = await DEFAULT_PARSE_FRONT_MATTER({filePath: 'docs/a.md', fileContent: source});
    expect(parsed.content).toBe(docusaurus.content);
  });

  it('gives the same body for CRLF files and an article without frontmatter', async () => {
    for (const source of [fixture('frontmatter-crlf.md'), '\n\n# 제목\n\n본문\n']) {
      const docusaurus = await DEFAULT_PARSE_FRONT_MATTER({filePath: 'docs/a.md', fileContent: source});
      expect(readArticleFrontMatter(source).content).toBe(docusaurus.content);
    }
    expect(readArticleFrontMatter(fixture('frontmatter-crlf.md')).data).toEqual({title: '윈도 줄바꿈'});
  });

  it('refuses a fence that names a language, and never runs it', () => {
    const parsed = readArticleFrontMatter(fixture('frontmatter-js-fence.md'));
    expect(problemsOf(fixture('frontmatter-js-fence.md'))).toEqual([expect.stringMatching(/^1:1 frontmatter 는 `---` 한 줄로 시작하는 YAML 만/)]);
    expect(parsed.data).toEqual({});
    expect((globalThis as {__ranFrontMatter?: boolean}).__ranFrontMatter).toBeUndefined();
    for (const fence of ['---yaml', '--- toml', '---json']) expect(problemsOf(`${fence}\ntitle: x\n---\n`)).toHaveLength(1);
    // A thematic break is not a fence.
    expect(readArticleFrontMatter('----\n\n본문\n').problems).toEqual([]);
  });

  it('refuses tags, aliases, duplicate keys, an unclosed block and a non-map, each at its line', () => {
    expect(problemsOf('---\ntitle: !foo 제목\n---\n')).toEqual([expect.stringMatching(/^2:8 .*Unresolved tag: !foo/)]);
    for (const tag of ['!!binary aGVsbG8=', '!!set {a}', '!!str 1']) {
      expect(problemsOf(`---\ntitle: ${tag}\n---\n`)).toEqual([expect.stringMatching(/^2:\d+ frontmatter 에는 YAML 태그/)]);
    }
    expect(problemsOf('---\na: &x [1, 2]\nb: *x\n---\n')).toEqual([expect.stringMatching(/^3:4 frontmatter 에는 YAML 별칭/)]);
    expect(problemsOf('---\ntitle: a\ntitle: b\n---\n')).toEqual([expect.stringMatching(/^3:1 .*Map keys must be unique/)]);
    expect(problemsOf('---\ntitle: a\n')).toEqual([expect.stringMatching(/^1:1 frontmatter 가 닫히지 않았습니다/)]);
    expect(problemsOf('---\n- a\n---\n')).toEqual([expect.stringMatching(/^2:1 frontmatter 는 title: 제목 처럼/)]);
  });

  it('refuses dangerous fields where they are written', () => {
    expect(problemsOf('---\ntitle: a\ncustom_edit_url: javascript:alert(1)\n---\n')).toEqual([expect.stringMatching(/^3:18 frontmatter custom_edit_url 에는 https:\/\//)]);
    expect(problemsOf('---\ntags:\n  - 파드\n  - {label: x, permalink: /x}\n---\n')).toEqual([expect.stringMatching(/^4:5 frontmatter tags 의 2번째 항목에 label, permalink/)]);
    expect(problemsOf('---\nmdx:\n  format: md\n---\n')).toEqual([expect.stringMatching(/^3:3 frontmatter mdx 는 쓸 수 없습니다/)]);
    expect(problemsOf("---\nslug: /x\\'+alert(1)+'\nid: a\"b\n---\n")).toEqual([
      expect.stringMatching(/^2:7 페이지 주소에 쓸 수 없는 글자 '\\' 가 있습니다 \(frontmatter slug\)/),
      expect.stringMatching(/^3:5 페이지 주소에 쓸 수 없는 글자 '"' 가 있습니다 \(frontmatter id\)/),
    ]);
    expect(problemsOf('---\ncustom_edit_url: https://github.com/x/y/edit/main/a.md\ntags: [파드]\nslug: /워크로드/파드\n---\n')).toEqual([]);
  });

  it('stays linear on a long hostile block', () => {
    // CPU time of this process (other processes on a busy machine do not
    // count), the least of five runs (nor does one garbage collection).
    const time = (size: number) => {
      const source = `---\ntitle: "${'\\\\'.repeat(size)}"\n---\n${'-\n'.repeat(size)}`;
      return Math.min(
        ...Array.from({length: 5}, () => {
          const start = process.cpuUsage();
          readArticleFrontMatter(source);
          const {user, system} = process.cpuUsage(start);
          return user + system;
        }),
      );
    };
    time(1000); // warm up
    // The input grows eightfold: linear work grows about 8×, quadratic 64×.
    expect(time(400_000)).toBeLessThan(time(50_000) * 24 + 1000);
  });
});
