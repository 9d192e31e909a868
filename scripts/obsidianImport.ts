import fs from 'node:fs';
import path from 'node:path';
import {posixPath} from '@docusaurus/utils';
import type {Nodes} from 'mdast';
import {visit} from 'unist-util-visit';
import {stringify as stringifyYaml} from 'yaml';
import {checkSite, formatProblem} from '../src/content-check';
import {parseMarkdown} from '../src/content-check/parse';
import {FRONT_MATTER_FIELDS} from '../src/content-check/rules/frontMatter';
import {closest} from '../src/content-check/closest';
import {problemsOf} from '../src/plugins/obsidian/text';
import {IMAGE_EXTENSIONS, wikiEmbedOf, wikiLinkOf} from '../src/plugins/obsidian/wikiLinks';
import {
  normalizeName,
  resolveWikiEmbed,
  resolveWikiLink,
  scanArticles,
  scanImages,
  splitFrontMatter,
  type ArticleEntry,
  type ImageEntry,
} from '../src/plugins/obsidian/wikiIndex';
import {isInside, realPath} from '../src/security/insideFolder';
import {listChapters} from './newArticle';
import {slugify} from './romanize';

/**
 * `npm run import -- <vault> <note…> --chapter 04-workloads`: brings notes
 * from an Obsidian vault into docs/ as they are (the site reads Obsidian
 * syntax, src/plugins/obsidian/), with frontmatter the site understands, and
 * copies the images they embed into static/img/이미지 창고/.
 *
 * Nothing is written unless everything will work: every `[[링크]]` must
 * reach an article (already in docs/ or imported now), every `![[그림]]` a
 * file in the vault or under static/img/; an existing article is replaced
 * only with `force`. After writing, `npm run check` runs on the new articles;
 * if it finds an error, everything written is undone, so the site keeps
 * building.
 */

export const ATTACHMENT_DIR = 'static/img/이미지 창고';

export interface ImportOptions {
  vaultDir: string;
  /** Note names (`파드 기초`) or paths in the vault (`쿠버네티스/파드 기초.md`). */
  notes: string[];
  /** Every note in the vault. */
  all?: boolean;
  siteDir: string;
  /** Chapter folder (`04-workloads`) or its label (`워크로드`). */
  chapter: string;
  /** The file name (and URL) for a single note; otherwise romanised from its name. */
  slug?: string;
  /** Replace articles that already exist. */
  force?: boolean;
}

export interface ImportResult {
  /** Site-relative paths of the articles written. */
  articles: string[];
  /** Site-relative paths of the images copied. */
  images: string[];
  /** Things worth knowing that did not stop the import (dropped frontmatter, checker warnings). */
  notices: string[];
}

/** Why an import stopped; `problems` are `file:line:column  message` lines. */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(problems.length ? `${message}\n${problems.map((problem) => `  ${problem}`).join('\n')}` : message);
  }
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface Note {
  filePath: string;
  /** Vault-relative, forward slashes. */
  relative: string;
  name: string;
}

function walk(dir: string, found: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
    if (entry.name.startsWith('.')) continue; // .obsidian, .trash, .git
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, found);
    else found.push(full);
  }
  return found;
}

function vaultNotes(vaultDir: string, files: string[]): Note[] {
  return files
    .filter((file) => /\.md$/i.test(file))
    .map((filePath) => ({filePath, relative: posixPath(path.relative(vaultDir, filePath)).normalize('NFC'), name: path.basename(filePath, path.extname(filePath)).normalize('NFC')}));
}

function pickNotes(all: Note[], wanted: string[]): Note[] {
  const problems: string[] = [];
  const picked: Note[] = [];
  for (const request of wanted) {
    const key = normalizeName(request.replace(/\\/g, '/'));
    const byPath = all.filter((note) => normalizeName(note.relative) === key || normalizeName(note.relative.replace(/\.md$/i, '')) === key);
    const found = byPath.length ? byPath : all.filter((note) => normalizeName(note.name) === normalizeName(path.basename(key).replace(/\.md$/i, '')));
    if (found.length === 1) {
      if (!picked.includes(found[0]!)) picked.push(found[0]!);
    } else if (found.length > 1) {
      problems.push(`"${request}" 이름의 노트가 여럿입니다: ${found.map((note) => note.relative).join(', ')}. 보관함 안의 경로로 적어 주세요 (예: "${found[0]!.relative}").`);
    } else {
      const guess = closest(request, all.map((note) => note.name));
      problems.push(`"${request}" 노트가 보관함에 없습니다${guess ? ` (혹시 "${guess}"?)` : ''}. 노트 이름이나 보관함 안의 경로(폴더/노트.md)로 적어 주세요.`);
    }
  }
  if (problems.length) throw new ImportError('가져올 노트를 정하지 못했습니다.', problems);
  return picked;
}

