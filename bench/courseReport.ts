/**
 * The real-course part of the report (issue #16): per page type, Lighthouse
 * against the stock template in the same run, the critical request chain, the
 * first load's JS+CSS, and whether each goal is met.
 */
import type {BuildResult} from './buildMeasure';
import type {LighthouseResult} from './lighthouse';
import type {PageWeight} from './pageWeight';
import {LABEL, SITES, type CoursePage, type SiteName} from './sites';

/** One page type of the real course on both sites: first load, and Lighthouse's median run (null: skipped or every run failed). */
export interface CoursePageResult extends CoursePage {
  weight: Record<SiteName, PageWeight>;
  lighthouse: Record<SiteName, LighthouseResult | null>;
}

export interface CourseResults {
  /** Lighthouse runs per page and site; the median by performance is kept. */
  runs: number;
  build: Record<SiteName, BuildResult>;
  pages: CoursePageResult[];
}

/** Issue #16, on the real course against the stock template in the same run. */
export const COURSE_GOALS = {fcpRatio: 1.1, tbtRatio: 1.5, jsCssRatio: 1.0, otherCategories: 100};
export const PAGE_KIND: Record<CoursePage['kind'], string> = {home: '첫 화면', short: '짧은 글', longest: '가장 긴 글'};

const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const jsCssGzip = (page: PageWeight) => page.byKind.js.gzip + page.byKind.css.gzip;
const verdict = (met: boolean) => (met ? '달성' : '**미달**');

export interface GoalCheck {
  page: string;
  goal: string;
  met: boolean;
  /** The figures behind the verdict: ours against stock. */
  detail: string;
}

/** Every goal of issue #16 on one page type; a Lighthouse goal is left out when either site has no run. */
export function courseGoalChecks(page: CoursePageResult): GoalCheck[] {
  const label = `${PAGE_KIND[page.kind]} \`${page.path}\``;
  const checks: GoalCheck[] = [];
  const {stock, ours} = page.lighthouse;
  if (stock && ours) {
    checks.push({
      page: label,
      goal: '성능 ≥ 기본 템플릿',
      met: ours.scores.performance >= stock.scores.performance,
      detail: `${ours.scores.performance} / ${stock.scores.performance}`,
    });
    const fcp = ours.fcpMs / stock.fcpMs;
    checks.push({
      page: label,
      goal: `FCP ≤ ${COURSE_GOALS.fcpRatio}× 기본 템플릿`,
      met: fcp <= COURSE_GOALS.fcpRatio,
      detail: `${seconds(ours.fcpMs)} / ${seconds(stock.fcpMs)} = ${fcp.toFixed(2)}×`,
    });
    if (page.kind === 'longest') {
      // TBT of a near-zero stock page would make any ratio fail: a floor of 50 ms (Lighthouse's own blocking threshold).
      const tbt = ours.tbtMs / Math.max(stock.tbtMs, 50);
      checks.push({
        page: label,
        goal: `TBT ≤ ${COURSE_GOALS.tbtRatio}× 기본 템플릿`,
        met: tbt <= COURSE_GOALS.tbtRatio,
        detail: `${Math.round(ours.tbtMs)} ms / ${Math.round(stock.tbtMs)} ms = ${tbt.toFixed(2)}×`,
      });
    }
    const below = Object.entries(ours.scores).filter(([category, score]) => category !== 'performance' && score < COURSE_GOALS.otherCategories);
    checks.push({
      page: label,
      goal: '접근성·권장사항·SEO 100',
      met: below.length === 0,
      detail: below.length ? below.map(([category, score]) => `${category} ${score}`).join(', ') + (ours.failing.length ? ` (${ours.failing.join(', ')})` : '') : '100 / 100 / 100',
    });
  }
  const jsCss = jsCssGzip(page.weight.ours) / jsCssGzip(page.weight.stock);
  checks.push({
    page: label,
    goal: `첫 로드 JS+CSS ≤ ${COURSE_GOALS.jsCssRatio.toFixed(2)}× 기본 템플릿`,
    met: jsCss <= COURSE_GOALS.jsCssRatio,
    detail: `${kib(jsCssGzip(page.weight.ours))} / ${kib(jsCssGzip(page.weight.stock))} KiB gzip = ${jsCss.toFixed(2)}×`,
  });
  return checks;
}

