/**
 * npm run bench [-- --sizes 25,250,1000] [--skip-lighthouse] [--lighthouse-runs 3] [--no-readme] [--ref HEAD] [--report-only]
 *
 * Measures the stock Docusaurus template and this site side by side, with the
 * same generated articles, and writes bench/results/ (results.json,
 * results.md, chart.svg) and the "## 성능 비교" section of README.md.
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {measureBuild} from './buildMeasure';
import {medianRun, runLighthouse, type LighthouseResult} from './lighthouse';
import {planArticles} from './generateArticles';
import {chunkSources, labelFiles, launchBrowser, measurePage} from './pageWeight';
import {renderChart, renderReport, updateReadme, SITES, type BenchResults, type SizeResult} from './report';
import {CACHE, DOCUSAURUS_VERSION, oursSource, prepareSite, ROOT, stockTemplate, type SiteName} from './sites';
import {serveStatic, type StaticServer} from './staticServer';

const {values} = parseArgs({
  options: {
    sizes: {type: 'string', default: '25,250,1000'},
    'skip-lighthouse': {type: 'boolean', default: false},
    /** Lighthouse runs per page and site; the run with the median performance score is kept. */
    'lighthouse-runs': {type: 'string', default: '1'},
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
const RESULTS = path.join(ROOT, 'bench/results');
const LOGS = path.join(CACHE, 'logs');
const log = (line: string) => console.log(`[bench ${new Date().toTimeString().slice(0, 8)}] ${line}`);

function writeReport(results: BenchResults): void {
  const report = renderReport(results);
  writeFileSync(path.join(RESULTS, 'results.md'), `${report}\n`);
  writeFileSync(path.join(RESULTS, 'chart.svg'), renderChart(results.sizes));
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
    const weight = results.sizes.at(-1)!.article[name];
    if (weight.files.some((file) => file.kind === 'js' && !file.source)) labelFiles(weight, chunkSources(path.join(CACHE, 'work', name)));
  }
  writeFileSync(path.join(RESULTS, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeReport(results);
}

async function measure(): Promise<void> {
  mkdirSync(RESULTS, {recursive: true});
  mkdirSync(LOGS, {recursive: true});
  const stock = stockTemplate(log);
  const ours = oursSource(values.ref);
  const sources: Record<SiteName, string> = {stock: stock.dir, ours: ours.dir};
  const results: BenchResults = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' '),
    docusaurus: DOCUSAURUS_VERSION,
    faster: stock.faster,
    source: ours.label,
    machine: `${os.cpus().length}코어, 시작 시 부하 평균 ${os.loadavg()[0]!.toFixed(1)}, Node ${process.version}`,
    articlePage: '',
    sizes: [],
    lighthouse: null,
  };
  log(`both sites build with ${stock.faster} (Rspack); sizes ${sizes.join(', ')}; work dirs and build logs in ${CACHE}`);
  const browser = await launchBrowser();
  try {
    for (const count of sizes) {
      const size: SizeResult = {articles: count, build: {} as SizeResult['build'], article: {} as SizeResult['article']};
      const lastSize = count === sizes.at(-1);
      if (lastSize && !values['skip-lighthouse']) results.lighthouse = {articles: count, results: {stock: [], ours: []}};
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
        if (lastSize && results.lighthouse) {
          // Both sites stay served, and each page is run on both in turn, so a busier minute hurts both alike.
          const {articles} = planArticles(count);
          const pages = ['/', ...[0, Math.floor(count / 2), count - 1].map((i) => `/docs/${articles[i]!.urlPath}`)];
          for (const page of pages) {
            for (const name of SITES) {
              const runs: LighthouseResult[] = [];
              for (let run = 0; run < lighthouseRuns; run++) {
                try {
                  runs.push(await runLighthouse(servers[name]!.url + page, page));
                } catch (error) {
                  log(`${name} ${count}: Lighthouse ${page} failed: ${String(error).slice(0, 500)}`);
                }
              }
              if (!runs.length) continue;
              const result = medianRun(runs);
              log(`${name} ${count}: Lighthouse ${page} ${Object.values(result.scores).join('/')}`);
              results.lighthouse.results[name].push(result);
            }
          }
        }
      } finally {
        for (const server of Object.values(servers)) await server.close();
      }
      results.sizes.push(size);
      writeFileSync(path.join(RESULTS, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    }
  } finally {
    await browser.close();
  }
  writeReport(results);
}

(values['report-only'] ? Promise.resolve(rewriteReport()) : measure()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
