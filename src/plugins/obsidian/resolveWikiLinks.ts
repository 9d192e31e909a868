import path from 'node:path';
import type {Image, Link, Nodes, Paragraph, Parents, Root} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import type {VFile} from 'vfile';
import {SKIP, visit} from 'unist-util-visit';
import {problemsOf} from './text';
import {wikiEmbedOf, wikiLinkOf} from './wikiLinks';
import {resolveWikiEmbed, resolveWikiLink, scanSite, type WikiIndex} from './wikiIndex';
import {fileLabel} from '../fileLabel';
import {locatedMessage} from '../../security/logText';

/**
 * The build's half of wiki links: gives every `[[…]]` link and `![[…]]`
 * image (see wikiLinks.ts) its real URL, a relative `.md` path or an
 * `/img/…` path (an `<img width>` for `![[그림.png|400]]`), exactly what the
 * converted form writes. Docusaurus then treats them like any other link or
 * image (URL with baseUrl, broken-link checks, image bundling). A link or image that cannot be resolved stops
 * the build with the article, line and column, as `npm run check` reports it.
 *
 * Problems the syntax plugins noted (an unknown callout type, an unclosed
 * `%%`) do not stop the build; they are printed as warnings.
 */

export interface ResolveWikiLinksOptions {
  /** Folder holding docs/ and static/. Default: the current folder. */
  siteDir?: string;
  docsDir?: string;
  staticDirs?: string[];
}

/**
 * The node an embed becomes: a Markdown image, or, with a width
 * (`![[그림.png|400]]`), the `<img src="/img/…" alt="…" width="400" />` an
 * author would write for that (imageAttributes.ts adds the baseUrl and the
 * height in proportion).
 */
export function embeddedImage(image: Image, url: string): Image | MdxJsxTextElement {
  const embed = wikiEmbedOf(image);
  if (!embed?.width) return {...image, url};
  const attributes: MdxJsxAttribute[] = [
    {type: 'mdxJsxAttribute', name: 'src', value: url},
    {type: 'mdxJsxAttribute', name: 'alt', value: image.alt ?? ''},
    {type: 'mdxJsxAttribute', name: 'width', value: String(embed.width)},
    ...(embed.height ? [{type: 'mdxJsxAttribute', name: 'height', value: String(embed.height)} as MdxJsxAttribute] : []),
  ];
  return {
    type: 'mdxJsxTextElement',
    name: 'img',
    attributes,
    children: [],
    data: {_mdxExplicitJsx: true, wikiEmbed: embed} as MdxJsxTextElement['data'],
    ...(image.position && {position: image.position}),
  };
}

/**
 * MDX lifts an element that stands alone on its line out of its paragraph
 * (`<img … />` on its own line is a block). That step ran before this plugin,
 * so a paragraph holding only such an image is lifted here, the same way.
 */
function unravel(paragraph: Paragraph, parent: Parents, index: number): number {
  const alone = paragraph.children.every(
    (child) => child.type === 'mdxJsxTextElement' || (child.type === 'text' && child.value.trim() === ''),
  );
  if (!alone) return 1;
  const blocks = paragraph.children
    .filter((child): child is MdxJsxTextElement => child.type === 'mdxJsxTextElement')
    .map((child) => ({...child, type: 'mdxJsxFlowElement'}) as unknown as MdxJsxFlowElement);
  parent.children.splice(index, 1, ...(blocks as Parents['children']));
  return blocks.length;
}

export function resolveTree(tree: Root, filePath: string, index: WikiIndex): Array<{node: Nodes; message: string}> {
  const problems: Array<{node: Nodes; message: string}> = [];
  const sized = new Set<Paragraph>(); // paragraphs that now hold an <img>
  visit(tree, (node: Nodes, position, parent: Parents | undefined) => {
    const link = wikiLinkOf(node);
    if (link) {
      const resolved = resolveWikiLink(link, filePath, index);
      if (resolved.ok) (node as Link).url = resolved.value.url;
      else problems.push({node, message: resolved.message});
      return;
    }
    const embed = wikiEmbedOf(node);
    if (!embed || !parent || position === undefined) return;
    const resolved = resolveWikiEmbed(embed, index);
    if (!resolved.ok) {
      problems.push({node, message: resolved.message});
      return;
    }
    const replacement = embeddedImage(node as Image, resolved.value.url);
    (parent.children as Nodes[])[position] = replacement;
    if (replacement.type === 'mdxJsxTextElement' && parent.type === 'paragraph') sized.add(parent);
  });
  if (sized.size) {
    visit(tree, 'paragraph', (node: Paragraph, position, parent: Parents | undefined) => {
      if (!sized.has(node) || !parent || position === undefined) return undefined;
      return [SKIP, position + unravel(node, parent, position)];
    });
  }
  return problems;
}

export default function resolveWikiLinks(options: ResolveWikiLinksOptions = {}) {
  const siteDir = path.resolve(options.siteDir ?? process.cwd());
  const warned = new Set<string>(); // every article is compiled twice (server and client)
  return (tree: Root, file: VFile) => {
    const where = fileLabel(file, siteDir);
    for (const problem of problemsOf(tree)) {
      const warning = `[경고] ${locatedMessage(where, problem.line, problem.column, problem.message)}`;
      if (!warned.has(warning)) console.warn(warning);
      warned.add(warning);
    }
    let any = false;
    visit(tree, (node: Nodes) => {
      if (wikiLinkOf(node) || wikiEmbedOf(node)) any = true;
    });
    if (!any) return;
    const index = scanSite({siteDir, docsDir: options.docsDir, staticDirs: options.staticDirs});
    const problems = resolveTree(tree, file.path ?? path.join(siteDir, 'docs/index.md'), index);
    if (problems.length === 0) return;
    throw new Error(
      problems
        .map(({node, message}) => {
          const start = node.position?.start;
          return locatedMessage(where, start?.line ?? 1, start?.column ?? 1, message);
        })
        .join('\n'),
    );
  };
}
