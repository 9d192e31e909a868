import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {Options as DocsOptions} from '@docusaurus/plugin-content-docs';
import {deployTarget} from './src/config/deployTarget';
import {gitHistoryForBuild} from './src/config/gitHistory';
import {CUSTOM_ADMONITION_TYPES} from './src/config/admonitions';
import {darkCodeTheme, lightCodeTheme} from './src/config/prismThemes';
import {wrapSpacedUrls} from './src/plugins/spacedUrls';
import {parseFrontMatterWithTitle} from './src/plugins/frontMatterTitle';
import {reportBrokenMarkdownImage} from './src/plugins/brokenMarkdownImage';
import rejectUnsafeContent, {rejectUnsafeContentAfterTransforms} from './src/plugins/rejectUnsafeContent';
import {siteTransforms} from './src/plugins/siteTransforms';
import imageAttributes from './src/plugins/imageAttributes';
import scrollableTables from './src/plugins/scrollableTables';
import remarkQuiz from './src/plugins/quiz';
import remarkLab from './src/plugins/lab';
import {quizTitleToLabel} from './src/plugins/quiz/quizTitle';
import glossaryTerms from './src/plugins/glossaryTerms';
import courseOutline from './src/plugins/courseOutline';
import printCourse from './src/plugins/printCourse';
import searchIndex from './src/plugins/search';
import seo from './src/plugins/seo';
import fontSubset from './src/plugins/fontSubset';
import contentLimits from './src/plugins/contentLimits';
import bundlerCacheKey from './src/plugins/bundlerCacheKey';
import firstLoadChunks from './src/plugins/firstLoadChunks';
import lazyIslandServer from './src/plugins/lazyIslandServer';
import prismWithCodeBlock from './src/plugins/prismWithCodeBlock';
import routeAssets from './src/plugins/routeAssets';
import unusedInfima from './src/plugins/unusedInfima';
import {resolveWikiLinks} from './src/plugins/obsidian';
import safeToc from './src/plugins/safeToc';
import inertGeneratedJs from './src/plugins/inertGeneratedJs';
import inertContentTitle from './src/plugins/inertGeneratedJs/contentTitle';
import confineLocalPaths from './src/plugins/confineLocalPaths';
import checkSiteFiles from './src/plugins/checkSiteFiles';
import offline from './src/plugins/offline';
import {postBuildInOrder} from './src/plugins/postBuildOrder';
import {pagesExclude, withManifestChecker} from './src/config/manifestCheckerPage';
import {SSR_TEMPLATE} from './src/config/ssrTemplate';

const {url, baseUrl, repository} = deployTarget(process.env);

// The service worker keeps the Pagefind index offline too, so it is written
// after the index (Docusaurus otherwise runs both postBuilds at once).
const [searchThenOffline, offlineAfterSearch] = postBuildInOrder(searchIndex(), offline());

// Articles show their last change and the sitemap dates them, both read from
// Git history. A source archive has none: build without the dates rather than
// fail, and say so (src/config/gitHistory.ts).
const gitHistory = gitHistoryForBuild(__dirname);

// Only the security tests' scratch sites build without it (src/config/manifestCheckerPage.ts).
const manifestChecker = withManifestChecker(process.env);

