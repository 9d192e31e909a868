import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Root} from 'mdast';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {parseMarkdown} from '../content-check/parse';
import {findLocalPathProblems, frontMatterImageProblem, localUrlProblem, type SiteFolders} from './localPaths';

// A copy of __fixtures__/site (docs/guide/shot.png, docs/guide/values.yaml,
// static/img/favicon.svg) with the symbolic links a pull request could add.
let siteDir: string;
let folders: SiteFolders;
let article: string;

beforeAll(() => {
  siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-paths-'));
  fs.cpSync(path.join(__dirname, '__fixtures__/site'), siteDir, {recursive: true});
  fs.symlinkSync('/etc/hostname', path.join(siteDir, 'static/img/host.png'));
  fs.symlinkSync('/etc', path.join(siteDir, 'docs/guide/system'));
  fs.symlinkSync('../guide/shot.png', path.join(siteDir, 'docs/guide/alias.png')); // stays inside: fine
  folders = {siteDir, docsDir: path.join(siteDir, 'docs'), staticDirs: [path.join(siteDir, 'static')]};
  article = path.join(siteDir, 'docs/guide/article.md');
});
afterAll(() => fs.rmSync(siteDir, {recursive: true, force: true}));

const image = (url: string) => localUrlProblem(url, 'image', article, folders);
const link = (url: string) => localUrlProblem(url, 'link', article, folders);

describe('localUrlProblem', () => {
  it('accepts files of the site, remote URLs and page addresses', () => {
    for (const url of ['./shot.png', 'shot.png', '/img/favicon.svg', '/img/favicon.svg#dark', '@site/static/img/favicon.svg', '../guide/shot.png', './alias.png', 'https://example.com/a.png', './missing.png']) {
      expect(image(url), url).toBeUndefined();
    }
    for (const url of ['./values.yaml', '../other/page', '/docs/x', '#제목', '../../', './article.md', 'https://example.com/x.txt']) {
      expect(link(url), url).toBeUndefined();
    }
  });

  it('refuses paths that leave docs/ and static/, however they are written', () => {
    const outside = /사이트 밖의 파일을 가리킵니다/;
    expect(image('../../../../../../../../proc/self/environ')).toMatch(outside);
    expect(image('/img/../../../../../../etc/hostname')).toMatch(outside);
    expect(image('%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/hostname')).toMatch(outside);
    expect(image('../../package.json')).toMatch(outside);
    expect(link('../../../../../../../etc/hostname.txt')).toMatch(outside);
    expect(link('@site/package.json')).toMatch(outside);
    expect(link('@site/node_modules/.bin/docusaurus')).toMatch(outside);
    expect(link('../../README.md')).toMatch(outside);
  });

  it('refuses symbolic links out of the site', () => {
    expect(image('/img/host.png')).toMatch(/심볼릭 링크를 거쳐/);
    expect(link('./system/hostname.txt')).toBeUndefined(); // no such file: a page address to the router
    expect(link('./system/passwd.conf')).toBeUndefined();
    expect(image('./system/hostname')).toMatch(/심볼릭 링크를 거쳐/);
  });

  it('refuses bundler syntax in file paths: loaders (!), queries (?), backslashes', () => {
    expect(image('./shot.png?x!./shot.png')).toMatch(/! 를 쓸 수 없습니다/);
    expect(image('!!raw-loader!./shot.png')).toMatch(/! 를 쓸 수 없습니다/);
    expect(image('./shot%21.png')).toMatch(/! 를 쓸 수 없습니다/);
    expect(image('./shot.png?raw')).toMatch(/\?… 를 붙일 수 없습니다/);
    expect(link('./values.yaml?raw')).toMatch(/\?… 를 붙일 수 없습니다/);
    expect(image('..\\..\\etc\\hostname')).toMatch(/\\ 를 쓸 수 없습니다/);
    expect(image('./%E0%A4%A.png')).toMatch(/% 인코딩이 잘못되었습니다/);
  });

  it('refuses file: and the pathname:// escape hatch', () => {
    expect(image('file:///etc/hostname')).toMatch(/file: 주소는/);
    expect(link('FILE:///etc/hostname')).toMatch(/file: 주소는/);
    expect(image('pathname:///img/favicon.svg')).toMatch(/pathname:\/\/ 은/);
  });
});

describe('frontMatterImageProblem', () => {
  it('checks ./ paths (the ones the build requires) and leaves URLs alone', () => {
    expect(frontMatterImageProblem('./shot.png', article, folders)).toBeUndefined();
    expect(frontMatterImageProblem('/img/og.png', article, folders)).toBeUndefined();
    expect(frontMatterImageProblem('https://example.com/og.png', article, folders)).toBeUndefined();
    expect(frontMatterImageProblem('./../../../../../../etc/hostname', article, folders)).toMatch(/사이트 밖의 파일/);
    expect(frontMatterImageProblem('./system/hostname', article, folders)).toMatch(/심볼릭 링크를 거쳐/);
    expect(frontMatterImageProblem('./shot.png!=./shot.png', article, folders)).toMatch(/! 를 쓸 수 없습니다/);
    expect(frontMatterImageProblem('./none.png', article, folders)).toMatch(/파일을 찾을 수 없습니다/);
  });
});

describe('findLocalPathProblems', () => {
  it('reads every place an article names a file, with its line', () => {
    const source = [
      '---', // 1
      'title: 글',
      'image: ./../../../../../../../etc/hostname', // 3
      '---',
      '',
      '![환경](../../../../../../../../proc/self/environ)', // 6
      '',
      '[설정](../../../../../../../etc/hosts.txt) 과 [그림][g]', // 8
      '',
      '<img src="/img/../../../../../etc/hostname" alt="x" />', // 10
      '',
      '[g]: ../../../../../../../etc/hostname.png', // 12
      '',
      '![괜찮음](./shot.png) [괜찮음](./values.yaml) [글](../other/page)',
    ].join('\n');
    const {tree, frontMatter} = parseMarkdown(source);
    const found = findLocalPathProblems(tree!, article, folders, frontMatter.data);
    expect(found.map(({line, column}) => `${line}:${column}`).sort()).toEqual(['10:6', '12:1', '3:1', '6:1', '8:1']);
    for (const finding of found) expect(finding.message).toMatch(/사이트 밖의 파일|docs\/ 와 static\//);
  });

  it('reads <img src> in raw HTML too', () => {
    // The tree of an article compiled as plain Markdown (`mdx: {format: md}`).
    const tree: Root = {
      type: 'root',
      children: [{type: 'html', value: '<p><IMG SRC="../../../../../../etc/hostname"></p>', position: {start: {line: 7, column: 1}, end: {line: 7, column: 40}}}],
    };
    expect(findLocalPathProblems(tree, article, folders)).toEqual([{line: 7, column: 1, message: expect.stringMatching(/사이트 밖의 파일/)}]);
  });
});
