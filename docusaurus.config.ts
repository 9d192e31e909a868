import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {Options as DocsOptions} from '@docusaurus/plugin-content-docs';
import {themes as prismThemes} from 'prism-react-renderer';
import {deployTarget} from './src/config/deployTarget';
import {CUSTOM_ADMONITION_TYPES} from './src/config/admonitions';
import {wrapSpacedUrls} from './src/plugins/spacedUrls';
import {parseFrontMatterWithTitle} from './src/plugins/frontMatterTitle';
import {reportBrokenMarkdownImage} from './src/plugins/brokenMarkdownImage';
import sourceCaption from './src/plugins/sourceCaption';
import demoteInnerH1 from './src/plugins/demoteInnerH1';
import courseOutline from './src/plugins/courseOutline';

const {url, baseUrl, repository} = deployTarget(process.env);

const docsOptions = {
  routeBasePath: 'docs',
  sidebarPath: './sidebars.ts',
  admonitions: {keywords: [...CUSTOM_ADMONITION_TYPES], extendDefaults: true},
  beforeDefaultRemarkPlugins: [sourceCaption, demoteInnerH1],
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
        theme: {customCss: './src/css/custom.css'},
      } satisfies Preset.Options,
    ],
  ],

  plugins: [courseOutline({sidebarId: 'course'})],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    docs: {sidebar: {hideable: true, autoCollapseCategories: true}},
    tableOfContents: {minHeadingLevel: 2, maxHeadingLevel: 3},
    navbar: {
      title: '쿠버네티스 입문',
      logo: {alt: '쿠버네티스 입문 로고', src: 'img/logo.svg'},
      items: [{type: 'docSidebar', sidebarId: 'course', position: 'left', label: '강좌'}],
    },
    footer: {
      style: 'dark',
      copyright: `쿠버네티스 입문 · 글과 그림은 기여자들이 직접 작성했습니다.`,
    },
    prism: {
      theme: prismThemes.github,
      darkTheme: prismThemes.dracula,
      additionalLanguages: ['bash', 'docker', 'json', 'go', 'ini', 'diff'],
    },
  } satisfies Preset.ThemeConfig,
} satisfies Config;
