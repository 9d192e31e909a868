import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import type {Image, Root} from 'mdast';
import type {MdxJsxAttribute, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {visit} from 'unist-util-visit';
import {VFile} from 'vfile';
import imageAttributes, {intrinsicSize, sitePath} from './imageAttributes';

const FIXTURE = path.join(__dirname, '__fixtures__/image-attributes');

/**
 * What Docusaurus' transformImage leaves for a Markdown image: an <img> whose
 * src is a require() expression, with the file's width and height.
 */
function docusaurusTransformImage() {
  return (tree: Root) => {
    visit(tree, 'image', (node: Image, index, parent) => {
      const jsx: MdxJsxTextElement = {
        type: 'mdxJsxTextElement',
        name: 'img',
        children: [],
        attributes: [
          {type: 'mdxJsxAttribute', name: 'alt', value: node.alt ?? ''},
          {type: 'mdxJsxAttribute', name: 'src', value: {type: 'mdxJsxAttributeValueExpression', value: `require(${JSON.stringify(node.url)}).default`}},
          {type: 'mdxJsxAttribute', name: 'width', value: '120'},
          {type: 'mdxJsxAttribute', name: 'height', value: '80'},
        ],
      };
      parent!.children[index!] = jsx;
    });
  };
}

type Img = Record<string, string>;

function images(options: Parameters<typeof imageAttributes>[0] = {}): Img[] {
  const file = new VFile({value: readFileSync(path.join(FIXTURE, 'article.md'), 'utf8'), cwd: FIXTURE, path: path.join(FIXTURE, 'article.md')});
  const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(docusaurusTransformImage).use(imageAttributes, options);
  const tree = processor.runSync(processor.parse(file), file) as Root;
  const found: Img[] = [];
  visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
    const element = node as MdxJsxTextElement;
    if (element.name !== 'img') return;
    const attrs: Img = {};
    for (const attr of element.attributes as MdxJsxAttribute[]) {
      attrs[attr.name] = typeof attr.value === 'string' ? attr.value : `{${attr.value?.value}}`;
    }
    found.push(attrs);
  });
  return found;
}

const byAlt = (all: Img[], alt: string) => all.find((image) => image.alt === alt)!;

describe('imageAttributes', () => {
  const all = images();

  it('gives an author’s own <img> its size from static/, lazy loading and async decoding, in a path with a space and Hangul', () => {
    expect(byAlt(all, '작성자가 직접 쓴 그림')).toEqual({
      alt: '작성자가 직접 쓴 그림',
      src: '/img/%EC%9D%B4%EB%AF%B8%EC%A7%80%20%EC%B0%BD%EA%B3%A0/Pasted%20image%201.png',
      loading: 'lazy',
      decoding: 'async',
      width: '120',
      height: '80',
    });
  });

  it('reads a percent-encoded path and keeps the author’s width, with the height to match', () => {
    const image = byAlt(all, '폭만 준 그림');
    expect(image.width).toBe('60');
    expect(image.height).toBe('40');
    expect(image.src).toBe(byAlt(all, '작성자가 직접 쓴 그림').src);
  });

  it('leaves sizes and loading that the author gave', () => {
    expect(byAlt(all, '크기를 다 준 그림')).toMatchObject({width: '430', height: '240', loading: 'eager', decoding: 'async'});
  });

  it('loads the picture at the top of the article eagerly, with high priority', () => {
    const top = all[0]!;
    expect(top.alt).toBe('맨 위의 그림');
    expect(top).toMatchObject({loading: 'eager', fetchPriority: 'high', width: '120', height: '80'});
  });

  it('leaves Docusaurus’ own Markdown images further down to the theme (lazy by default)', () => {
    const image = byAlt(all, '마크다운 그림');
    expect(image.src).toMatch(/^\{require\(/);
    expect(image.loading).toBeUndefined();
    expect(image.fetchPriority).toBeUndefined();
  });

  it('makes an outside or missing picture lazy without inventing a size', () => {
    expect(byAlt(all, '바깥 그림')).toEqual({alt: '바깥 그림', src: 'https://example.com/a.png', loading: 'lazy', decoding: 'async'});
    const missing = byAlt(all, '없는 그림');
    expect(missing.width).toBeUndefined();
    expect(missing.loading).toBe('lazy');
  });

  it('puts the site’s baseUrl in front of a site path', () => {
    const image = byAlt(images({baseUrl: '/k8s-intro/'}), '작성자가 직접 쓴 그림');
    expect(image.src).toBe('/k8s-intro/img/%EC%9D%B4%EB%AF%B8%EC%A7%80%20%EC%B0%BD%EA%B3%A0/Pasted%20image%201.png');
    expect(image.width).toBe('120');
  });
});

describe('sitePath and intrinsicSize', () => {
  it('decodes a site path and ignores query, hash and other hosts', () => {
    expect(sitePath('/img/이미지%20창고/a.png?v=1#x')).toBe('img/이미지 창고/a.png');
    expect(sitePath('//cdn.example.com/a.png')).toBeNull();
    expect(sitePath('https://example.com/a.png')).toBeNull();
    expect(sitePath('./a.png')).toBeNull();
  });

  it('reads PNG and SVG sizes', () => {
    expect(intrinsicSize(path.join(FIXTURE, 'static/img/이미지 창고/Pasted image 1.png'))).toEqual({width: 120, height: 80});
    expect(intrinsicSize(path.join(FIXTURE, 'static/img/diagram.svg'))).toEqual({width: 860, height: 480});
    expect(intrinsicSize(path.join(FIXTURE, 'article.md'))).toBeNull();
  });
});
