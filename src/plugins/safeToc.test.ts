import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {unified, type Plugin} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import type {Root} from 'mdast';
import type {Program} from 'estree';
import * as headingsModule from '@docusaurus/mdx-loader/lib/remark/headings/index.js';
import * as tocModule from '@docusaurus/mdx-loader/lib/remark/toc/index.js';
import {escapeMarkdownHeadingIds} from '@docusaurus/utils';
import safeToc from './safeToc';

// CommonJS modules: the plugin sits on `.default` or one level deeper (tsx, vitest).
const commonJsDefault = (module: {default: unknown}) => ((module.default as {default?: unknown}).default ?? module.default) as Plugin<[unknown?], Root>;
const headings = commonJsDefault(headingsModule);
const toc = commonJsDefault(tocModule);

/** The `export const toc` values Docusaurus' own plugins make, with or without safeToc after them. */
async function tocValues(withSafeToc: boolean): Promise<string[]> {
  const markdown = escapeMarkdownHeadingIds(readFileSync(new URL('./__fixtures__/toc-hostile.md', import.meta.url), 'utf8'));
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkDirective).use(remarkGfm).use(headings, {anchorsMaintainCase: false}).use(toc);
  if (withSafeToc) processor.use(safeToc);
  const tree = (await processor.run(processor.parse(markdown))) as Root;
  const esm = tree.children.at(-1) as unknown as {data: {estree: Program}};
  const declaration = esm.data.estree.body[0] as unknown as {declaration: {declarations: Array<{init: {elements: Array<{properties: Array<{key: {name?: string; value?: string}; value: {value: string}}>}>}}>}};
  return declaration.declaration.declarations[0]!.init.elements.map(
    (entry) => entry.properties.find((property) => (property.key.name ?? property.key.value) === 'value')!.value.value,
  );
}

describe('safeToc', () => {
  it('Docusaurus alone writes entity-escaped markup as live HTML (why this plugin exists)', async () => {
    expect((await tocValues(false))[0]).toBe('설치 <img src=x onerror="alert(1)">');
  });

  it('writes every entry from its heading with all text escaped and only plain formatting tags', async () => {
    expect(await tocValues(true)).toEqual([
      '설치 &lt;img src=x onerror=&quot;alert(1)&quot;&gt;',
      '참조 &lt;b onmouseover=&quot;alert(2)&quot;&gt;굵게&lt;/b&gt;',
      '그림 참조 &lt;svg onload=&quot;alert(3)&quot;&gt;',
      '지시어 &lt;img src=x onerror=&quot;alert(4)&quot;&gt;',
      '꾸밈 <em>기울임</em> <strong>굵게</strong> <del>취소</del> <code>&lt;code&gt;</code> <kbd>Ctrl</kbd> 약어',
      '따옴표 &quot;큰&quot; &#39;xx&#39; \\ &amp; 앰퍼샌드',
      // An <img> made from a Markdown image holds its alt escape-html'd once; shown as the author wrote it.
      '변환된 그림 A &amp; B &lt;i&gt;',
      '같은 id',
      '같은 id 둘',
    ]);
  });
});
