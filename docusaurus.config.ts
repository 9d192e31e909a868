import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {Options as DocsOptions} from '@docusaurus/plugin-content-docs';
import {deployTarget} from './src/config/deployTarget';
import {CUSTOM_ADMONITION_TYPES} from './src/config/admonitions';
import {darkCodeTheme, lightCodeTheme} from './src/config/prismThemes';
import {wrapSpacedUrls} from './src/plugins/spacedUrls';
import {parseFrontMatterWithTitle} from './src/plugins/frontMatterTitle';
import {reportBrokenMarkdownImage} from './src/plugins/brokenMarkdownImage';
import rejectUnsafeContent from './src/plugins/rejectUnsafeContent';
import sourceCaption from './src/plugins/sourceCaption';
import demoteInnerH1 from './src/plugins/demoteInnerH1';
import imageAttributes from './src/plugins/imageAttributes';
import scrollableTables from './src/plugins/scrollableTables';
import glossaryTerms from './src/plugins/glossaryTerms';
import courseOutline from './src/plugins/courseOutline';
import searchIndex from './src/plugins/search';
import seo from './src/plugins/seo';
import fontSubset from './src/plugins/fontSubset';
import {obsidianSyntax, resolveWikiLinks} from './src/plugins/obsidian';

const {url, baseUrl, repository} = deployTarget(process.env);

const docsOptions = {
  routeBasePath: 'docs',
  sidebarPath: './sidebars.ts',
  admonitions: {keywords: [...CUSTOM_ADMONITION_TYPES], extendDefaults: true},
  // rejectUnsafeContent sees the article as written, so it runs first.
  // Then Obsidian syntax (callouts, [[links]], ![[images]], ==marks==,
  // %%comments%%) becomes the converted form's tree: src/plugins/obsidian/.
  beforeDefaultRemarkPlugins: [rejectUnsafeContent, ...obsidianSyntax, resolveWikiLinks, sourceCaption, demoteInnerH1, glossaryTerms],
  // After Docusaurus' own image handling: sizes and lazy loading for <img> tags;
  // tables scroll sideways in a box the keyboard can reach.
  remarkPlugins: [[imageAttributes, {baseUrl}], scrollableTables],
  editUrl: `https://github.com/${repository}/edit/main/`,
  showLastUpdateTime: true,
} satisfies DocsOptions;

export default {
  title: '쿠버네티스 입문',
  tagline: '처음 배우는 사람을 위한 한국어 쿠버네티스 강좌',
  favicon: 'img/favicon.svg',
  url,
  baseUrl,
  // GitHub Pages serves /docs/pod.html at /docs/pod; without an explicit choice
  // it would redirect to a trailing slash and break relative links.
  trailingSlash: false,
  // The GitHub repository, for the pre-filled feedback issue (src/components/Feedback).
  customFields: {repository},

  future: {
    // Opts into Docusaurus 4 defaults, among them the faster bundler (Rspack,
    // SWC, Lightning CSS): builds about three times faster.
    v4: true,
  },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',

  // Theme strings the bundled Korean translation leaves in English live in
  // src/i18n/ko/code.json.
  i18n: {defaultLocale: 'ko', locales: ['ko'], path: 'src/i18n'},

  markdown: {
    // future.v4 turns the Docusaurus 2 syntax off, but our authors write
    // `:::note 제목`, so the admonition title form stays on.
    mdx1Compat: {admonitions: true, comments: true, headingIds: true},
    preprocessor: ({fileContent}) => wrapSpacedUrls(fileContent),
    parseFrontMatter: parseFrontMatterWithTitle,
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: reportBrokenMarkdownImage,
    },
  },

  presets: [
    [
      'classic',
      {
        docs: docsOptions,
        blog: false,
        theme: {customCss: ['./src/css/custom.css', './src/css/callouts.css']},
        // Articles only (tag pages are lists of links), dated by their last git commit.
        sitemap: {lastmod: 'date', changefreq: null, priority: null, ignorePatterns: [`${baseUrl}docs/tags/**`]},
      } satisfies Preset.Options,
    ],
  ],

  // seo: robots.txt and a share card (og:image) per article, at build time.
  // fontSubset: Pretendard cut to the site's characters (src/css/custom.css).
  // searchIndex: glossary synonyms for the search box, and the Pagefind index after the build.
  plugins: [courseOutline({sidebarId: 'course'}), seo({sidebarId: 'course'}), fontSubset(), searchIndex()],

  // Click/tap to zoom article images (medium-zoom).
  clientModules: ['./src/clientModules/imageZoom.ts'],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    // The home page's share card, drawn by src/plugins/seo; articles get their own.
    image: 'og/index.png',
    metadata: [{property: 'og:locale', content: 'ko_KR'}],
    docs: {sidebar: {hideable: true, autoCollapseCategories: true}},
    tableOfContents: {minHeadingLevel: 2, maxHeadingLevel: 3},
    navbar: {
      title: '쿠버네티스 입문',
      // No alt: the title beside it names the link; "로고" would only be read twice.
      logo: {src: 'img/logo.svg'},
      items: [{type: 'docSidebar', sidebarId: 'course', position: 'left', label: '강좌'}],
    },
    footer: {
      style: 'dark',
      copyright: `쿠버네티스 입문 · 글과 그림은 기여자들이 직접 작성했습니다.`,
    },
    prism: {
      // GitHub and Dracula, recoloured to reach WCAG AA contrast.
      theme: lightCodeTheme,
      darkTheme: darkCodeTheme,
      additionalLanguages: ['bash', 'docker', 'json', 'go', 'ini', 'diff'],
    },
  } satisfies Preset.ThemeConfig,
} satisfies Config;
