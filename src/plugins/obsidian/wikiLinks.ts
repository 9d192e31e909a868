import type {Image, Link, Nodes, Parents, PhrasingContent, Root, Text} from 'mdast';
import type {VFile} from 'vfile';
import {isOpaque, matchesOutsideMath, positionIn, sliceText, sourceOf} from './text';

/**
 * Obsidian wiki links and embeds, read from text:
 *
 *     [[다른 글]]  [[다른 글#제목]]  [[다른 글|보이는 글자]]  [[#이 글의 제목]]
 *     ![[Pasted image 20241014083022.png]]  ![[그림.png|400]]  ![[그림.png|대체 텍스트|400]]
 *
 * become ordinary `link` and `image` nodes marked with what the author wrote
 * (`data.wikiLink`, `data.wikiEmbed`). Where they point depends on the site
 * (which article has that name, title or alias; which file under static/img
 * has that name), so their `url` is a placeholder (`obsidian:…`) until
 * resolveWikiLinks.ts (the build) or the checker's obsidian rule resolves it.
 * A placeholder is a URL with a scheme: every other step treats it as
 * external and leaves it alone.
 */

export const PLACEHOLDER = 'obsidian:';

export interface WikiLinkData {
  /** As written, `[[…]]` included. */
  raw: string;
  /** Note name (or path); empty for `[[#제목]]`. */
  target: string;
  /** The last heading of `#제목` or `#장#절`; a block reference keeps its `^`. */
  heading?: string;
  alias?: string;
}

export interface WikiEmbedData {
  raw: string;
  /** File name (or path) as written. */
  name: string;
  width?: number;
  height?: number;
  alt?: string;
}

export const IMAGE_EXTENSIONS = /\.(png|jpe?g|gif|webp|avif|svg|bmp)$/i;

const WIKI = /(!?)\[\[([^[\]\n]+?)\]\]/g;

export function parseWikiLink(raw: string, inner: string): WikiLinkData {
  const bar = inner.indexOf('|');
  const left = (bar === -1 ? inner : inner.slice(0, bar)).trim();
  const alias = bar === -1 ? undefined : inner.slice(bar + 1).trim() || undefined;
  const hash = left.indexOf('#');
  const target = (hash === -1 ? left : left.slice(0, hash)).trim();
  const headings = hash === -1 ? [] : left.slice(hash + 1).split('#').map((part) => part.trim()).filter(Boolean);
  return {raw, target, ...(headings.length && {heading: headings.at(-1)}), ...(alias && {alias})};
}

export function parseWikiEmbed(raw: string, inner: string): WikiEmbedData {
  const [name = '', ...options] = inner.split('|').map((part) => part.trim());
  const data: WikiEmbedData = {raw, name: name.replace(/#.*$/, '').trim()};
  for (const option of options) {
    const size = /^(\d+)(?:x(\d+))?$/.exec(option);
    if (size) {
      data.width = Number(size[1]);
      if (size[2]) data.height = Number(size[2]);
    } else if (option) {
      data.alt = option;
    }
  }
  return data;
}

/** What the reader sees for `[[…]]`, as Obsidian shows it. */
export function linkText(link: WikiLinkData): string {
  if (link.alias) return link.alias;
  if (link.heading) return link.target ? `${link.target} > ${link.heading}` : link.heading;
  return link.target;
}

export function wikiLinkOf(node: Nodes): WikiLinkData | undefined {
  return node.type === 'link' ? (node.data as {wikiLink?: WikiLinkData} | undefined)?.wikiLink : undefined;
}

export function wikiEmbedOf(node: Nodes): WikiEmbedData | undefined {
  return node.type === 'image' ? (node.data as {wikiEmbed?: WikiEmbedData} | undefined)?.wikiEmbed : undefined;
}

function split(text: Text, insideLink: boolean, source?: string): PhrasingContent[] | undefined {
  if (!text.value.includes('[[')) return undefined;
  const out: PhrasingContent[] = [];
  let from = 0;
  for (const match of matchesOutsideMath(text.value, WIKI)) {
    const [raw, bang, inner] = match as unknown as [string, string, string];
    if (!inner.trim() || (insideLink && !bang)) continue; // a link inside a link is not a link
    if (match.index > from) out.push(sliceText(text, from, match.index, source));
    const position = positionIn(text, match.index, match.index + raw.length, source);
    if (bang) {
      const embed = parseWikiEmbed(raw, inner);
      const image: Image = {
        type: 'image',
        url: PLACEHOLDER + embed.name,
        alt: embed.alt ?? embed.name.split('/').pop() ?? embed.name,
        title: null,
        data: {wikiEmbed: embed} as Image['data'],
        ...(position && {position}),
      };
      out.push(image);
    } else {
      const wiki = parseWikiLink(raw, inner);
      const textPosition = positionIn(text, match.index + 2, match.index + raw.length - 2, source);
      const link: Link = {
        type: 'link',
        url: PLACEHOLDER + inner,
        title: null,
        children: [{type: 'text', value: linkText(wiki), ...(textPosition && {position: textPosition})}],
        data: {wikiLink: wiki} as Link['data'],
        ...(position && {position}),
      };
      out.push(link);
    }
    from = match.index + raw.length;
  }
  if (from === 0) return undefined;
  if (from < text.value.length) out.push(sliceText(text, from, text.value.length, source));
  return out;
}

export default function obsidianWikiLinks() {
  return (tree: Root, file?: VFile) => {
    const source = sourceOf(file);
    const walk = (parent: Parents, insideLink: boolean) => {
      const children = parent.children as Nodes[];
      for (let index = 0; index < children.length; index += 1) {
        const child = children[index]!;
        if (isOpaque(child)) continue;
        if (child.type === 'text') {
          const replaced = split(child, insideLink, source);
          if (replaced) {
            children.splice(index, 1, ...replaced);
            index += replaced.length - 1;
          }
        } else if ('children' in child) {
          walk(child, insideLink || child.type === 'link' || child.type === 'linkReference');
        }
      }
    };
    walk(tree, false);
  };
}
