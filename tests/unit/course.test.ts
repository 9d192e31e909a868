import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {parseGlossary} from '../../src/glossary/parseGlossary';
import {checkSite} from '../../src/content-check';
import {countQuizzes} from '../../src/plugins/quiz/countQuizzes';

// The course's own promises to its readers, on top of what `npm run check`
// asks of any contributed article.
const root = path.resolve(__dirname, '../..');
const docsDir = path.join(root, 'docs');
const articles = readdirSync(docsDir, {recursive: true, encoding: 'utf8'})
  .filter((file) => file.endsWith('.md'))
  .map((file) => ({file: `docs/${file}`, source: readFileSync(path.join(docsDir, file), 'utf8')}));
const GLOSSARY = 'docs/glossary.md';
const lessons = articles.filter((article) => article.file !== GLOSSARY);
/** Chapter articles explain one concept each; the long-form rule applies to them. */
const conceptArticles = lessons.filter((article) => /^docs\/0\d-[^/]+\//.test(article.file));

const withoutCode = (markdown: string) => markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
const headings = (markdown: string) => [...withoutCode(markdown).matchAll(/^##\s+(.+?)\s*$/gm)].map((match) => match[1]);

async function frontMatterOf(article: {file: string; source: string}) {
  return (await DEFAULT_PARSE_FRONT_MATTER({filePath: article.file, fileContent: article.source})).frontMatter;
}

describe('강좌 글', () => {
  it('has at least 24 lessons in eight chapters', () => {
    expect(conceptArticles.length).toBeGreaterThanOrEqual(24);
    expect(new Set(conceptArticles.map((article) => article.file.split('/')[1])).size).toBe(8);
  });

  it.each(lessons.map((article) => [article.file, article]))('%s has title, description, tags and a place', async (_file, article) => {
    const frontMatter = await frontMatterOf(article);
    expect(frontMatter.title, 'title').toEqual(expect.any(String));
    expect(String(frontMatter.description ?? '').length, 'description (검색 결과에 보일 한 문장)').toBeGreaterThanOrEqual(20);
    expect(frontMatter.tags, 'tags').toEqual(expect.arrayContaining([expect.any(String)]));
    expect(frontMatter.sidebar_position, 'sidebar_position').toEqual(expect.any(Number));
  });

  it.each(lessons.map((article) => [article.file, article]))('%s opens with goals and ends with a summary and an exercise', (_file, article) => {
    const sections = headings(article.source);
    expect(sections.slice(0, 2)).toEqual(['학습 목표', '사전 지식']);
    expect(sections).toContain('실습');
    expect(sections.at(-1)).toBe('정리');
    const exercise = withoutCode(article.source).split(/^## 실습\s*$/m)[1]!;
    expect(exercise, '실습의 정답은 <details> 안에 숨깁니다').toMatch(/<details>[\s\S]*<summary>[\s\S]*<\/details>/);
    expect(article.source.trimEnd().split('\n').at(-1), '마지막 줄은 다음 글 링크').toMatch(/^다음 글: \[.+\]\(.+\.md\)$/);
  });

  it.each(conceptArticles.map((article) => [article.file, article]))('%s ends with 3–5 knowledge checks before the summary', (_file, article) => {
    expect(headings(article.source).slice(-2)).toEqual(['확인 문제', '정리']);
    const checks = withoutCode(article.source).split(/^## 확인 문제\s*$/m)[1]!.split(/^## 정리\s*$/m)[0]!;
    const count = countQuizzes(checks);
    expect(count, '확인 문제 수').toBeGreaterThanOrEqual(3);
    expect(count, '확인 문제 수').toBeLessThanOrEqual(5);
  });

  it.each(conceptArticles.map((article) => [article.file, article]))('%s explains in at least 2,500 Hangul characters', (_file, article) => {
    expect((withoutCode(article.source).match(/[가-힣]/g) ?? []).length).toBeGreaterThanOrEqual(2500);
  });

  it('draws at least 15 diagrams, each a hand-made SVG with alt text', () => {
    const diagrams = new Set(
      articles.flatMap((article) => [...article.source.matchAll(/!\[([^\]]+)\]\((\/img\/diagrams\/[^)]+\.svg)\)/g)].map((match) => match[2])),
    );
    expect(diagrams.size).toBeGreaterThanOrEqual(15);
  });

  it('passes the content check with no error and no term variant', async () => {
    const {problems} = await checkSite({siteDir: root});
    const blocking = problems.filter((problem) => problem.severity === 'error' || problem.rule === 'terminology');
    expect(blocking.map((problem) => `${problem.file}:${problem.line}:${problem.column}  ${problem.message}`)).toEqual([]);
  }, 120_000);
});

describe('용어집', () => {
  const glossary = parseGlossary(readFileSync(path.join(root, GLOSSARY), 'utf8'));
  const normalise = (name: string) => name.toLowerCase().replace(/[\s-]/g, '');
  // tests/fixtures/terminology.md is the project's terminology table (shared/terminology.md).
  const rows = readFileSync(path.join(root, 'tests/fixtures/terminology.md'), 'utf8')
    .split('\n')
    .filter((line) => /^\|/.test(line) && !/^\|\s*(English|-)/.test(line))
    .map((line) => line.split('|').slice(1, 3).map((cell) => cell.trim()));

  it('parses without problems', () => {
    expect(glossary.problems).toEqual([]);
  });

  it.each(rows)('defines %s as %s', (english, korean) => {
    // "liveness / readiness probe" names two terms that share "probe".
    const parts = english.split(/\s*[/,]\s*/);
    const sharedTail = parts.at(-1)!.split(' ').slice(1).join(' ');
    const names = parts.map((part) => (!part.includes(' ') && sharedTail && part !== parts.at(-1) ? `${part} ${sharedTail}` : part));
    const terms = korean.replace(/\s*\((stays in English|[^)]*)\)/g, '').split(/\s*[/,]\s*/);
    for (const name of names) {
      const entry = glossary.entries.find((candidate) => [candidate.term, ...candidate.aliases].some((alias) => normalise(alias) === normalise(name)));
      expect(entry, `${name}: 용어집에 항목이 없습니다`).toBeDefined();
      expect(entry!.text.length, `${name}: 한 줄 정의`).toBeGreaterThan(10);
    }
    for (const term of terms) {
      expect(glossary.entries.map((entry) => entry.term), `${term}`).toContain(term);
    }
  });
});
