import type {Heading, Nodes} from 'mdast';
import type {MdxJsxAttribute, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {toString} from 'mdast-util-to-string';

/**
 * The HTML of a heading's entry in the table of contents.
 *
 * Docusaurus renders TOC entries from an HTML string (dangerouslySetInnerHTML)
 * built by @docusaurus/mdx-loader's toHeadingHTMLValue, which escapes plain
 * text but takes image alts, reference labels, directive labels and raw HTML
 * as they are: `## 설치 ![&lt;img onerror=…&gt;](/x.svg)` became live markup.
 * Here every piece of the heading's text is escaped, and the only tags
 * written are a fixed set of formatting tags, without attributes. So an entry
 * shows the heading's text literally, whatever node type it came in.
 */

/** Formatting the TOC keeps; anything else contributes only its text. */
const FORMATTING_TAGS = new Set(['code', 'em', 'strong', 'del', 'mark', 'sub', 'sup', 'kbd', 'b', 'i', 's', 'u', 'small']);
const MARKDOWN_FORMATTING: Partial<Record<Nodes['type'], string>> = {emphasis: 'em', strong: 'strong', delete: 'del'};

const ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};

/** Text as HTML text: the same five characters the escape-html package (Docusaurus') escapes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

const UNESCAPES: Record<string, string> = Object.fromEntries(Object.entries(ESCAPES).map(([character, entity]) => [entity, character]));

/**
 * The alt of an <img> that was a Markdown image: Docusaurus' transformImage
 * stores it escaped with escape-html, so it is read back before escaping.
 */
function imageAlt(element: MdxJsxTextElement): string {
  return stringAttribute(element, 'alt').replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => UNESCAPES[entity]!);
}

function stringAttribute(element: MdxJsxTextElement, name: string): string {
  const attribute = element.attributes.find((item): item is MdxJsxAttribute => item.type === 'mdxJsxAttribute' && item.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : '';
}

function childrenHtml(node: Nodes): string {
  return 'children' in node ? node.children.map((child) => nodeHtml(child)).join('') : '';
}

function nodeHtml(node: Nodes): string {
  const tag = MARKDOWN_FORMATTING[node.type];
  if (tag) return `<${tag}>${childrenHtml(node)}</${tag}>`;
  switch (node.type) {
    case 'text':
      return escapeHtml(node.value);
    case 'inlineCode':
      return `<code>${escapeHtml(node.value)}</code>`;
    case 'image':
    case 'imageReference':
      return escapeHtml(node.alt ?? '');
    case 'mdxJsxTextElement':
    case 'mdxJsxFlowElement': {
      // Markdown images are <img> elements by now (Docusaurus' transformImage ran): their alt is their text.
      if (node.name === 'img') return escapeHtml(imageAlt(node as MdxJsxTextElement));
      const inner = childrenHtml(node);
      return node.name && FORMATTING_TAGS.has(node.name) ? `<${node.name}>${inner}</${node.name}>` : inner;
    }
    // Expressions render nothing in a heading (an `{/* #id */}` comment, say).
    case 'mdxTextExpression':
    case 'mdxFlowExpression':
      return '';
    default:
      return 'children' in node ? childrenHtml(node) : escapeHtml(toString(node));
  }
}

export function tocEntryHtml(heading: Heading): string {
  return childrenHtml(heading).trim();
}
