import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import type {Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import {VFile} from 'vfile';
import {obsidianSyntax} from './index';
import resolveWikiLinks from './resolveWikiLinks';
import {all} from './testUtils';

const SITE = path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__/site');

function build(file: string): Root {
  const filePath = path.join(SITE, file);
  const vfile = new VFile({value: readFileSync(filePath, 'utf8'), path: filePath});
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).parse(vfile);
  for (const plugin of [...obsidianSyntax, () => resolveWikiLinks({siteDir: SITE})]) plugin()(tree, vfile);
  return tree;
}

describe('resolveWikiLinks (build)', () => {
  it('gives wiki links and embeds the URLs the converted form writes', () => {
    const tree = build('docs/guide/obsidian-note.md');
    expect(all(tree, 'link').map((link) => link.url)).toEqual(['./target.md', './target.md#둘째-제목', './target.md', '#상자']);
    expect(all(tree, 'image').map((image) => image.url)).toEqual(['/img/이미지 창고/Pasted image 20241014083022.png']);
  });

  it('stops the build with file, line and column for every link or image that points nowhere', () => {
    let message = '';
    try {
      build('docs/broken.md');
    } catch (error) {
      message = (error as Error).message;
    }
    const lines = message.split('\n').map((line) => line.split('  ')[0]);
    expect(lines).toEqual(['docs/broken.md:5:1', 'docs/broken.md:5:30', 'docs/broken.md:7:1', 'docs/broken.md:7:18', 'docs/broken.md:7:57', 'docs/broken.md:9:1', 'docs/broken.md:9:14']);
    expect(message).toContain('docs/broken.md:5:1  [[없는 글]]: 파일 이름, title, aliases 가 "없는 글" 인 글이 없습니다');
  });
});

describe('sized embeds', () => {
  it('turns ![[그림.png|400]] into the <img width="400" /> an author would write, lifted out of its paragraph like MDX does', () => {
    const tree = build('docs/guide/obsidian-note.md');
    const converted = unified().use(remarkParse).use(remarkMdx).parse('<img src="/img/이미지 창고/그림/구조도.png" alt="구조도.png" width="400" />\n');
    const img = tree.children.find((node): node is MdxJsxFlowElement => node.type === 'mdxJsxFlowElement' && node.name === 'img');
    const strip = (node: unknown) => JSON.parse(JSON.stringify(node, (key, value) => (key === 'position' || key === 'data' ? undefined : value)));
    expect(strip(img)).toEqual(strip(converted.children[0]));
  });
});
