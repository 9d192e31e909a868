/**
 * Lighthouse (mobile, its default) on one URL. Lighthouse 13 needs Node ≥ 22.19,
 * so the CLI of the last 12.x release is run through npx (cached after the
 * first run; not a dependency of the site).
 */
import {execFile} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import path from 'node:path';
import {promisify} from 'node:util';
import {CHROME_FLAGS, CHROME_PATH} from '../tests/chromium';
import {CACHE} from './sites';

export const LIGHTHOUSE = 'lighthouse@12.8.2';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseResult {
  page: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Audits that cost points in accessibility, best practices and SEO. */
  failing: string[];
}

interface Report {
  categories: Record<string, {score: number; auditRefs: {id: string; weight: number}[]}>;
  audits: Record<string, {score: number | null; numericValue?: number; scoreDisplayMode: string}>;
}

export function readReport(page: string, report: Report): LighthouseResult {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(report.categories[c]!.score * 100)])) as LighthouseResult['scores'];
  const failing = CATEGORIES.filter((category) => category !== 'performance').flatMap((category) =>
    report.categories[category]!.auditRefs
      .filter(({weight}) => weight > 0)
      .map(({id}) => ({id, audit: report.audits[id]!}))
      .filter(({audit}) => audit.scoreDisplayMode === 'binary' && audit.score !== null && audit.score < 1)
      .map(({id}) => id),
  );
  return {
    page,
    scores,
    lcpMs: report.audits['largest-contentful-paint']!.numericValue!,
    tbtMs: report.audits['total-blocking-time']!.numericValue!,
    cls: report.audits['cumulative-layout-shift']!.numericValue!,
    failing: [...new Set(failing)],
  };
}

/** Of several runs of one page, the one with the median performance score (Lighthouse's advice for noisy machines). */
export function medianRun(runs: LighthouseResult[]): LighthouseResult {
  const sorted = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

export async function runLighthouse(url: string, page: string): Promise<LighthouseResult> {
  const dir = mkdtempSync(path.join(CACHE, 'lh-'));
  const output = path.join(dir, 'report.json');
  try {
    await promisify(execFile)(
      'npx',
      [
        '--yes',
        LIGHTHOUSE,
        url,
        '--quiet',
        '--output=json',
        `--output-path=${output}`,
        `--only-categories=${CATEGORIES.join(',')}`,
        `--chrome-flags=${[...CHROME_FLAGS, '--headless=new'].join(' ')}`,
        '--max-wait-for-load=60000',
      ],
      {env: {...process.env, CHROME_PATH}, maxBuffer: 64 * 1024 * 1024},
    );
    return readReport(page, JSON.parse(readFileSync(output, 'utf8')) as Report);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}
