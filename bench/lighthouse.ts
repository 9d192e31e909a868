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
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Audits that cost points in accessibility, best practices and SEO. */
  failing: string[];
  /** Requests on the critical request chain after the page itself, in the order they start (paths for this origin). */
  criticalChain: string[];
}

export interface Report {
  categories: Record<string, {score: number; auditRefs: {id: string; weight: number}[]}>;
  audits: Record<string, {score: number | null; numericValue?: number; scoreDisplayMode: string; details?: unknown}>;
}

/** A node of a request chain: `{request: {url, startTime}}` in Lighthouse 12's audit, `{url, …}` in 13's insight. */
interface ChainNode {
  request?: {url: string; startTime?: number};
  url?: string;
  children?: Record<string, ChainNode>;
}

/**
 * The requests on the critical chain, from `critical-request-chains`
 * (Lighthouse ≤ 12) or `network-dependency-tree-insight` (13, which dropped
 * the audit). Both nest `chains` → `children`; the first node is the page.
 */
export function criticalChain(report: Report, pageUrl: string): string[] {
  const chainsOf = (details: unknown): Record<string, ChainNode>[] => {
    if (!details || typeof details !== 'object') return [];
    const record = details as {chains?: Record<string, ChainNode>; items?: unknown[]};
    if (record.chains) return [record.chains];
    return (record.items ?? []).flatMap(chainsOf);
  };
  const details = report.audits['critical-request-chains']?.details ?? report.audits['network-dependency-tree-insight']?.details;
  const origin = new URL(pageUrl).origin;
  const urls: {url: string; depth: number; order: number}[] = [];
  const walk = (nodes: Record<string, ChainNode>, depth: number) => {
    for (const node of Object.values(nodes)) {
      const url = node.request?.url ?? node.url;
      if (url) urls.push({url, depth, order: node.request?.startTime ?? urls.length});
      if (node.children) walk(node.children, depth + 1);
    }
  };
  for (const chains of chainsOf(details)) walk(chains, 0);
  const beforePaint = startedBeforeFirstPaint(report);
  const sorted = urls.filter(({depth, url}) => depth > 0 && beforePaint(url)).sort((a, b) => a.order - b.order);
  return [...new Set(sorted.map(({url}) => (url.startsWith(origin) ? decodeURI(url.slice(origin.length)) : url)))];
}

/**
 * Whether a request began before the observed first contentful paint.
 * Lighthouse puts every request of high priority on the chain, when it starts
 * included: a font the page asks for after it has loaded is on it too, though
 * nothing waited for it. Without the timings (older reports) every request counts.
 */
function startedBeforeFirstPaint(report: Report): (url: string) => boolean {
  const fcp = (report.audits.metrics?.details as {items?: {observedFirstContentfulPaint?: number}[]} | undefined)?.items?.[0]?.observedFirstContentfulPaint;
  const requests = (report.audits['network-requests']?.details as {items?: {url: string; networkRequestTime?: number}[]} | undefined)?.items;
  if (fcp === undefined || !requests) return () => true;
  const startedAt = new Map(requests.map(({url, networkRequestTime}) => [url, networkRequestTime]));
  return (url) => (startedAt.get(url) ?? 0) <= fcp;
}

export function readReport(page: string, report: Report, pageUrl: string): LighthouseResult {
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
    fcpMs: report.audits['first-contentful-paint']!.numericValue!,
    lcpMs: report.audits['largest-contentful-paint']!.numericValue!,
    tbtMs: report.audits['total-blocking-time']!.numericValue!,
    cls: report.audits['cumulative-layout-shift']!.numericValue!,
    failing: [...new Set(failing)],
    criticalChain: criticalChain(report, pageUrl),
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
    return readReport(page, JSON.parse(readFileSync(output, 'utf8')) as Report, url);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}
