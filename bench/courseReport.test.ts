import {describe, expect, it} from 'vitest';
import {courseGoalChecks, renderCourse, type CoursePageResult, type CourseResults} from './courseReport';
import {criticalChain, readReport, type LighthouseResult, type Report} from './lighthouse';
import {renderReport, updateReadme, type BenchResults} from './report';
import {docRoute, stockConfigForCourse, withoutTerms} from './sites';
import {build, page} from './testFixtures';

const lh = (performance: number, fcpMs: number, tbtMs: number, chain: string[] = ['/assets/css/styles.css']): LighthouseResult => ({
  page: '/',
  scores: {performance, accessibility: 100, 'best-practices': 100, seo: 100},
  fcpMs,
  lcpMs: fcpMs + 500,
  tbtMs,
  cls: 0,
  failing: [],
  criticalChain: chain,
});

const coursePage = (kind: CoursePageResult['kind'], path: string, stock: LighthouseResult | null, ours: LighthouseResult | null, oursJs = 180_000): CoursePageResult => ({
  kind,
  path,
  weight: {stock: page(180_000, 20_000, 0), ours: page(oursJs, 20_000, 60_000)},
  lighthouse: {stock, ours},
});

const course: CourseResults = {
  runs: 3,
  build: {stock: build(30, 900), ours: build(40, 1000)},
  pages: [
    coursePage('home', '/', lh(94, 900, 100), lh(95, 950, 80, ['/assets/css/styles.css', '/assets/fonts/site-400.woff2'])),
    coursePage('short', '/docs/how-to-read', lh(93, 900, 200), lh(90, 1100, 150), 190_000),
    coursePage('longest', '/docs/operations/probes', lh(80, 900, 300), lh(80, 950, 600)),
  ],
};

describe('course goals', () => {
  it('judges each page type against stock: performance, FCP within 10 %, JS+CSS', () => {
    const home = courseGoalChecks(course.pages[0]!);
    expect(home.map((c) => [c.goal, c.met])).toEqual([
      ['성능 ≥ 기본 템플릿', true],
      ['FCP ≤ 1.1× 기본 템플릿', true],
      ['접근성·권장사항·SEO 100', true],
      ['첫 로드 JS+CSS ≤ 1.00× 기본 템플릿', true],
    ]);
    const short = courseGoalChecks(course.pages[1]!);
    expect(short.find((c) => c.goal.startsWith('성능'))).toMatchObject({met: false, detail: '90 / 93'});
    expect(short.find((c) => c.goal.startsWith('FCP'))).toMatchObject({met: false, detail: '1.10 s / 0.90 s = 1.22×'});
    expect(short.find((c) => c.goal.startsWith('첫 로드'))).toMatchObject({met: false, detail: '205.1 / 195.3 KiB gzip = 1.05×'});
  });

  it('judges TBT only on the longest article, with a floor for a near-zero stock TBT', () => {
    expect(courseGoalChecks(course.pages[0]!).some((c) => c.goal.startsWith('TBT'))).toBe(false);
    expect(courseGoalChecks(course.pages[2]!).find((c) => c.goal.startsWith('TBT'))).toMatchObject({met: false, detail: '600 ms / 300 ms = 2.00×'});
    const quiet = coursePage('longest', '/docs/x', lh(99, 900, 0), lh(99, 900, 60));
    expect(courseGoalChecks(quiet).find((c) => c.goal.startsWith('TBT'))).toMatchObject({met: true, detail: '60 ms / 0 ms = 1.20×'});
  });

  it('leaves Lighthouse goals out when a site has no run, and names lost points', () => {
    const checks = courseGoalChecks(coursePage('home', '/', null, lh(95, 900, 0)));
    expect(checks.map((c) => c.goal)).toEqual(['첫 로드 JS+CSS ≤ 1.00× 기본 템플릿']);
    const failing = {...lh(95, 900, 0), scores: {performance: 95, accessibility: 96, 'best-practices': 100, seo: 100}, failing: ['color-contrast']};
    expect(courseGoalChecks(coursePage('home', '/', lh(95, 900, 0), failing)).find((c) => c.goal.startsWith('접근성'))).toMatchObject({
      met: false,
      detail: 'accessibility 96 (color-contrast)',
    });
  });
});

describe('course report', () => {
  it('prints Lighthouse per page and site, the critical chains, first loads and a verdict per goal', () => {
    const report = renderCourse(course);
    expect(report).toContain('| 첫 화면 `/` | 우리 사이트 | 95 | 0.95 s | 1.45 s | 80 ms | 0.000 | 100 / 100 / 100 |');
    expect(report).toContain('- 첫 화면, 우리 사이트: `/assets/css/styles.css` · `/assets/fonts/site-400.woff2`');
    expect(report).toContain('| 짧은 글 | 우리 사이트 | 185.5 | 19.5 | **205.1** | 58.6 | 283.2 | 4 | 1.05× |');
    expect(report).toContain('| 가장 긴 글 `/docs/operations/probes` | TBT ≤ 1.5× 기본 템플릿 | **미달** | 600 ms / 300 ms = 2.00× |');
    expect(report).toContain('| 첫 화면 `/` | 성능 ≥ 기본 템플릿 | 달성 | 95 / 94 |');
  });

  it('without Lighthouse keeps the first-load comparison only', () => {
    const skipped = {...course, pages: course.pages.map((p) => ({...p, lighthouse: {stock: null, ours: null}}))};
    const report = renderCourse(skipped);
    expect(report).not.toContain('#### Lighthouse');
    expect(report).toContain('| 가장 긴 글 `/docs/operations/probes` | 첫 로드 JS+CSS ≤ 1.00× 기본 템플릿 | 달성 |');
  });

  it('is the first section of the whole report, which works without the generated sizes', () => {
    const results: BenchResults = {date: 'd', docusaurus: '3.10.2', faster: 'future.v4', source: 's', machine: 'm', articlePage: '', sizes: [], course};
    const report = renderReport(results);
    expect(report).toContain('### 실제 강좌');
    expect(report).not.toContain('생성한 글');
    expect(updateReadme('# 제목\n', report)).toContain('\n#### 실제 강좌: 기본 템플릿에 같은 글을 넣고 비교\n');
    expect(updateReadme('# 제목\n', report)).toContain('\n##### 목표 (우리 / 기본 템플릿)\n');
  });
});

