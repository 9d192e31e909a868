/**
 * npm run bench [-- --only course|sizes] [--sizes 25,250,1000] [--skip-lighthouse] [--lighthouse-runs 3] [--no-readme] [--ref HEAD] [--report-only]
 *
 * Measures the stock Docusaurus template and this site side by side, and
 * writes bench/results/ (results.json, results.md, chart.svg) and the
 * "## 성능 비교" section of README.md. Two parts:
 * - course: the real course (our docs/ and static/) in both sites; first load
 *   and Lighthouse of the home page, a short and the longest article;
 * - sizes: the same generated articles in both, at several counts; build
 *   time, memory and first load as the site grows.
 * `--only` runs one part and keeps the other's last results.
 */
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {measureBuild} from './buildMeasure';
import {medianRun, runLighthouse, type LighthouseResult} from './lighthouse';
import {chunkSources, labelFiles, launchBrowser, measurePage} from './pageWeight';
import {renderChart, renderReport, updateReadme, SITES, type BenchResults, type SizeResult} from './report';
import type {CoursePageResult, CourseResults} from './courseReport';
import {CACHE, DOCUSAURUS_VERSION, oursSource, prepareCourseSite, prepareSite, ROOT, stockTemplate, type CoursePage, type SiteName} from './sites';
import type {Browser} from '@playwright/test';
import {serveStatic, type StaticServer} from './staticServer';

const {values} = parseArgs({
  options: {
    /** `course` or `sizes`: run one part only. */
    only: {type: 'string'},
    sizes: {type: 'string', default: '25,250,1000'},
    'skip-lighthouse': {type: 'boolean', default: false},
    /** Lighthouse runs per page and site on the real course; the run with the median performance score is kept. */
    'lighthouse-runs': {type: 'string', default: '3'},
    'no-readme': {type: 'boolean', default: false},
    /** Measure this site at a commit instead of the working tree. */
    ref: {type: 'string'},
    /** Only write results.md, chart.svg and README.md again from bench/results/results.json. */
    'report-only': {type: 'boolean', default: false},
  },
});
const sizes = values.sizes
  .split(',')
  .map(Number)
  .sort((a, b) => a - b);
if (sizes.some((n) => !Number.isInteger(n) || n < 2)) throw new Error(`--sizes: whole numbers ≥ 2, comma-separated (got "${values.sizes}")`);

const lighthouseRuns = Number(values['lighthouse-runs']);
if (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 1) throw new Error(`--lighthouse-runs: a whole number ≥ 1 (got "${values['lighthouse-runs']}")`);
if (values.only !== undefined && values.only !== 'course' && values.only !== 'sizes') throw new Error(`--only: course or sizes (got "${values.only}")`);
const RESULTS = path.join(ROOT, 'bench/results');
const LOGS = path.join(CACHE, 'logs');
const log = (line: string) => console.log(`[bench ${new Date().toTimeString().slice(0, 8)}] ${line}`);

function writeReport(results: BenchResults): void {
  const report = renderReport(results);
  writeFileSync(path.join(RESULTS, 'results.md'), `${report}\n`);
  if (results.sizes.length) writeFileSync(path.join(RESULTS, 'chart.svg'), renderChart(results.sizes));
  if (!values['no-readme']) {
    const readme = path.join(ROOT, 'README.md');
    writeFileSync(readme, updateReadme(readFileSync(readme, 'utf8'), report));
  }
  console.log(`\n${report}\n`);
  log(`wrote ${path.relative(ROOT, RESULTS)}/results.json, results.md, chart.svg${values['no-readme'] ? '' : ' and README.md'}`);
}

