import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {checkSite} from '../src/content-check';
import {splitFrontMatter} from '../src/plugins/obsidian/wikiIndex';
import {ImportError, importNotes, type ImportOptions} from './obsidianImport';
import {slugify} from './romanize';

const VAULT = path.join(__dirname, '__fixtures__/vault');
let site: string;

beforeEach(() => {
  // A small site: one chapter with one article, and an image already in static/.
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'obsidian-import-'));
  fs.mkdirSync(path.join(site, 'docs/04-workloads'), {recursive: true});
  fs.mkdirSync(path.join(site, 'static/img'), {recursive: true});
  fs.writeFileSync(path.join(site, 'docs/04-workloads/_category_.json'), JSON.stringify({label: '워크로드', position: 4}));
  fs.writeFileSync(path.join(site, 'docs/04-workloads/pod.md'), '---\ntitle: 파드\nsidebar_position: 1\n---\n\n파드는 가장 작은 배포 단위입니다.\n');
});

afterEach(() => fs.rmSync(site, {recursive: true, force: true}));

const run = (options: Partial<ImportOptions>) => importNotes({vaultDir: VAULT, notes: [], siteDir: site, chapter: '04-workloads', ...options});
const read = (file: string) => fs.readFileSync(path.join(site, file), 'utf8');

async function failure(options: Partial<ImportOptions>): Promise<ImportError> {
  try {
    await run(options);
  } catch (error) {
    return error as ImportError;
  }
  throw new Error('the import should have failed');
}

describe('slugify', () => {
  it('romanises Hangul note names into URL slugs', () => {
    expect(slugify('파드 기초')).toBe('padeu-gicho');
    expect(slugify('서비스 이야기')).toBe('seobiseu-iyagi');
    expect(slugify('롤링 업데이트')).toBe('rolling-eopdeiteu');
    expect(slugify('Helm 차트 v3!')).toBe('helm-chateu-v3');
  });
});

