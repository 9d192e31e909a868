import path from 'node:path';
import {createInterface} from 'node:readline/promises';
import {parseArgs} from 'node:util';
import {listChapters} from './newArticle';
import {ImportError, importNotes} from './obsidianImport';

// npm run import -- <보관함 폴더> <노트…> [--chapter 04-workloads] [--slug 이름] [--force] [--all]
// See scripts/obsidianImport.ts and CONTRIBUTING.md ("Obsidian에서 쓰고 PR 보내기").
const USAGE = `사용법: npm run import -- <Obsidian 보관함 폴더> <노트 이름 또는 경로…> --chapter <장 폴더>
  --chapter, -c  넣을 장 (예: 04-workloads). 빼면 물어봅니다.
  --slug         글의 파일 이름·주소 (노트 하나일 때만). 빼면 노트 이름을 로마자로 바꿔 씁니다.
  --all          보관함의 모든 노트를 가져옵니다.
  --force        같은 이름의 글이 이미 있으면 덮어씁니다.
예: npm run import -- ~/Obsidian/쿠버네티스 "파드 기초" --chapter 04-workloads`;

const root = path.resolve(__dirname, '..');

async function askChapter(): Promise<string> {
  const chapters = listChapters(path.join(root, 'docs'));
  if (!process.stdin.isTTY) throw new ImportError(`--chapter 로 넣을 장을 정해 주세요.\n${USAGE}`);
  const prompt = createInterface({input: process.stdin, output: process.stdout});
  try {
    const answer = (
      await prompt.question(`${chapters.map((chapter, index) => `  ${index + 1}. ${chapter.label} (${chapter.dir})`).join('\n')}\n어느 장에 넣을까요? 번호: `)
    ).trim();
    return /^\d+$/.test(answer) ? (chapters[Number(answer) - 1]?.dir ?? answer) : answer;
  } finally {
    prompt.close();
  }
}

async function main(): Promise<void> {
  const {values, positionals} = parseArgs({
    options: {
      chapter: {type: 'string', short: 'c'},
      slug: {type: 'string'},
      all: {type: 'boolean', default: false},
      force: {type: 'boolean', default: false},
      help: {type: 'boolean', short: 'h', default: false},
    },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const [vaultDir, ...notes] = positionals;
  if (!vaultDir) throw new ImportError(USAGE);
  const result = await importNotes({
    vaultDir: path.resolve(process.env.INIT_CWD ?? process.cwd(), vaultDir),
    notes,
    all: values.all,
    siteDir: root,
    chapter: values.chapter ?? (await askChapter()),
    slug: values.slug,
    force: values.force,
  });
  for (const article of result.articles) console.log(`글: ${article}`);
  for (const image of result.images) console.log(`그림: ${image}`);
  for (const notice of result.notices) console.log(`참고: ${notice}`);
  console.log('\n다음 단계: npm start 로 미리 보고, npm run check 로 검사한 뒤 PR을 보내세요.');
}

main().catch((error: Error) => {
  console.error(error instanceof ImportError ? error.message : error);
  process.exitCode = 1;
});
