import {readFileSync} from 'node:fs';
import path from 'node:path';
import {createInterface} from 'node:readline/promises';
import {parseArgs} from 'node:util';
import {createArticle, listChapters} from './newArticle';

// npm run new -- <slug> "<제목>" [--chapter 04-workloads]
// Missing values are asked for when a terminal is attached.
const root = path.resolve(__dirname, '..');
const docsDir = path.join(root, 'docs');
const {values, positionals} = parseArgs({options: {chapter: {type: 'string', short: 'c'}}, allowPositionals: true});

async function ask(question: string): Promise<string> {
  if (!process.stdin.isTTY) {
    throw new Error('사용법: npm run new -- <slug> "<제목>" --chapter <장 폴더>\n예: npm run new -- rolling-update "롤링 업데이트" --chapter 04-workloads');
  }
  const prompt = createInterface({input: process.stdin, output: process.stdout});
  try {
    return (await prompt.question(question)).trim();
  } finally {
    prompt.close();
  }
}

async function main(): Promise<void> {
  const slug = positionals[0] ?? (await ask('slug (영문 소문자와 하이픈, 예: rolling-update): '));
  const title = positionals[1] ?? (await ask('제목 (예: 롤링 업데이트): '));
  const chapters = listChapters(docsDir);
  const chapter =
    values.chapter ??
    (await ask(`${chapters.map((candidate, index) => `  ${index + 1}. ${candidate.label} (${candidate.dir})`).join('\n')}\n어느 장에 넣을까요? 번호: `));
  const chosen = /^\d+$/.test(chapter) ? (chapters[Number(chapter) - 1]?.dir ?? chapter) : chapter;
  const template = readFileSync(path.join(__dirname, 'article-template.md'), 'utf8');
  const created = await createArticle({docsDir, slug, title, chapter: chosen, template});
  console.log(`만들었습니다: ${path.relative(root, created)}\n다음 단계: 글을 채운 뒤 npm start 로 미리 보고, npm run check 로 검사하세요.`);
}

main().catch((error: Error) => {
  console.error(`새 글을 만들지 못했습니다: ${error.message}`);
  process.exitCode = 1;
});
