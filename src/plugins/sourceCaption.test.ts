import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import type {Heading, Link, Paragraph, Root} from 'mdast';
import sourceCaption from './sourceCaption';

const fixture = readFileSync(new URL('./__fixtures__/source-caption.md', import.meta.url), 'utf8');

function transform(markdown: string): Root {
  const processor = unified().use(remarkParse).use(sourceCaption);
  return processor.runSync(processor.parse(markdown)) as Root;
}

describe('sourceCaption', () => {
  const tree = transform(fixture);
  const captions = tree.children.filter(
    (node): node is Paragraph => node.type === 'paragraph' && (node.data?.hProperties?.className as string[] | undefined)?.includes('source-caption') === true,
  );

  it('turns `###### 출처 : [..](..)` lines into caption paragraphs, link kept', () => {
    expect(captions).toHaveLength(2);
    const link = captions[0]!.children.find((child): child is Link => child.type === 'link');
    expect(link?.url).toBe('https://example.com/layers');
    expect(captions[0]!.position?.start.line).toBe(3);
  });

  it('leaves real headings, including other h6 headings, as headings', () => {
    const headings = tree.children.filter((node): node is Heading => node.type === 'heading');
    expect(headings.map((heading) => heading.depth)).toEqual([2, 6]);
  });
});
