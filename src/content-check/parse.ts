import type {Root} from 'mdast';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkComment from '@slorber/remark-comment';
import {admonitionTitleToDirectiveLabel, escapeMarkdownHeadingIds, unwrapMdxCodeBlocks} from '@docusaurus/utils';
import {ADMONITION_TYPES} from '../config/admonitions';
import {wrapSpacedUrls} from '../plugins/spacedUrls';
import {quizTitleToLabel} from '../plugins/quiz/quizTitle';
import {readArticleFrontMatter} from '../security/frontMatter';
import {siteTransforms as sitePlugins} from '../plugins/siteTransforms';
import {findUnsafeContentInStates, type UnsafeFinding} from './rules/unsafeContent';
import {VFile} from 'vfile';
import type {FrontMatter, MdxSyntaxError, Position} from './types';

/**
 * The text transforms the site applies before parsing, in the same order:
 * our `markdown.preprocessor` (docusaurus.config.ts), then what
 * @docusaurus/mdx-loader's preprocessor does with `mdx1Compat` on. None of
 * them adds or removes a line, so line numbers stay the author's.
 */
export function preprocess(source: string): string {
  let content = quizTitleToLabel(wrapSpacedUrls(source));
  content = unwrapMdxCodeBlocks(content);
  content = escapeMarkdownHeadingIds(content);
  return admonitionTitleToDirectiveLabel(content, [...ADMONITION_TYPES]);
}

// The same syntax extensions, in the same order, as the site's MDX processor:
// @mdx-js/mdx adds remark-mdx, then Docusaurus adds frontmatter, directives,
// GFM and (mdx1Compat.comments) HTML comments.
const mdxParser = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkFrontmatter)
  .use(remarkDirective)
  .use(remarkGfm)
  .use(remarkComment)
  .freeze();

// The site's own tree transforms, the build's list (src/plugins/siteTransforms.ts).
const siteTransforms = sitePlugins.map((plugin) => plugin() as (tree: Root, file?: VFile) => void);

export interface ParsedMarkdown {
  processed: string;
  tree?: Root;
  syntaxError?: MdxSyntaxError;
  frontMatter: FrontMatter;
  /** What could run code or load another site's files, in the tree as parsed and after the site's transforms, as the build sees both. */
  unsafe: UnsafeFinding[];
}

interface VFileMessageLike {
  line?: number;
  column?: number;
  reason?: string;
  message?: string;
  ruleId?: string;
  source?: string;
}

export function parseMarkdown(source: string): ParsedMarkdown {
  const processed = preprocess(source);
  let tree: Root | undefined;
  let syntaxError: MdxSyntaxError | undefined;
  let unsafe: UnsafeFinding[] = [];
  try {
    const parsed = mdxParser.parse(processed);
    const file = new VFile({value: processed}); // the Obsidian plugins read columns from it
    unsafe = findUnsafeContentInStates(parsed, (root) => {
      for (const transform of siteTransforms) transform(root, file);
    });
    tree = parsed;
  } catch (error) {
    const message = error as VFileMessageLike;
    syntaxError = {
      line: message.line ?? 1,
      column: message.column ?? 1,
      reason: message.reason ?? message.message ?? String(error),
      ruleId: message.ruleId,
      source: message.source,
    };
  }
  // The build's parser (markdown.parseFrontMatter), on the text as written.
  const {content: _body, ...frontMatter} = readArticleFrontMatter(source);
  return {processed, tree, syntaxError, frontMatter, unsafe};
}

/**
 * Column in the author's line for a column in the preprocessed line. The
 * preprocessing only inserts characters (`<…>`, `\{`) or swaps one (`:::note
 * 제목` → `:::note[제목]`), so walking both lines side by side is enough.
 */
export function mapColumn(original: string, processed: string, column: number): number {
  if (original === processed) return column;
  let i = 0;
  let j = 0;
  while (j < column - 1 && j < processed.length) {
    if (original[i] === processed[j]) {
      i += 1;
      j += 1;
    } else if (processed[j + 1] === original[i]) {
      j += 1; // inserted by the preprocessor
    } else {
      i += 1; // replaced by the preprocessor
      j += 1;
    }
  }
  return Math.min(i, original.length) + 1;
}

export function createPositionMapper(source: string, processed: string): (position: Position | undefined) => Position {
  const originalLines = source.split(/\r?\n/);
  const processedLines = processed.split(/\r?\n/);
  return (position) => {
    if (!position) return {line: 1, column: 1};
    const {line, column} = position;
    const original = originalLines[line - 1];
    const changed = processedLines[line - 1];
    if (original === undefined || changed === undefined) return {line, column};
    return {line, column: mapColumn(original, changed, column)};
  };
}
