import React, {type ComponentProps, type ReactNode} from 'react';
import CodeInline from '@theme/CodeInline';
import type CodeBlockType from '@theme/CodeBlock';
import {lazyIsland} from '@site/src/components/LazyIsland';

/**
 * A fenced code block is a lazy island (src/components/LazyIsland): its
 * highlighted HTML comes from the server, and the code block's code (Prism
 * tokenizing, copy, download, the checker link) takes it over only when the
 * reader points at it or, on a phone, nears it while reading. A long article's dozens of
 * blocks were re-tokenized all at once when the page started, and every
 * article downloaded that code first. The block's buttons (copy, download,
 * the checker link) are drawn only in the browser in any case: they appear
 * when the code has arrived.
 *
 * This replaces theme-classic's MDXComponents/Code instead of wrapping it: the
 * original imports CodeBlock, which would put it back into every article's
 * first load. What it decides stays the same: `code` with only single-line
 * text is inline code, anything else (a fence, even an empty one) a block.
 */
const CodeBlock = lazyIsland<ComponentProps<typeof CodeBlockType>>(
  () => import('@theme/CodeBlock'),
  require.resolveWeak('@theme/CodeBlock'),
  {forPointing: true},
);

type Props = ComponentProps<'code'>;

function isInlineCode({children}: Props): boolean {
  return children !== undefined && React.Children.toArray(children).every((child) => typeof child === 'string' && !child.includes('\n'));
}

export default function MDXCode(props: Props): ReactNode {
  return isInlineCode(props) ? <CodeInline {...props} /> : <CodeBlock {...(props as ComponentProps<typeof CodeBlockType>)} />;
}