describe('Lighthouse report reading', () => {
  const audits = (details: unknown): Report['audits'] => ({
    'first-contentful-paint': {score: 1, numericValue: 900, scoreDisplayMode: 'numeric'},
    'largest-contentful-paint': {score: 1, numericValue: 1400, scoreDisplayMode: 'numeric'},
    'total-blocking-time': {score: 1, numericValue: 30, scoreDisplayMode: 'numeric'},
    'cumulative-layout-shift': {score: 1, numericValue: 0, scoreDisplayMode: 'numeric'},
    'critical-request-chains': {score: null, scoreDisplayMode: 'informative', details},
  });
  const categories = Object.fromEntries(['performance', 'accessibility', 'best-practices', 'seo'].map((c) => [c, {score: 1, auditRefs: []}]));

  it('lists the critical chain of Lighthouse 12 in start order, without the page, decoded and deduplicated', () => {
    const details = {
      type: 'criticalrequestchain',
      chains: {
        a: {
          request: {url: 'http://127.0.0.1:5000/docs/x', startTime: 1},
          children: {
            b: {request: {url: 'http://127.0.0.1:5000/assets/css/styles.css', startTime: 1.2}, children: {c: {request: {url: 'http://127.0.0.1:5000/assets/%ED%8C%8C.woff2', startTime: 1.5}}}},
            d: {request: {url: 'http://127.0.0.1:5000/assets/js/runtime.js', startTime: 1.1}},
            e: {request: {url: 'http://127.0.0.1:5000/assets/css/styles.css', startTime: 1.2}},
          },
        },
      },
    };
    const result = readReport('/docs/x', {categories, audits: audits(details)}, 'http://127.0.0.1:5000/docs/x');
    expect(result.criticalChain).toEqual(['/assets/js/runtime.js', '/assets/css/styles.css', '/assets/파.woff2']);
    expect(result).toMatchObject({fcpMs: 900, lcpMs: 1400, tbtMs: 30});
  });

  it('leaves out requests that began after the first paint (a font fetched after load)', () => {
    const report: Report = {
      categories,
      audits: {
        metrics: {score: null, scoreDisplayMode: 'informative', details: {items: [{observedFirstContentfulPaint: 900}]}},
        'network-requests': {
          score: null,
          scoreDisplayMode: 'informative',
          details: {items: [{url: 'http://h/a.css', networkRequestTime: 80}, {url: 'http://h/f.woff2', networkRequestTime: 1400}]},
        },
        'critical-request-chains': {
          score: null,
          scoreDisplayMode: 'informative',
          details: {chains: {a: {request: {url: 'http://h/'}, children: {b: {request: {url: 'http://h/a.css'}}, c: {request: {url: 'http://h/f.woff2'}}}}}},
        },
      },
    };
    expect(criticalChain(report, 'http://h/')).toEqual(['/a.css']);
  });

  it('reads the network dependency tree insight of Lighthouse 13', () => {
    const report: Report = {
      categories,
      audits: {
        'network-dependency-tree-insight': {
          score: null,
          scoreDisplayMode: 'informative',
          details: {type: 'list', items: [{type: 'network-tree', chains: {a: {url: 'http://h/', children: {b: {url: 'http://h/a.css', children: {}}}}}}]},
        },
      },
    };
    expect(criticalChain(report, 'http://h/')).toEqual(['/a.css']);
  });
});

describe('course pages', () => {
  it('addresses docs the way Docusaurus does: number prefixes and the extension dropped', () => {
    expect(docRoute('07-operations/probes.md')).toBe('/docs/operations/probes');
    expect(docRoute('how-to-read.md')).toBe('/docs/how-to-read');
  });

  it('leaves the word of our <Term> component for the stock template', () => {
    expect(withoutTerms('<Term id="pod">파드</Term>와 <Term id="node-x">노드</Term>')).toBe('파드와 노드');
  });

  it('turns the admonition title syntax on in the stock config, once', () => {
    const config = "const config: Config = {\n  title: 'My Site',\n};";
    const changed = stockConfigForCourse(config);
    expect(changed).toContain('markdown: {mdx1Compat: {admonitions: true, comments: true, headingIds: true}},');
    expect(stockConfigForCourse(changed)).toBe(changed);
    expect(() => stockConfigForCourse('export default {};')).toThrow(/mdx1Compat/);
  });
});
