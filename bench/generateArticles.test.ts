import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {validateManifestYaml} from '../src/content-check/manifests';
import {ARTICLES_PER_CHAPTER, generateArticles, IMAGE_URL, particle, planArticles, renderArticle} from './generateArticles';

const IMAGE = path.resolve(__dirname, '../tests/fixtures/author-format/static/img/이미지 창고/Pasted-image-20250301101500.png');
const COUNT = 45;

describe('generateArticles', () => {
  let dir: string;
  const docs = () => path.join(dir, 'docs');
  const markdownFiles = () =>
    readdirSync(docs(), {recursive: true, encoding: 'utf8'})
      .filter((file) => file.endsWith('.md'))
      .map((file) => path.join(docs(), file));

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'bench-gen-'));
    generateArticles(docs(), path.join(dir, 'static'), COUNT, IMAGE);
  });
  afterAll(() => rmSync(dir, {recursive: true, force: true}));

  it('writes the asked number of articles into chapter folders with _category_.json', () => {
    expect(markdownFiles()).toHaveLength(COUNT);
    const chapters = readdirSync(docs());
    expect(chapters).toHaveLength(Math.ceil(COUNT / ARTICLES_PER_CHAPTER));
    for (const chapter of chapters) {
      const category = JSON.parse(readFileSync(path.join(docs(), chapter, '_category_.json'), 'utf8'));
      expect(category).toMatchObject({label: expect.any(String), position: expect.any(Number)});
    }
    expect(existsSync(path.join(dir, 'static', IMAGE_URL))).toBe(true);
  });

  it('gives every article the frontmatter authors write', () => {
    for (const file of markdownFiles()) {
      const match = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(file, 'utf8'));
      expect(match, file).not.toBeNull();
      const frontMatter = parse(match![1]!);
      expect(Object.keys(frontMatter).sort()).toEqual(['description', 'sidebar_position', 'tags', 'title']);
      expect(frontMatter.title).toMatch(/[가-힣]/);
      expect(frontMatter.description.length).toBeGreaterThanOrEqual(50);
      expect(frontMatter.description.length).toBeLessThanOrEqual(120);
      expect(frontMatter.tags.every((tag: unknown) => typeof tag === 'string')).toBe(true);
    }
  });

  it('links only to articles that exist', () => {
    let links = 0;
    for (const file of markdownFiles()) {
      for (const [, target] of readFileSync(file, 'utf8').matchAll(/\]\((\.{1,2}\/[^)]+\.md)\)/g)) {
        expect(existsSync(path.resolve(path.dirname(file), target!)), `${file} → ${target}`).toBe(true);
        links++;
      }
    }
    expect(links).toBeGreaterThan(COUNT * 2);
  });

  it('has the authors’ building blocks, and every manifest is valid', async () => {
    const {articles} = planArticles(COUNT);
    for (const article of articles) {
      const text = renderArticle(article, articles);
      for (const heading of ['## 학습 목표', '## 사전 지식', '## 실습', '## 정리']) expect(text).toContain(heading);
      expect(text).toMatch(/^:::(note|info|tip|warning|danger) \S/m);
      expect(text).toMatch(/^:::error \S/m);
      expect(text).toContain('<mark>');
      expect(text).toContain(`](${IMAGE_URL})`);
      expect(text).toMatch(/```bash\n[^`]+```\n\n```text\n/);
      const yamlBlocks = [...text.matchAll(/```yaml title="[^"]+"\n([\s\S]*?)```/g)];
      expect(yamlBlocks.length).toBeGreaterThan(0);
      for (const [, body] of yamlBlocks) {
        // The course's own strict check (npm run check), so both sites build valid manifests.
        expect((await validateManifestYaml(body!)).problems, body).toEqual([]);
      }
      // MDX: no stray braces or angle brackets outside code and the allowed tags.
      const prose = text.replace(/```[\s\S]*?```/g, '').replace(/`[^`]*`/g, '').replace(/<\/?(mark|details|summary)>/g, '');
      expect(prose).not.toMatch(/[{}<]/);
    }
  });

  it('is deterministic: article k does not depend on how many are generated', () => {
    const small = planArticles(10).articles;
    const large = planArticles(100).articles;
    expect(renderArticle(small[3]!, small)).toBe(renderArticle(large[3]!, large));
  });
});

describe('particle', () => {
  it('follows the final consonant', () => {
    expect(particle('파드', '을를')).toBe('를');
    expect(particle('컨피그맵', '을를')).toBe('을');
    expect(particle('롤', '으로로')).toBe('로');
    expect(particle('잡', '으로로')).toBe('으로');
    expect(particle('서비스', '과와')).toBe('와');
  });
});
