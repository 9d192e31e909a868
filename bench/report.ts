/**
 * Pure formatting of the results: the Markdown report (tables and a sentence
 * per goal), the SVG chart and the README section.
 */
import type {BuildResult} from './buildMeasure';
import type {Bytes, PageWeight} from './pageWeight';
import {renderCourse, type CourseResults} from './courseReport';
import {LABEL, SITES, type SiteName} from './sites';

export {LABEL, SITES};

export interface SizeResult {
  articles: number;
  build: Record<SiteName, BuildResult>;
  article: Record<SiteName, PageWeight>;
}

export interface BenchResults {
  date: string;
  docusaurus: string;
  /** The faster/Rspack setting both sites build with, e.g. `future.v4`. */
  faster: string;
  /** Which state of this site was measured: the working tree or a commit. */
  source: string;
  machine: string;
  articlePage: string;
  sizes: SizeResult[];
  /** The real course on both sites (absent when run with `--only sizes`). */
  course: CourseResults | null;
}

export const GOALS = {buildRatio: 1.3, jsCssRatio: 0.9, fontKB: 150, growth: 0.2, lighthouse: 100};

const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const pair = (b: Bytes) => `${kib(b.gzip)} / ${kib(b.raw)}`;
const ratio = (ours: number, stock: number) => (stock ? `${(ours / stock).toFixed(2)}×` : '–');
const range = (values: number[]) => (Math.min(...values) === Math.max(...values) ? `${values[0]}` : `${Math.min(...values)}–${Math.max(...values)}`);
const percent = (value: number) => `${value >= 0 ? '+' : ''}${(value * 100).toFixed(0)} %`;
const jsCss = (page: PageWeight): Bytes => ({
  raw: page.byKind.js.raw + page.byKind.css.raw,
  gzip: page.byKind.js.gzip + page.byKind.css.gzip,
});

export function growth(sizes: SizeResult[], site: SiteName): number | null {
  if (sizes.length < 2) return null;
  const first = sizes[0]!.article[site].total.gzip;
  return sizes.at(-1)!.article[site].total.gzip / first - 1;
}

/**
 * The build time that compares the sites: CPU seconds when both have them (on
 * a machine shared with other jobs, wall time mostly measures the others), else wall seconds.
 */
export function buildSeconds(sizes: SizeResult[]): {metric: 'CPU' | '벽시계'; of: (build: BuildResult) => number} {
  const cpu = sizes.every((s) => s.build.stock.cpuSeconds !== null && s.build.ours.cpuSeconds !== null);
  return cpu ? {metric: 'CPU', of: (build) => build.cpuSeconds!} : {metric: '벽시계', of: (build) => build.seconds};
}

/** Extra build seconds per article between consecutive sizes. */
export function secondsPerArticle(sizes: SizeResult[], site: SiteName): number[] {
  const {of} = buildSeconds(sizes);
  return sizes.slice(1).map((size, i) => (of(size.build[site]) - of(sizes[i]!.build[site])) / (size.articles - sizes[i]!.articles));
}

