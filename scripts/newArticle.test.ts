import {cpSync, mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {beforeEach, describe, expect, it} from 'vitest';
import {createArticle} from './newArticle';

const template = readFileSync(new URL('./article-template.md', import.meta.url), 'utf8');
const fixtureDocs = new URL('./__fixtures__/docs', import.meta.url).pathname;
let docsDir: string;

beforeEach(() => {
  docsDir = path.join(mkdtempSync(path.join(tmpdir(), 'new-article-')), 'docs');
  cpSync(fixtureDocs, docsDir, {recursive: true});
});

describe('createArticle', () => {
  it('writes the template into the chapter, last in its order', async () => {
    const file = await createArticle({docsDir, slug: 'rolling-update', title: '롤링 업데이트', chapter: '04-workloads', template});
    expect(path.relative(docsDir, file)).toBe('04-workloads/rolling-update.md');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('title: 롤링 업데이트\n');
    expect(text).toContain('sidebar_position: 3\n');
    expect(text).toContain('tags: [워크로드]');
    for (const heading of ['## 학습 목표', '## 사전 지식', '## 실습', '## 정리']) expect(text).toContain(heading);
  });

  it('accepts the chapter by its Korean label', async () => {
    const file = await createArticle({docsDir, slug: 'daemonset', title: '데몬셋', chapter: '워크로드', template});
    expect(path.relative(docsDir, file)).toBe('04-workloads/daemonset.md');
  });

  it('refuses a slug an article already uses, by file name or frontmatter slug', async () => {
    await expect(createArticle({docsDir, slug: 'pod', title: '파드', chapter: '04-workloads', template})).rejects.toThrow(
      'slug "pod" 는 이미 docs/04-workloads/pod.md 이(가) 쓰고 있습니다.',
    );
    await expect(createArticle({docsDir, slug: 'my-deploy', title: '배포', chapter: '04-workloads', template})).rejects.toThrow(
      'docs/04-workloads/deployment.md',
    );
  });

  it('explains a bad slug or an unknown chapter', async () => {
    await expect(createArticle({docsDir, slug: '롤링', title: '롤링', chapter: '04-workloads', template})).rejects.toThrow('영문 소문자, 숫자, 하이픈만');
    await expect(createArticle({docsDir, slug: 'x', title: '엑스', chapter: '99-none', template})).rejects.toThrow('04-workloads (워크로드)');
  });
});