function asList(value: unknown): string[] {
  const items = typeof value === 'string' ? value.split(/[,\s]+/) : Array.isArray(value) ? value : [];
  return items.filter((item): item is string | number => typeof item === 'string' || typeof item === 'number').map((item) => String(item).replace(/^#/, '').trim()).filter(Boolean);
}

/** The note's properties as the site's frontmatter: Docusaurus fields and aliases kept, Obsidian's own dropped (and named). */
function frontMatterFor(note: Note, data: Record<string, unknown>, position: number): {data: Record<string, unknown>; dropped: string[]} {
  const title = typeof data.title === 'string' && data.title.trim() ? data.title.trim() : note.name;
  const aliases = [...asList(data.aliases), ...asList(data.alias)];
  // Other notes link to this one by its name: keep that name findable.
  if (title !== note.name && !aliases.includes(note.name)) aliases.push(note.name);
  const tags = asList(data.tags ?? data.tag);
  const out: Record<string, unknown> = {title};
  const dropped: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (['title', 'aliases', 'alias', 'tags', 'tag', 'sidebar_position'].includes(key)) continue;
    if (FRONT_MATTER_FIELDS.includes(key)) out[key] = value;
    else dropped.push(key);
  }
  out.sidebar_position = typeof data.sidebar_position === 'number' ? data.sidebar_position : position;
  if (tags.length) out.tags = tags;
  if (aliases.length) out.aliases = [...new Set(aliases)];
  return {data: out, dropped};
}

function nextPosition(chapterDir: string, replaced: Set<string>): number {
  const positions = scanArticles(chapterDir)
    .filter((article) => !replaced.has(article.filePath))
    .map((article) => Number(splitFrontMatter(fs.readFileSync(article.filePath, 'utf8')).data.sidebar_position) || 0);
  return Math.max(0, ...positions) + 1;
}

/**
 * Notes and images are taken only as plain files of the vault: a symbolic
 * link (or a file reached through one) would bring whatever it points at on
 * the author's computer into the site and the pull request.
 */
function outsideVaultProblem(filePath: string, vaultDir: string): string | undefined {
  const real = realPath(filePath);
  if (!fs.lstatSync(filePath).isSymbolicLink() && real && isInside(real, realPath(vaultDir) ?? vaultDir)) return undefined;
  return `${posixPath(path.relative(vaultDir, filePath))}: 심볼릭 링크이거나 보관함 밖의 파일이라 가져오지 않습니다 (링크가 가리키는 컴퓨터의 다른 파일이 사이트에 실릴 수 있습니다). 링크 대신 실제 파일을 보관함에 넣으세요.`;
}

const sameBytes = (a: string, b: string) => fs.readFileSync(a).equals(fs.readFileSync(b));

export async function importNotes(options: ImportOptions): Promise<ImportResult> {
  const vaultDir = path.resolve(options.vaultDir);
  const siteDir = path.resolve(options.siteDir);
  const docsDir = path.join(siteDir, 'docs');
  if (!fs.existsSync(vaultDir) || !fs.statSync(vaultDir).isDirectory()) {
    throw new ImportError(`Obsidian 보관함 폴더가 없습니다: ${options.vaultDir}`);
  }
  if (!options.all && options.notes.length === 0) {
    throw new ImportError('가져올 노트를 하나 이상 적거나, 보관함의 모든 노트를 가져오려면 --all 을 붙이세요.');
  }
  if (options.slug !== undefined && (options.all || options.notes.length !== 1)) {
    throw new ImportError('--slug 는 노트를 하나만 가져올 때 쓸 수 있습니다.');
  }
  const chapters = listChapters(docsDir);
  const chapter = chapters.find((candidate) => candidate.dir === options.chapter || candidate.label === options.chapter);
  if (!chapter) {
    throw new ImportError(`"${options.chapter}" 라는 장이 없습니다. 다음 중에서 고르세요: ${chapters.map((item) => `${item.dir} (${item.label})`).join(', ')}`);
  }
  const chapterDir = path.join(docsDir, chapter.dir);

  const vaultFiles = walk(vaultDir);
  const allNotes = vaultNotes(vaultDir, vaultFiles);
  const notes = options.all ? allNotes : pickNotes(allNotes, options.notes);

  // Where each note goes.
  const problems: string[] = [];
  const planned = notes.map((note) => {
    const slug = options.slug ?? slugify(note.name);
    const target = path.join(chapterDir, `${slug}.md`);
    const outside = outsideVaultProblem(note.filePath, vaultDir);
    if (outside) {
      problems.push(outside);
    } else if (!SLUG.test(slug)) {
      problems.push(`${note.relative}: 이름 "${note.name}" 에서 주소(slug)를 만들 수 없습니다. --slug rolling-update 처럼 영문 소문자와 하이픈으로 정해 주세요 (노트를 하나씩 가져오면 됩니다).`);
    } else if (fs.existsSync(target) && !options.force) {
      problems.push(
        `${note.relative}: ${posixPath(path.relative(siteDir, target))} 글이 이미 있어서 덮어쓰지 않았습니다. 그 글을 이 노트로 바꾸려면 --force 를 붙이고, 다른 글로 넣으려면 --slug 로 다른 이름을 정하세요.`,
      );
    }
    return {note, slug, target};
  });
  const bySlug = new Map<string, string[]>();
  for (const {slug, note} of planned) bySlug.set(slug, [...(bySlug.get(slug) ?? []), note.relative]);
  for (const [slug, relatives] of bySlug) {
    if (relatives.length > 1) problems.push(`${relatives.join(', ')}: 모두 ${slug}.md 가 됩니다. 노트 이름을 바꾸거나 하나씩 --slug 를 정해 가져오세요.`);
  }
  if (problems.length) throw new ImportError('노트를 가져오지 않았습니다.', problems);

  // What the notes will be once imported, so links between them resolve.
  const replaced = new Set(planned.map(({target}) => target));
  let position = nextPosition(chapterDir, replaced);
  const prepared = planned.map((plan) => {
    const source = fs.readFileSync(plan.note.filePath, 'utf8').replace(/\r\n?/g, '\n');
    const {data, body} = splitFrontMatter(source);
    // A replaced article keeps its place in the chapter.
    const existing = fs.existsSync(plan.target) ? Number(splitFrontMatter(fs.readFileSync(plan.target, 'utf8')).data.sidebar_position) : NaN;
    const front = frontMatterFor(plan.note, data, Number.isFinite(existing) ? existing : position++);
    const entry: ArticleEntry = {filePath: plan.target, name: plan.slug, title: front.data.title as string, aliases: (front.data.aliases as string[] | undefined) ?? []};
    return {...plan, source, body, front, entry};
  });
  const articles = [...scanArticles(docsDir).filter((article) => !replaced.has(article.filePath)), ...prepared.map((item) => item.entry)];
  const siteImages = scanImages([path.join(siteDir, 'static')], siteDir);
  const vaultImages: ImageEntry[] = vaultFiles
    .filter((file) => IMAGE_EXTENSIONS.test(file))
    .map((filePath) => ({filePath, url: filePath, label: posixPath(path.relative(vaultDir, filePath))}));

  // Every link and image, checked before anything is written.
  const copies = new Map<string, string>(); // vault image → destination
  const notices: string[] = [];
  for (const item of prepared) {
    const {tree, syntaxError} = parseMarkdown(item.source);
    const at = (line: number, column: number) => `${item.note.relative}:${line}:${column}`;
    if (!tree) {
      problems.push(`${at(syntaxError!.line, syntaxError!.column)}  MDX로 읽을 수 없습니다 (${syntaxError!.reason.split('\n')[0]}). 본문의 { 와 < 는 \`{\` 처럼 인라인 코드로 감싸세요.`);
      continue;
    }
    for (const problem of problemsOf(tree)) if (problem.severity === 'error') problems.push(`${at(problem.line, problem.column)}  ${problem.message}`);
    visit(tree, (node: Nodes) => {
      const start = node.position?.start ?? {line: 1, column: 1};
      const link = wikiLinkOf(node);
      if (link) {
        const resolved = resolveWikiLink(link, item.target, {siteDir, articles, images: siteImages});
        if (!resolved.ok) problems.push(`${at(start.line, start.column)}  ${resolved.message}`);
        return;
      }
      const embed = wikiEmbedOf(node);
      if (!embed) return;
      const fromVault = resolveWikiEmbed(embed, {siteDir: vaultDir, articles: [], images: vaultImages}, '보관함');
      if (fromVault.ok) {
        copies.set(fromVault.value.filePath, path.join(siteDir, ATTACHMENT_DIR, path.basename(fromVault.value.filePath)));
        return;
      }
      const onSite = resolveWikiEmbed(embed, {siteDir, articles: [], images: siteImages});
      if (!onSite.ok) problems.push(`${at(start.line, start.column)}  ${fromVault.message.replace(/ Obsidian의 첨부 파일을.*$/, ' 보관함에도 사이트의 static/img/ 에도 없습니다.')}`);
    });
    if (item.front.dropped.length) {
      notices.push(`${item.note.relative}: 사이트가 쓰지 않는 속성 ${item.front.dropped.join(', ')} 은(는) 옮기지 않았습니다.`);
    }
  }

  // Images: copy unless the same file is already on the site; a different file of the same name would make ![[이름]] ambiguous.
  const toCopy: Array<[string, string]> = [];
  for (const [from, to] of copies) {
    const outside = outsideVaultProblem(from, vaultDir);
    if (outside) {
      problems.push(outside);
      continue;
    }
    const sameName = siteImages.filter((image) => path.basename(image.filePath).normalize('NFC') === path.basename(from).normalize('NFC'));
    if (sameName.some((image) => sameBytes(image.filePath, from))) continue;
    if (sameName.length) {
      problems.push(
        `${posixPath(path.relative(vaultDir, from))}: 이름이 같은 다른 그림이 이미 있습니다 (${sameName.map((image) => image.label).join(', ')}). 둘 중 하나의 이름을 바꾸세요. 그대로 두면 ![[${path.basename(from)}]] 이 어느 그림인지 정할 수 없습니다.`,
      );
      continue;
    }
    toCopy.push([from, to]);
  }
  if (problems.length) throw new ImportError('노트에 사이트에서 쓸 수 없는 곳이 있어 아무것도 가져오지 않았습니다. 노트를 고친 뒤 다시 실행하세요.', problems);

  // Write, check, and undo everything if the check finds an error.
  const undo: Array<() => void> = [];
  try {
    for (const [from, to] of toCopy) {
      fs.mkdirSync(path.dirname(to), {recursive: true});
      fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
      undo.push(() => fs.rmSync(to, {force: true}));
    }
    for (const item of prepared) {
      const previous = fs.existsSync(item.target) ? fs.readFileSync(item.target) : undefined;
      const yaml = stringifyYaml(item.front.data, {flowCollectionPadding: false}).trimEnd();
      fs.writeFileSync(item.target, `---\n${yaml}\n---\n\n${item.body.replace(/^\n+/, '')}`);
      undo.push(() => (previous ? fs.writeFileSync(item.target, previous) : fs.rmSync(item.target, {force: true})));
    }
    const {problems: found} = await checkSite({siteDir, files: prepared.map((item) => item.target)});
    const errors = found.filter((problem) => problem.severity === 'error');
    if (errors.length) {
      throw new ImportError('가져온 글이 검사(npm run check)를 통과하지 못해 모두 되돌렸습니다. 노트를 고친 뒤 다시 실행하세요.', errors.map(formatProblem));
    }
    notices.push(...found.map(formatProblem));
  } catch (error) {
    for (const step of undo.reverse()) step();
    throw error;
  }
  return {
    articles: prepared.map((item) => posixPath(path.relative(siteDir, item.target))),
    images: toCopy.map(([, to]) => posixPath(path.relative(siteDir, to))),
    notices,
  };
}
