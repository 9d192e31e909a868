import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {imageSize} from 'image-size';
import type {Root, RootContent} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';

/**
 * Pictures that do not shift the page and do not load before they are needed.
 *
 * Docusaurus already turns a Markdown image `![alt](/img/…)` into an <img> with
 * its intrinsic width and height (mdx-loader's transformImage) and
 * `loading="lazy" decoding="async"` (the theme's MDX Img). What it leaves out,
 * this remark plugin (run after Docusaurus' own) adds:
 *
 * - An <img> an author wrote as HTML/JSX, `<img src="/img/이미지 창고/a b.png">`,
 *   gets the file's width and height (read from static/), `loading="lazy"`,
 *   `decoding="async"` and the site's baseUrl in front of its path.
 * - A picture at the very top of an article (in its first two blocks, so on
 *   screen at once) loads eagerly with high priority instead of lazily.
 */
export type ImageAttributesOptions = {
  /** Folders that hold `/img/...`: the site's static directories. */
  staticDirs?: string[];
  /** The site's baseUrl, put in front of `/img/...` in a JSX <img>. */
  baseUrl?: string;
};

type JsxImage = MdxJsxFlowElement | MdxJsxTextElement;

const ABOVE_THE_FOLD_BLOCKS = 2;

function attribute(node: JsxImage, name: string): MdxJsxAttribute | undefined {
  return node.attributes.find((attr): attr is MdxJsxAttribute => attr.type === 'mdxJsxAttribute' && attr.name === name);
}

function setDefault(node: JsxImage, name: string, value: string): void {
  if (!attribute(node, name)) node.attributes.push({type: 'mdxJsxAttribute', name, value});
}

function set(node: JsxImage, name: string, value: string): void {
  const existing = attribute(node, name);
  if (existing) existing.value = value;
  else node.attributes.push({type: 'mdxJsxAttribute', name, value});
}

/** `/img/이미지%20창고/a.png?x#y` → `img/이미지 창고/a.png`, or null when not a site path. */
export function sitePath(src: string): string | null {
  if (!src.startsWith('/') || src.startsWith('//')) return null;
  const pathname = src.replace(/[?#].*$/, '');
  try {
    return decodeURIComponent(pathname).replace(/^\/+/, '');
  } catch {
    return pathname.replace(/^\/+/, '');
  }
}

export function intrinsicSize(file: string): {width: number; height: number} | null {
  try {
    const {width, height} = imageSize(readFileSync(file));
    return width && height ? {width, height} : null;
  } catch {
    return null;
  }
}

const isPreamble = (node: RootContent) =>
  node.type === 'yaml' || node.type === 'mdxjsEsm' || (node.type === 'heading' && node.depth === 1);

export default function imageAttributes(options: ImageAttributesOptions = {}) {
  const baseUrl = options.baseUrl ?? '/';
  return (tree: Root, file?: VFile) => {
    const siteDir = file?.cwd ?? process.cwd();
    const staticDirs = (options.staticDirs ?? ['static']).map((dir) => path.resolve(siteDir, dir));

    // The first blocks of the article, below its title.
    const opening = new Set(tree.children.filter((node) => !isPreamble(node)).slice(0, ABOVE_THE_FOLD_BLOCKS));
    const eager = new Set<JsxImage>();
    for (const block of opening) {
      visit(block, (node) => {
        if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img') eager.add(node);
      });
    }

    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      const image = node as JsxImage;
      if (image.name !== 'img') return;
      if (eager.has(image)) {
        set(image, 'loading', 'eager');
        setDefault(image, 'fetchPriority', 'high');
      }
      const src = attribute(image, 'src')?.value;
      // A string src is an author's own <img>; Docusaurus' images carry a require() expression.
      if (typeof src !== 'string') return;
      setDefault(image, 'loading', 'lazy');
      setDefault(image, 'decoding', 'async');
      const local = sitePath(src);
      if (local === null) return;
      set(image, 'src', `${baseUrl.replace(/\/?$/, '/')}${encodeURI(local)}${src.match(/[?#].*$/)?.[0] ?? ''}`);

      const hasWidth = attribute(image, 'width');
      const hasHeight = attribute(image, 'height');
      if (hasWidth && hasHeight) return;
      const found = staticDirs.map((dir) => path.join(dir, local)).find((candidate) => existsSync(candidate));
      const size = found && intrinsicSize(found);
      if (!size) return;
      const given = (attr: MdxJsxAttribute | undefined) => (typeof attr?.value === 'string' ? Number.parseFloat(attr.value) : NaN);
      if (hasWidth && Number.isFinite(given(hasWidth))) {
        set(image, 'height', String(Math.round((given(hasWidth) * size.height) / size.width)));
      } else if (hasHeight && Number.isFinite(given(hasHeight))) {
        set(image, 'width', String(Math.round((given(hasHeight) * size.width) / size.height)));
      } else if (!hasWidth && !hasHeight) {
        set(image, 'width', String(size.width));
        set(image, 'height', String(size.height));
      }
    });
  };
}