function lighthouseRow(page: CoursePageResult, site: SiteName, r: LighthouseResult | null): string {
  const head = `| ${PAGE_KIND[page.kind]} \`${page.path}\` | ${LABEL[site]} |`;
  if (!r) return `${head} 측정 실패 | | | | | |`;
  return (
    `${head} ${r.scores.performance} | ${seconds(r.fcpMs)} | ${seconds(r.lcpMs)} | ${Math.round(r.tbtMs)} ms | ${r.cls.toFixed(3)} | ` +
    `${r.scores.accessibility} / ${r.scores['best-practices']} / ${r.scores.seo} |`
  );
}

function weightRow(page: CoursePageResult, site: SiteName): string {
  const w = page.weight[site];
  const ratio = site === 'ours' ? `${(jsCssGzip(w) / jsCssGzip(page.weight.stock)).toFixed(2)}×` : '';
  return (
    `| ${PAGE_KIND[page.kind]} | ${LABEL[site]} | ${kib(w.byKind.js.gzip)} | ${kib(w.byKind.css.gzip)} | **${kib(jsCssGzip(w))}** | ` +
    `${kib(w.byKind.font.gzip)} | ${kib(w.total.gzip)} | ${w.requests} | ${ratio} |`
  );
}

/** The critical chain of each page, as Lighthouse saw it: every request the first paint waited on. */
function chainLines(pages: CoursePageResult[]): string[] {
  return pages.flatMap((page) =>
    SITES.map((site) => {
      const r = page.lighthouse[site];
      const chain = r ? (r.criticalChain.length ? r.criticalChain.map((url) => `\`${url}\``).join(' · ') : '페이지만') : '측정 없음';
      return `- ${PAGE_KIND[page.kind]}, ${LABEL[site]}: ${chain}`;
    }),
  );
}

export function renderCourse(course: CourseResults): string {
  const checks = course.pages.flatMap(courseGoalChecks);
  const measured = course.pages.some((page) => page.lighthouse.stock || page.lighthouse.ours);
  const parts = [
    '### 실제 강좌: 기본 템플릿에 같은 글을 넣고 비교',
    '',
    `기본 템플릿에 이 저장소의 docs/ 와 static/ 을 그대로 넣어 빌드했습니다. 기본 템플릿 설정에서 바꾼 것은 \`markdown.mdx1Compat\` 하나로, ` +
      '`:::note 제목` 이 두 사이트에서 같은 제목 있는 상자가 되게 했습니다. 우리 플러그인만 아는 것(`:::quiz`, `:::error`)은 ' +
      '기본 템플릿에서 Docusaurus가 만드는 글자 그대로 남고, 우리 컴포넌트 `<Term>` 은 그 낱말만 남기며, 빈칸 있는 그림 경로는 우리 전처리기처럼 `<…>` 로 감싸 같은 그림을 보이고, 기본 템플릿의 첫 화면과 docs/intro.mdx 는 그대로 둡니다.',
    '',
  ];
  if (measured) {
    parts.push(
      `#### Lighthouse (모바일, 모의 스로틀링, ${course.runs}회 중 성능 중앙값)`,
      '',
      '| 페이지 | 사이트 | 성능 | FCP | LCP | TBT | CLS | 접근성 / 권장사항 / SEO |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...course.pages.flatMap((page) => SITES.map((site) => lighthouseRow(page, site, page.lighthouse[site]))),
      '',
      '첫 페인트 전에 받는 요청(Lighthouse의 critical request chain, 페이지 자신은 뺌):',
      '',
      ...chainLines(course.pages),
      '',
    );
  }
  parts.push(
    '#### 첫 로드 (KiB gzip)',
    '',
    '| 페이지 | 사이트 | JS | CSS | JS+CSS | 글꼴 | 합계 | 요청 | JS+CSS 배율 |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...course.pages.flatMap((page) => SITES.map((site) => weightRow(page, site))),
    '',
    '#### 목표 (우리 / 기본 템플릿)',
    '',
    '| 페이지 | 목표 | 결과 | 수치 |',
    '| --- | --- | --- | --- |',
    ...checks.map((check) => `| ${check.page} | ${check.goal} | ${verdict(check.met)} | ${check.detail} |`),
  );
  return parts.join('\n');
}