/** --report-only: the report again from results.json, naming the chunks of the largest size if its scratch builds are still there. */
function rewriteReport(): void {
  const results = JSON.parse(readFileSync(path.join(RESULTS, 'results.json'), 'utf8')) as BenchResults;
  for (const name of SITES) {
    const weight = results.sizes.at(-1)?.article[name];
    if (!weight) continue;
    if (weight.files.some((file) => file.kind === 'js' && !file.source)) labelFiles(weight, chunkSources(path.join(CACHE, 'work', name)));
  }
  writeFileSync(path.join(RESULTS, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeReport(results);
}

/** Lighthouse `runs` times on each page of both sites, alternating sites per page so a busier minute hurts both alike. */
async function lighthouseBoth(urls: Record<SiteName, string>, page: string): Promise<Record<SiteName, LighthouseResult | null>> {
  const runs: Record<SiteName, LighthouseResult[]> = {stock: [], ours: []};
  for (let run = 0; run < lighthouseRuns; run++) {
    for (const name of SITES) {
      try {
        runs[name].push(await runLighthouse(urls[name] + page, page));
      } catch (error) {
        log(`${name}: Lighthouse ${page} failed: ${String(error).slice(0, 500)}`);
      }
    }
  }
  const median = (name: SiteName) => (runs[name].length ? medianRun(runs[name]) : null);
  const result = {stock: median('stock'), ours: median('ours')};
  for (const name of SITES) {
    const r = result[name];
    if (r) log(`${name}: Lighthouse ${page} performance ${r.scores.performance}, FCP ${Math.round(r.fcpMs)} ms, LCP ${Math.round(r.lcpMs)} ms, TBT ${Math.round(r.tbtMs)} ms`);
  }
  return result;
}

/** The real course in both sites: one build each, then first load and Lighthouse of each page type. */
async function measureCourse(browser: Browser, sources: Record<SiteName, string>): Promise<CourseResults> {
  const build = {} as CourseResults['build'];
  const servers: Partial<Record<SiteName, StaticServer>> = {};
  let pages: CoursePage[] = [];
  try {
    for (const name of SITES) {
      const site = prepareCourseSite(name, sources[name], name === 'ours' ? ROOT : sources[name]);
      pages = site.pages;
      log(`${name} course: building…`);
      const logFile = path.join(LOGS, `build-course-${name}.log`);
      build[name] = await measureBuild(site.dir, logFile);
      log(`${name} course: ${build[name].seconds.toFixed(1)} s, ${build[name].warnings} warnings (log ${logFile})`);
      servers[name] = await serveStatic(path.join(site.dir, 'build'));
    }
    const results: CoursePageResult[] = [];
    for (const page of pages) {
      const weight = {} as CoursePageResult['weight'];
      for (const name of SITES) {
        weight[name] = await measurePage(browser, servers[name]!, page.path);
        log(`${name} course: ${page.path} ${(weight[name].total.gzip / 1024).toFixed(0)} KiB gzip in ${weight[name].requests} requests`);
      }
      const lighthouse = values['skip-lighthouse']
        ? {stock: null, ours: null}
        : await lighthouseBoth({stock: servers.stock!.url, ours: servers.ours!.url}, page.path);
      results.push({...page, weight, lighthouse});
    }
    return {runs: lighthouseRuns, build, pages: results};
  } finally {
    for (const server of Object.values(servers)) await server.close();
  }
}

/** Generated articles at each size: build time and memory, and the first load of one article. */
async function measureSizes(browser: Browser, sources: Record<SiteName, string>, results: BenchResults): Promise<void> {
  for (const count of sizes) {
    const size: SizeResult = {articles: count, build: {} as SizeResult['build'], article: {} as SizeResult['article']};
    const servers: Partial<Record<SiteName, StaticServer>> = {};
    try {
      for (const name of SITES) {
        const {dir, articles} = prepareSite(name, sources[name], count, name === 'ours' ? ROOT : sources[name]);
        log(`${name} ${count}: building…`);
        const logFile = path.join(LOGS, `build-${name}-${count}.log`);
        const build = (size.build[name] = await measureBuild(dir, logFile));
        log(`${name} ${count}: ${build.seconds.toFixed(1)} s (${build.cpuSeconds?.toFixed(1) ?? '?'} s CPU), peak ${build.peakRssMB.toFixed(0)} MB, ${build.warnings} warnings (log ${logFile})`);
        const server = (servers[name] = await serveStatic(path.join(dir, 'build')));
        // The second article: the same text at every size, so sizes compare.
        results.articlePage = `/docs/${articles[1]!.urlPath}`;
        const weight = (size.article[name] = await measurePage(browser, server, results.articlePage));
        labelFiles(weight, chunkSources(dir));
        log(`${name} ${count}: ${results.articlePage} ${(weight.total.gzip / 1024).toFixed(0)} KiB gzip in ${weight.requests} requests`);
      }
    } finally {
      for (const server of Object.values(servers)) await server.close();
    }
    results.sizes.push(size);
    writeFileSync(path.join(RESULTS, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  }
}

async function measure(): Promise<void> {
  mkdirSync(RESULTS, {recursive: true});
  mkdirSync(LOGS, {recursive: true});
  const stock = stockTemplate(log);
  const ours = oursSource(values.ref);
  const sources: Record<SiteName, string> = {stock: stock.dir, ours: ours.dir};
  // --only keeps the other part's last results, so the report stays whole.
  const previousFile = path.join(RESULTS, 'results.json');
  const previous = values.only && existsSync(previousFile) ? (JSON.parse(readFileSync(previousFile, 'utf8')) as Partial<BenchResults>) : {};
  const results: BenchResults = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' '),
    docusaurus: DOCUSAURUS_VERSION,
    faster: stock.faster,
    source: ours.label,
    machine: `${os.cpus().length}코어, 시작 시 부하 평균 ${os.loadavg()[0]!.toFixed(1)}, Node ${process.version}`,
    articlePage: values.only === 'course' ? (previous.articlePage ?? '') : '',
    sizes: values.only === 'course' ? (previous.sizes ?? []) : [],
    course: values.only === 'sizes' ? (previous.course ?? null) : null,
  };
  log(`both sites build with ${stock.faster} (Rspack); work dirs and build logs in ${CACHE}`);
  const browser = await launchBrowser();
  try {
    if (values.only !== 'sizes') results.course = await measureCourse(browser, sources);
    if (values.only !== 'course') await measureSizes(browser, sources, results);
  } finally {
    await browser.close();
  }
  writeFileSync(previousFile, `${JSON.stringify(results, null, 2)}\n`);
  writeReport(results);
}

(values['report-only'] ? Promise.resolve(rewriteReport()) : measure()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