const docsOptions = {
  routeBasePath: 'docs',
  sidebarPath: './sidebars.ts',
  admonitions: {keywords: [...CUSTOM_ADMONITION_TYPES], extendDefaults: true},
  // Unsafe content is rejected in the article as written and again after the
  // site's own transforms (Obsidian syntax becomes the converted form's tree:
  // src/plugins/siteTransforms.ts), the two trees `npm run check` judges too.
  // Then wiki links resolve to files of the site; confineLocalPaths sees every
  // image (embeds included) before Docusaurus' transformImage/transformLinks
  // hand file paths to the bundler; <Term> gets its tooltip. remarkLab renders
  // each chapter's lab block (`::lab{chapter="N"}`) from src/data/lab.ts.
  beforeDefaultRemarkPlugins: [
    rejectUnsafeContent,
    ...siteTransforms,
    rejectUnsafeContentAfterTransforms,
    remarkLab,
    resolveWikiLinks,
    confineLocalPaths,
    glossaryTerms,
  ],
  // After Docusaurus' own image handling: sizes and lazy loading for <img> tags;
  // tables scroll sideways in a box the keyboard can reach. Knowledge checks
  // become the Quiz component here, after rejectUnsafeContent (see src/plugins/quiz/).
  // After Docusaurus' toc and contentTitle plugins: safeToc writes every TOC
  // entry's HTML again with all text escaped, inertContentTitle keeps the first
  // H1 from becoming code in the page's JavaScript (both: Docusaurus' own output is unsafe).
  remarkPlugins: [[imageAttributes, {baseUrl}], scrollableTables, remarkQuiz, safeToc, inertContentTitle],
  editUrl: `https://github.com/${repository}/edit/main/`,
  showLastUpdateTime: true,
  // No tags.yml: a tag's page address comes only from its name (kebab-cased),
  // never from a file a pull request could add with any `permalink`.
  tags: null,
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
    // false: Docusaurus' "disabled" reader, which knows no dates (see gitHistory above).
    experimental_vcs: gitHistory,
  },

  // Each page's scripts start after its first contentful paint (src/config/ssrTemplate.ts).
  ssrTemplate: SSR_TEMPLATE,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',

  // Theme strings the bundled Korean translation leaves in English live in
  // src/i18n/ko/code.json.
  i18n: {defaultLocale: 'ko', locales: ['ko'], path: 'src/i18n'},

  markdown: {
    // future.v4 turns the Docusaurus 2 syntax off, but our authors write
    // `:::note 제목`, so the admonition title form stays on; `:::quiz 질문`
    // gets the same rewrite from our preprocessor (quiz is not an admonition).
    mdx1Compat: {admonitions: true, comments: true, headingIds: true},
    preprocessor: ({fileContent}) => quizTitleToLabel(wrapSpacedUrls(fileContent)),
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
        pages: {exclude: pagesExclude(manifestChecker)},
        theme: {customCss: ['./src/css/custom.css', './src/css/callouts.css']},
        // Articles only (tag pages are lists of links, print pages copies of the articles), dated by their last git commit.
        sitemap: {lastmod: 'date', changefreq: null, priority: null, ignorePatterns: [`${baseUrl}docs/tags/**`, `${baseUrl}print`, `${baseUrl}print/**`]},
      } satisfies Preset.Options,
    ],
  ],

  // contentLimits: articles over the size limits stop the build before any plugin reads them.
  // seo: robots.txt and a share card (og:image) per article, at build time.
  // fontSubset: Pretendard cut to the site's characters (src/css/custom.css).
  // printCourse: the whole course and each chapter on one page, for paper and PDF (/print).
  // searchIndex: glossary synonyms for the search box, and the Pagefind index after the build.
  // offline: web app manifest and a service worker that keeps the whole site (index included).
  // contentLimits: articles over the size limit stop the build before any plugin reads them.
  // checkSiteFiles: no symbolic links, active files or unsafe SVGs in docs/ and static/.
  // bundlerCacheKey: the bundler's cache is keyed by this config's values (BASE_URL …), not only its file.
  // firstLoadChunks: a module two route chunks share is downloaded and run once, and
  // what every article loads comes in few requests (the print page renders articles too).
  // routeAssets: each page's HTML names its route's scripts and its own stylesheet (*.page.module.css).
  // lazyIslandServer: quizzes and article ends are server-rendered in place, their code loaded when reached.
  // prismWithCodeBlock: Prism and its grammars load with the code block, not on every page.
  // unusedInfima: the stylesheet without Infima rules for components the site never shows.
  // inertGeneratedJs: no author's text becomes code in generated JavaScript
  // (frontmatter in each page, route paths in routes.js) and no page is written
  // outside the build folder (`..` in a route); it must come after
  // the preset, whose docs plugin adds the mdx-loader rule it wraps.
  plugins: [
    contentLimits(),
    checkSiteFiles({docsDir: 'docs'}),
    courseOutline({sidebarId: 'course'}),
    printCourse({sidebarId: 'course'}),
    seo({sidebarId: 'course'}),
    fontSubset(),
    searchThenOffline,
    offlineAfterSearch,
    bundlerCacheKey(),
    firstLoadChunks({home: '@site/src/components/HomePage', articleRenderers: ['@site/src/components/PrintCourse']}),
    lazyIslandServer(),
    prismWithCodeBlock(),
    routeAssets(),
    unusedInfima(),
    inertGeneratedJs(),
  ],

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
      items: [
        {type: 'docSidebar', sidebarId: 'course', position: 'left', label: '강좌'},
        // The manifest checker page (src/pages/manifest-check.tsx), the same check as `npm run check`.
        ...(manifestChecker ? [{to: '/manifest-check', position: 'left' as const, label: '매니페스트 검사기'}] : []),
      ],
    },
    footer: {
      style: 'dark',
      copyright: `쿠버네티스 입문 · 글과 그림은 기여자들이 직접 작성했습니다.`,
    },
    prism: {
      // GitHub and Dracula, recoloured to reach WCAG AA contrast.
      theme: lightCodeTheme,
      darkTheme: darkCodeTheme,
      additionalLanguages: ['bash', 'docker', 'ini', 'diff'],
    },
  } satisfies Preset.ThemeConfig,
} satisfies Config;