function buildTable(sizes: SizeResult[]): string {
  const time = (b: BuildResult) => `${b.seconds.toFixed(1)} s${b.cpuSeconds === null ? '' : ` (CPU ${b.cpuSeconds.toFixed(1)} s)`}`;
  const cpuRatio = (stock: BuildResult, ours: BuildResult) =>
    stock.cpuSeconds === null || ours.cpuSeconds === null ? '–' : ratio(ours.cpuSeconds, stock.cpuSeconds);
  const rows = sizes.map(({articles, build: {stock, ours}}) =>
    `| ${articles} | ${time(stock)} | ${time(ours)} | ${ratio(ours.seconds, stock.seconds)} / ${cpuRatio(stock, ours)} | ` +
    `${stock.peakRssMB.toFixed(0)} MB | ${ours.peakRssMB.toFixed(0)} MB | ${ratio(ours.peakRssMB, stock.peakRssMB)} |`,
  );
  return [
    `| 글 수 | ${LABEL.stock} 빌드 | ${LABEL.ours} 빌드 | 배율 (벽시계 / CPU) | ${LABEL.stock} 최대 메모리 | ${LABEL.ours} 최대 메모리 | 배율 |`,
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

function weightTable(sizes: SizeResult[]): string {
  const rows = sizes.flatMap(({articles, article}) =>
    SITES.map((site) => {
      const page = article[site];
      const k = page.byKind;
      return (
        `| ${articles} | ${LABEL[site]} | ${pair(k.html)} | ${pair(k.js)} | ${pair(k.css)} | ${pair(k.font)} | ${pair(k.image)} | ` +
        `${pair(k.other)} | **${pair(page.total)}** | ${page.requests} | ${site === 'ours' ? ratio(jsCss(page).gzip, jsCss(article.stock).gzip) : ''} |`
      );
    }),
  );
  return [
    '| 글 수 | 사이트 | HTML | JS | CSS | 글꼴 | 이미지 | 기타 | 합계 | 요청 | JS+CSS 배율 (gzip) |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

function searchTable(sizes: SizeResult[]): string {
  const cell = (build: BuildResult, articles: number) =>
    build.pagefindBytes === null ? 'n/a' : `${kib((build.pagefindBytes / articles) * 100)} KiB`;
  return [
    `| 글 수 | ${LABEL.stock} | ${LABEL.ours} (build/pagefind) |`,
    '| ---: | ---: | ---: |',
    ...sizes.map(({articles, build}) => `| ${articles} | 검색 없음 | ${cell(build.ours, articles)} |`),
  ].join('\n');
}

function biggestFiles(page: PageWeight, count = 6): string {
  return page.files
    .filter((file) => file.kind === 'js' || file.kind === 'css' || file.kind === 'other')
    .slice(0, count)
    .map((file) => {
      const name = (file.source ?? file.path.replace(/^\/assets\//, '')).replace('@generated/docusaurus-plugin-content-docs/default/', 'docs 데이터 ');
      return `\`${name}\` ${kib(file.gzip)} KiB gzip (${kib(file.raw)} KiB)`;
    })
    .join(', ');
}

/** One honest sentence per goal: met, or the gap that remains. */
export function goalSentences(results: BenchResults): string[] {
  const {sizes} = results;
  const sentences: string[] = [];
  const {metric, of} = buildSeconds(sizes);
  const buildRatios = sizes.map((s) => of(s.build.ours) / of(s.build.stock));
  const worstBuild = Math.max(...buildRatios);
  const worstAt = sizes[buildRatios.indexOf(worstBuild)]!.articles;
  const slopes = secondsPerArticle(sizes, 'ours');
  const linear = slopes.length < 2 || slopes.at(-1)! <= slopes[0]! * 1.5;
  sentences.push(
    `빌드 시간 ≤ ${GOALS.buildRatio}× 기본 템플릿(${metric} 시간 기준): ${worstBuild <= GOALS.buildRatio ? '달성' : '미달'} ` +
      `(가장 나쁜 배율 ${worstBuild.toFixed(2)}×, 글 ${worstAt}개). ` +
      (slopes.length
        ? `글 하나당 늘어나는 빌드 시간은 ${slopes.map((s) => `${(s * 1000).toFixed(0)} ms`).join(' → ')}로 ${linear ? '선형에 가깝게 늘어납니다' : '글이 많을수록 가팔라져 선형이 아닙니다'}.`
        : ''),
  );
  const worstMemory = Math.max(...sizes.map((s) => s.build.ours.peakRssMB / s.build.stock.peakRssMB));
  sentences.push(`최대 메모리(참고): 기본 템플릿의 최대 ${worstMemory.toFixed(2)}배입니다.`);
  const {ours: lastOurs, stock: lastStock} = sizes.at(-1)!.article;
  const worstJs = Math.max(...sizes.map((s) => jsCss(s.article.ours).gzip / jsCss(s.article.stock).gzip));
  sentences.push(
    `글 페이지 첫 로드 JS+CSS ≤ ${GOALS.jsCssRatio}× 기본 템플릿(gzip): ${worstJs <= GOALS.jsCssRatio ? '달성' : '미달'} (가장 나쁜 배율 ${worstJs.toFixed(2)}×; ` +
      `글 ${sizes.at(-1)!.articles}개에서 JS ${ratio(lastOurs.byKind.js.gzip, lastStock.byKind.js.gzip)}, CSS ${ratio(lastOurs.byKind.css.gzip, lastStock.byKind.css.gzip)}).`,
  );
  const worstFont = Math.max(...sizes.map((s) => s.article.ours.byKind.font.raw));
  sentences.push(
    `한국어 글꼴 ≤ ${GOALS.fontKB} KB/페이지: ${worstFont / 1000 <= GOALS.fontKB ? '달성' : '미달'} (최대 ${(worstFont / 1000).toFixed(0)} KB, woff2라 압축 없이 전송).`,
  );
  const ours = growth(sizes, 'ours');
  const stock = growth(sizes, 'stock');
  if (ours !== null && stock !== null) {
    const first = sizes[0]!.article;
    const added = (site: SiteName) => sizes.at(-1)!.article[site].total.gzip - first[site].total.gzip;
    sentences.push(
      `글 ${sizes[0]!.articles}개 → ${sizes.at(-1)!.articles}개에서 글 페이지 첫 로드(gzip) 증가 ≤ +${GOALS.growth * 100} %: ` +
        `${ours <= GOALS.growth ? '달성' : '미달'} (우리 ${percent(ours)}, 기본 템플릿 ${percent(stock)}). ` +
        `늘어난 양은 우리 +${kib(added('ours'))} KiB, 기본 템플릿 +${kib(added('stock'))} KiB이고, ` +
        `글꼴을 빼고 보면 우리 사이트는 ${percent(added('ours') / (first.ours.total.gzip - first.ours.byKind.font.gzip))} 늘어납니다.`,
    );
  }
  const pagefind = sizes.at(-1)!.build.ours.pagefindBytes;
  sentences.push(
    pagefind === null
      ? '검색 색인 크기: n/a (build/pagefind 가 없습니다).'
      : `검색 색인: 글 100개당 ${kib((pagefind / sizes.at(-1)!.articles) * 100)} KiB (글 ${sizes.at(-1)!.articles}개 기준).`,
  );
  return sentences;
}

export function renderReport(results: BenchResults): string {
  const parts = [
    `측정: ${results.date}, 우리 사이트는 ${results.source}. Docusaurus ${results.docusaurus}, 두 사이트 모두 \`${results.faster}\`(Rspack)로 빌드, ${results.machine}. ` +
      `기본 템플릿은 \`create-docusaurus@${results.docusaurus} classic --typescript\` 입니다.`,
    '',
  ];
  if (results.course) parts.push(renderCourse(results.course), '');
  const last = results.sizes.at(-1);
  if (!last) return parts.join('\n').trimEnd();
  parts.push(
    '### 생성한 글로 잰 규모별 비교',
    '',
    `두 사이트의 docs/ 를 같은 생성 글로 바꿨습니다 (\`bench/generateArticles.ts\`)` +
      (results.faster === 'future.v4'
        ? '. `future.v4` 는 mdx1Compat 을 끄므로 기본 템플릿은 작가 형식 `:::note 제목` 을 상자가 아닌 문단으로 보여 줍니다(우리 사이트는 켭니다).'
        : '.'),
    '',
    '#### 빌드 (캐시 없는 `docusaurus build`)',
    '',
    buildTable(results.sizes),
    '',
    `#### 글 페이지 첫 로드 (\`${results.articlePage}\`, KiB gzip / 원본)`,
    '',
    weightTable(results.sizes),
    '',
    'Chromium, 빈 캐시, gzip 정적 서버(GitHub Pages처럼). 화면에 보이는 링크의 미리 받기(prefetch)는 첫 로드에서 뺐습니다.',
    '',
    `미리 받기(prefetch, 글 ${last.articles}개): ${SITES.map((site) => `${LABEL[site]} ${kib(last.article[site].prefetch.gzip)} KiB gzip, ${last.article[site].prefetch.requests}개 요청`).join(', ')}.`,
    '',
    `가장 큰 JS/데이터 (글 ${last.articles}개) — ${LABEL.stock}: ${biggestFiles(last.article.stock)}; ${LABEL.ours}: ${biggestFiles(last.article.ours)}.`,
    '',
    '#### 검색 색인 (글 100개당)',
    '',
    searchTable(results.sizes),
    '',
    '#### 목표',
    '',
    ...goalSentences(results).map((s) => `- ${s}`),
  );
  return parts.join('\n');
}

/** Ticks for an axis from 0 that reaches at least max: steps of 1, 2, 2.5 or 5 × 10^k. */
export function niceTicks(max: number, count = 5): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!;
  const ticks: number[] = [];
  for (let value = 0; value < max + step; value += step) ticks.push(Number(value.toPrecision(12)));
  return ticks;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const COLORS: Record<SiteName, string> = {stock: '#6b7280', ours: '#2f63d6'};

function panel(x0: number, title: string, unit: string, points: {articles: number; stock: number; ours: number}[]): string {
  const [width, height, left, top, bottom] = [400, 300, 56, 48, 44];
  const plotW = width - left - 16;
  const plotH = height - top - bottom;
  const xMax = Math.max(...points.map((p) => p.articles));
  const yTicks = niceTicks(Math.max(...points.flatMap((p) => [p.stock, p.ours])));
  const yMax = yTicks.at(-1)!;
  const x = (articles: number) => x0 + left + (articles / xMax) * plotW;
  const y = (value: number) => top + plotH - (value / yMax) * plotH;
  const grid = yTicks
    .map(
      (t) =>
        `<line x1="${x0 + left}" x2="${x0 + left + plotW}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" stroke="#e5e7eb"/>` +
        `<text x="${x0 + left - 8}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end">${t}</text>`,
    )
    .join('');
  const xTicks = points
    .map((p) => `<text x="${x(p.articles).toFixed(1)}" y="${top + plotH + 18}" text-anchor="middle">${p.articles}</text>`)
    .join('');
  const lines = SITES.map((site) => {
    const coords = points.map((p) => `${x(p.articles).toFixed(1)},${y(p[site]).toFixed(1)}`);
    const dots = coords.map((c) => `<circle cx="${c.split(',')[0]}" cy="${c.split(',')[1]}" r="4" fill="${COLORS[site]}"/>`).join('');
    return `<polyline points="${coords.join(' ')}" fill="none" stroke="${COLORS[site]}" stroke-width="2.5"${site === 'stock' ? ' stroke-dasharray="6 4"' : ''}/>${dots}`;
  }).join('');
  return (
    `<text x="${x0 + left}" y="28" font-size="16" font-weight="700">${escapeXml(title)}</text>` +
    `<text x="${x0 + 12}" y="${top - 8}" font-size="13">${escapeXml(unit)}</text>` +
    grid +
    `<line x1="${x0 + left}" x2="${x0 + left + plotW}" y1="${top + plotH}" y2="${top + plotH}" stroke="#6b7280"/>` +
    xTicks +
    `<text x="${x0 + left + plotW / 2}" y="${height - 6}" text-anchor="middle">글 수</text>` +
    lines
  );
}

/** Build time (CPU when measured) and peak memory against the article count, both sites. */
export function renderChart(sizes: SizeResult[]): string {
  const {metric, of} = buildSeconds(sizes);
  const time = sizes.map((s) => ({articles: s.articles, stock: of(s.build.stock), ours: of(s.build.ours)}));
  const memory = sizes.map((s) => ({articles: s.articles, stock: s.build.stock.peakRssMB, ours: s.build.ours.peakRssMB}));
  const legend = SITES.map(
    (site, i) =>
      `<line x1="${300 + i * 150}" x2="${330 + i * 150}" y1="${322}" y2="${322}" stroke="${COLORS[site]}" stroke-width="2.5"${site === 'stock' ? ' stroke-dasharray="6 4"' : ''}/>` +
      `<text x="${338 + i * 150}" y="327">${LABEL[site]}</text>`,
  ).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="340" viewBox="0 0 800 340" role="img" ` +
    `font-family="Pretendard Variable, Pretendard, 'Noto Sans KR', sans-serif" font-size="13" fill="#1f2937">` +
    `<title>글 수에 따른 빌드 시간과 최대 메모리: ${LABEL.stock}와 ${LABEL.ours}</title>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    panel(0, `빌드 시간 (${metric})`, '초', time) +
    panel(400, '빌드 최대 메모리', 'MB', memory) +
    legend +
    `</svg>\n`
  );
}

export const README_HEADING = '## 성능 비교';

/** README with its last section, "## 성능 비교", replaced (or added). */
export function updateReadme(readme: string, report: string): string {
  const section = [
    README_HEADING,
    '',
    '`npm run bench` 가 같은 실행 안에서 기본 Docusaurus 템플릿과 이 사이트를 나란히 재서 `bench/results/` 에 남기고 이 절을 새로 씁니다 ' +
      '(`npm test` 에는 들어가지 않습니다). 실제 강좌 비교만은 `-- --only course`, 생성한 글 비교만은 `--only sizes`, 글 수는 `--sizes 25,250`, ' +
      'Lighthouse 횟수는 `--lighthouse-runs 5`(기본 3), 생략은 `--skip-lighthouse`, ' +
      '작업 트리 대신 커밋을 재려면 `--ref HEAD` 를 붙입니다. 첫 실행은 기본 템플릿을 만들고 설치하느라 몇 분 더 걸립니다 ' +
      '(`$TMPDIR/k8s-ipmun-bench` 에 캐시). Chromium(`CHROME_PATH`, 기본 `/usr/bin/chromium`)과 GNU time(`/usr/bin/time`, 없으면 CPU 시간 없이 잽니다)을 씁니다.',
    '',
    '![글 수에 따른 빌드 시간과 최대 메모리 그래프](bench/results/chart.svg)',
    '',
    // One level below the README's "## 성능 비교".
    report.replace(/^(#{3,}) /gm, '#$1 '),
    '',
  ].join('\n');
  const at = readme.indexOf(`\n${README_HEADING}\n`);
  if (at === -1) return `${readme.trimEnd()}\n\n${section}`;
  // Hand-written sections after this one (what the numbers mean) stay.
  const next = readme.indexOf('\n## ', at + README_HEADING.length + 1);
  return `${readme.slice(0, at + 1)}${section}${next === -1 ? '' : `\n${readme.slice(next + 1)}`}`;
}
