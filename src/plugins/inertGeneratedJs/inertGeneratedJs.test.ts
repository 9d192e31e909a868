import {createRequire} from 'node:module';
import {describe, expect, it} from 'vitest';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import type {ParseFrontMatter} from '@docusaurus/types';
import {VFile} from 'vfile';
import {parseFrontMatterWithTitle} from '../frontMatterTitle';
import {unsafeDocsRoutes, wrapMdxLoaders} from '.';
import inertContentTitle from './contentTitle';

// The serializer @docusaurus/mdx-loader writes `export const frontMatter = …` with.
const requireFromMdxLoader = createRequire(createRequire(import.meta.url).resolve('@docusaurus/mdx-loader'));
const stringifyObject = requireFromMdxLoader('stringify-object') as (value: unknown) => string;
const MDX_LOADER = requireFromMdxLoader.resolve('@docusaurus/mdx-loader');
const readBack = (code: string): unknown => new Function(`return ${code};`)();

const TITLE = String.raw`제목 \\'+(globalThis.__pwned="title")//`;
const ARTICLE = `---\ntitle: '${TITLE.replace(/'/g, "''")}'\nimage: ./card.png\n---\n\n본문\n`;

/** A rule shaped like the one the docs plugin adds (createMDXLoaderRule), shared by the client and server configs. */
function docsRule(createAssets: (input: {frontMatter: Record<string, unknown>}) => unknown) {
  return {
    test: /\.mdx?$/i,
    include: ['/site/docs/'],
    use: [{loader: MDX_LOADER, options: {markdownConfig: {parseFrontMatter: parseFrontMatterWithTitle}, createAssets, siteDir: '/site'}}],
  };
}

describe('inertGeneratedJs: frontmatter in the page JavaScript', () => {
  it('gives the mdx loader frontmatter that stringify-object writes back exactly', async () => {
    const seenByAssets: unknown[] = [];
    const rule = docsRule(({frontMatter}) => seenByAssets.push(frontMatter.image));
    const rules = [{oneOf: [rule]}];
    // configureWebpack runs for the client and the server config: wrapping twice must not escape twice.
    expect(wrapMdxLoaders(rules)).toBe(1);
    expect(wrapMdxLoaders(rules)).toBe(1);
    const options = rule.use[0]!.options as {markdownConfig: {parseFrontMatter: ParseFrontMatter}; createAssets: (input: object) => unknown};
    const {frontMatter} = await options.markdownConfig.parseFrontMatter({filePath: '/site/docs/a.md', fileContent: ARTICLE, defaultParseFrontMatter: async () => ({frontMatter: {}, content: ''})});
    expect(readBack(stringifyObject(frontMatter))).toEqual({title: TITLE, image: './card.png'});
    expect((globalThis as {__pwned?: unknown}).__pwned).toBeUndefined();
    // createAssets (a frontmatter image becoming a bundled file) sees what the author wrote.
    options.createAssets({filePath: '/site/docs/a.md', frontMatter});
    expect(seenByAssets).toEqual(['./card.png']);
  });

  it('leaves other loaders alone', () => {
    expect(wrapMdxLoaders([{test: /\.css$/, use: [{loader: 'css-loader', options: {}}]}])).toBe(0);
  });

  it('hands the first H1 to the loader in the form stringify-object writes back exactly', () => {
    const file = new VFile({data: {contentTitle: TITLE}});
    inertContentTitle()(undefined, file);
    expect(readBack(stringifyObject(file.data.contentTitle))).toBe(TITLE);
  });
});

describe('inertGeneratedJs: route paths', () => {
  const content = (permalink: string, tagPermalink: string, categoryPermalink: string) =>
    ({
      loadedVersions: [
        {
          contentPath: '/site/docs',
          docs: [{id: 'evil/a', source: '@site/docs/evil/a.md', permalink, tags: [{label: '태그', permalink: tagPermalink}]}],
          sidebars: {course: [{type: 'category', label: '분류\n::error::', items: [{type: 'doc', id: 'evil/a'}], link: {type: 'generated-index', permalink: categoryPermalink}}]},
        },
      ],
    }) as unknown as LoadedContent;

  it('accepts the routes the course makes', () => {
    expect(unsafeDocsRoutes(content('/docs/workloads/pod', '/docs/tags/파드', '/docs/category/워크로드'), '/site')).toEqual([]);
  });

  it('names the article or category behind every unsafe route', () => {
    expect(unsafeDocsRoutes(content("/docs/a'b", '/docs/tags/a\\b', '/docs/x\n'), '/site')).toEqual([
      "docs/evil/a.md:1:1  페이지 주소에 쓸 수 없는 글자 ''' 가 있습니다 (파일·폴더 이름, slug, id). 주소에는 글자, 숫자, 공백과 - _ . ~ / ( ) 만 쓸 수 있습니다. 파일·폴더 이름이나 slug 를 바꾸세요.",
      expect.stringMatching(/^docs\/evil\/a.md:1:1 {2}페이지 주소에 쓸 수 없는 글자 '\\' 가 있습니다 \(태그 "태그"\)/),
      // The label's line break stays inside the message line (no _category_ file on disk here: the name alone).
      expect.stringMatching(/^_category_.json:1:1 {2}페이지 주소에 쓸 수 없는 글자 U\+000A 가 있습니다 \(분류 "분류\\n::error::" 의 link.slug\)/),
    ]);
  });
});