describe('npm run import', () => {
  it('copies notes by name or path as they are, with site frontmatter, and the images they embed', async () => {
    const result = await run({notes: ['파드 기초', '쿠버네티스/네트워크/서비스 이야기.md']});
    expect(result.articles).toEqual(['docs/04-workloads/padeu-gicho.md', 'docs/04-workloads/seobiseu-iyagi.md']);
    expect(result.images.sort()).toEqual(['static/img/이미지 창고/Pasted image 20241014083022.png', 'static/img/이미지 창고/구조도.png']);
    expect(fs.existsSync(path.join(site, 'static/img/이미지 창고/쓰지 않는 그림.png'))).toBe(false);

    const pod = splitFrontMatter(read('docs/04-workloads/padeu-gicho.md'));
    expect(pod.data).toEqual({title: '파드 기초', sidebar_position: 2, tags: ['쿠버네티스', '워크로드'], aliases: ['파드 입문']});
    // The body is the note's own Obsidian text.
    expect(pod.body.replace(/^\n+/, '')).toBe(splitFrontMatter(fs.readFileSync(path.join(VAULT, '쿠버네티스/워크로드/파드 기초.md'), 'utf8')).body.replace(/^\n+/, ''));
    expect(splitFrontMatter(read('docs/04-workloads/seobiseu-iyagi.md')).data).toEqual({title: '서비스 이야기', sidebar_position: 3});
    expect(result.notices).toContain('쿠버네티스/워크로드/파드 기초.md: 사이트가 쓰지 않는 속성 created, cssclasses 은(는) 옮기지 않았습니다.');

    // The site checks clean: links between the notes and the embeds resolve.
    const {problems} = await checkSite({siteDir: site});
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('never overwrites an article without --force, and says why in Korean', async () => {
    await run({notes: ['파드 기초', '서비스 이야기']});
    fs.appendFileSync(path.join(site, 'docs/04-workloads/padeu-gicho.md'), '\n사이트에서 고친 문장입니다.\n');
    const again = await failure({notes: ['파드 기초']});
    expect(again.message).toMatch(/^노트를 가져오지 않았습니다/);
    expect(again.problems).toEqual([
      '쿠버네티스/워크로드/파드 기초.md: docs/04-workloads/padeu-gicho.md 글이 이미 있어서 덮어쓰지 않았습니다. 그 글을 이 노트로 바꾸려면 --force 를 붙이고, 다른 글로 넣으려면 --slug 로 다른 이름을 정하세요.',
    ]);
    expect(read('docs/04-workloads/padeu-gicho.md')).toContain('사이트에서 고친 문장입니다.');
    // Re-imported over itself, it keeps its place in the chapter; the one copied image is reused.
    const forced = await run({notes: ['파드 기초'], force: true});
    expect(forced.images).toEqual([]);
    expect(read('docs/04-workloads/padeu-gicho.md')).not.toContain('사이트에서 고친 문장입니다.');
    expect(splitFrontMatter(read('docs/04-workloads/padeu-gicho.md')).data.sidebar_position).toBe(2);
  });

  it('reports every unresolved link and image with note, line and column, and writes nothing', async () => {
    const error = await failure({notes: ['깨진 노트']});
    expect(error.problems.map((problem) => problem.split('  ')[0])).toEqual(['일기/깨진 노트.md:4:1', '일기/깨진 노트.md:4:16']);
    expect(error.problems[0]).toContain('[[아직 없는 노트]]: 파일 이름, title, aliases 가 "아직 없는 노트" 인 글이 없습니다');
    expect(error.problems[1]).toContain('![[없는 그림.png]]: 보관함 아래에 "없는 그림.png" 그림이 없습니다');
    // 서비스 이야기 alone links to 파드 기초, which is neither on the site nor imported.
    const alone = await failure({notes: ['서비스 이야기']});
    expect(alone.problems.map((problem) => problem.split('  ')[0])).toEqual(['쿠버네티스/네트워크/서비스 이야기.md:1:6', '쿠버네티스/네트워크/서비스 이야기.md:1:35']);
    expect(fs.readdirSync(path.join(site, 'docs/04-workloads')).sort()).toEqual(['_category_.json', 'pod.md']);
    expect(fs.existsSync(path.join(site, 'static/img/이미지 창고'))).toBe(false);
  });

  it('refuses unknown notes, chapters, a slug for several notes, and an image name the site already uses', async () => {
    expect((await failure({notes: ['파드 기쵸']})).problems).toEqual(['"파드 기쵸" 노트가 보관함에 없습니다 (혹시 "파드 기초"?). 노트 이름이나 보관함 안의 경로(폴더/노트.md)로 적어 주세요.']);
    expect((await failure({notes: ['파드 기초'], chapter: '99-none'})).message).toMatch(/^"99-none" 라는 장이 없습니다. 다음 중에서 고르세요: 04-workloads \(워크로드\)/);
    expect((await failure({notes: []})).message).toMatch(/--all/);
    expect((await failure({notes: ['파드 기초', '서비스 이야기'], slug: 'x'})).message).toMatch(/^--slug 는 노트를 하나만/);
    fs.mkdirSync(path.join(site, 'static/img/diagrams'));
    fs.writeFileSync(path.join(site, 'static/img/diagrams/구조도.png'), 'another picture');
    const clash = await failure({notes: ['파드 기초', '서비스 이야기']});
    expect(clash.problems).toEqual([expect.stringMatching(/^자료\/이미지 창고\/그림\/구조도.png: 이름이 같은 다른 그림이 이미 있습니다 \(static\/img\/diagrams\/구조도.png\)/)]);
  });

  it('refuses symbolic links in the vault (notes and images), in Korean, and writes nothing', async () => {
    const vault = fs.mkdtempSync(path.join(os.tmpdir(), 'obsidian-vault-'));
    try {
      fs.cpSync(VAULT, vault, {recursive: true});
      const outside = path.join(vault, '..', `${path.basename(vault)}-secret.png`);
      fs.writeFileSync(outside, 'a file elsewhere on the computer');
      fs.symlinkSync(outside, path.join(vault, '자료/이미지 창고/비밀.png'));
      fs.writeFileSync(path.join(vault, '쿠버네티스/링크 그림.md'), '# 링크 그림\n\n![[비밀.png]]\n');
      fs.symlinkSync('/etc/hostname', path.join(vault, '쿠버네티스/호스트.md'));
      const message = /: 심볼릭 링크이거나 보관함 밖의 파일이라 가져오지 않습니다 .*링크 대신 실제 파일을 보관함에 넣으세요\.$/;

      const image = await failure({vaultDir: vault, notes: ['링크 그림']});
      expect(image.problems).toEqual([expect.stringMatching(new RegExp(`^자료/이미지 창고/비밀.png${message.source}`))]);
      const note = await failure({vaultDir: vault, notes: ['호스트']});
      expect(note.problems).toEqual([expect.stringMatching(new RegExp(`^쿠버네티스/호스트.md${message.source}`))]);
      expect(fs.readdirSync(path.join(site, 'docs/04-workloads')).sort()).toEqual(['_category_.json', 'pod.md']);
      expect(fs.existsSync(path.join(site, 'static/img/이미지 창고'))).toBe(false);
      fs.rmSync(outside);
    } finally {
      fs.rmSync(vault, {recursive: true, force: true});
    }
  });
});
