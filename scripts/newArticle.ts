import {existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';

/**
 * Creates a new article from scripts/article-template.md in a chapter folder,
 * placed last in that chapter's sidebar order.
 */
export type Chapter = {dir: string; label: string};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function listChapters(docsDir: string): Chapter[] {
  return readdirSync(docsDir, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && existsSync(path.join(docsDir, entry.name, '_category_.json')))
    .map((entry) => ({
      dir: entry.name,
      label: (JSON.parse(readFileSync(path.join(docsDir, entry.name, '_category_.json'), 'utf8')) as {label: string}).label,
    }))
    .sort((a, b) => a.dir.localeCompare(b.dir));
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

async function frontMatterOf(filePath: string): Promise<Record<string, unknown>> {
  const fileContent = readFileSync(filePath, 'utf8');
  return (await DEFAULT_PARSE_FRONT_MATTER({filePath, fileContent})).frontMatter;
}

/** Where an existing article already answers to this slug, if anywhere. */
async function takenBy(docsDir: string, slug: string): Promise<string | undefined> {
  for (const file of markdownFiles(docsDir)) {
    const frontMatter = await frontMatterOf(file);
    const names = [path.basename(file).replace(/\.mdx?$/, ''), frontMatter.id, String(frontMatter.slug ?? '').split('/').pop()];
    if (names.includes(slug)) return path.relative(path.dirname(docsDir), file);
  }
  return undefined;
}

async function nextPosition(chapterDir: string): Promise<number> {
  const positions = await Promise.all(
    markdownFiles(chapterDir).map(async (file) => Number((await frontMatterOf(file)).sidebar_position) || 0),
  );
  return Math.max(0, ...positions) + 1;
}

export async function createArticle(options: {docsDir: string; slug: string; title: string; chapter: string; template: string}): Promise<string> {
  const {docsDir, slug, title, chapter, template} = options;
  if (!SLUG.test(slug)) {
    throw new Error(`slug "${slug}" 는 쓸 수 없습니다. 영문 소문자, 숫자, 하이픈만 써 주세요. 예: rolling-update`);
  }
  if (!title.trim()) throw new Error('제목이 비어 있습니다. 예: npm run new -- rolling-update "롤링 업데이트"');
  const found = listChapters(docsDir).find((candidate) => candidate.dir === chapter || candidate.label === chapter);
  if (!found) {
    const names = listChapters(docsDir).map((candidate) => `${candidate.dir} (${candidate.label})`).join(', ');
    throw new Error(`"${chapter}" 라는 장이 없습니다. 다음 중에서 고르세요: ${names}`);
  }
  const existing = await takenBy(docsDir, slug);
  if (existing) {
    throw new Error(`slug "${slug}" 는 이미 ${existing} 이(가) 쓰고 있습니다. 같은 주소의 글은 둘일 수 없으니 다른 slug를 고르거나 그 글을 고쳐 주세요.`);
  }
  const chapterDir = path.join(docsDir, found.dir);
  const content = template
    .replaceAll('{{title}}', title.trim())
    .replaceAll('{{chapterLabel}}', found.label)
    .replaceAll('{{position}}', String(await nextPosition(chapterDir)));
  const target = path.join(chapterDir, `${slug}.md`);
  mkdirSync(chapterDir, {recursive: true});
  writeFileSync(target, content, {flag: 'wx'});
  return target;
}
