/**
 * First load of a page in Chromium, with an empty cache, behind the gzip
 * server: bytes per kind (raw and as sent) and the request count. Prefetches
 * that Docusaurus starts for links in view (`<link rel=prefetch>`) are not
 * part of the first load; they are counted apart.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {chromium, type Browser} from '@playwright/test';
import type {RequestLog, StaticServer} from './staticServer';

import {CHROME_FLAGS, CHROME_PATH} from '../tests/chromium';

export const KINDS = ['html', 'js', 'css', 'font', 'image', 'other'] as const;
export type Kind = (typeof KINDS)[number];
export interface Bytes {
  raw: number;
  gzip: number;
}
export interface PageWeight {
  url: string;
  requests: number;
  total: Bytes;
  byKind: Record<Kind, Bytes & {requests: number}>;
  prefetch: Bytes & {requests: number};
  /** Every first-load request, largest (as sent) first. */
  files: ({path: string; kind: Kind; source?: string} & Bytes)[];
}

/** What each named chunk holds, from the build's .docusaurus/registry.js (chunk name → imported module). */
export function chunkSources(siteDir: string): Map<string, string> {
  const registry = path.join(siteDir, '.docusaurus/registry.js');
  const sources = new Map<string, string>();
  if (!existsSync(registry)) return sources;
  for (const [, name, module] of readFileSync(registry, 'utf8').matchAll(/webpackChunkName: "([^"]+)" \*\/ "([^"]+)"\)/g)) {
    sources.set(name!, module!);
  }
  return sources;
}

/** Names each JS file of a page after the module its chunk holds (`main`, a shared chunk, or a registry module). */
export function labelFiles(weight: PageWeight, sources: Map<string, string>): void {
  for (const file of weight.files) {
    if (file.kind !== 'js') continue;
    const name = /\/([^/.]+)\.[0-9a-f]+\.js$/.exec(file.path)?.[1] ?? '';
    file.source = sources.get(name) ?? (/^\d+$/.test(name) ? '공유 청크' : name);
  }
}

export function kindOf(entry: Pick<RequestLog, 'path' | 'contentType'>): Kind {
  const type = entry.contentType;
  if (type.startsWith('text/html')) return 'html';
  if (type.startsWith('text/javascript')) return 'js';
  if (type.startsWith('text/css')) return 'css';
  if (type.startsWith('font/')) return 'font';
  if (type.startsWith('image/')) return 'image';
  return 'other';
}

export function summarize(url: string, log: RequestLog[]): PageWeight {
  const empty = () => ({raw: 0, gzip: 0, requests: 0});
  const byKind = Object.fromEntries(KINDS.map((kind) => [kind, empty()])) as PageWeight['byKind'];
  const prefetch = empty();
  const files: PageWeight['files'] = [];
  for (const entry of log) {
    const target = entry.purpose.includes('prefetch') ? prefetch : byKind[kindOf(entry)];
    target.raw += entry.rawBytes;
    target.gzip += entry.sentBytes;
    target.requests += 1;
    if (target !== prefetch) files.push({path: entry.path, kind: kindOf(entry), raw: entry.rawBytes, gzip: entry.sentBytes});
  }
  const total = KINDS.reduce((sum, kind) => ({raw: sum.raw + byKind[kind].raw, gzip: sum.gzip + byKind[kind].gzip}), {raw: 0, gzip: 0});
  files.sort((a, b) => b.gzip - a.gzip);
  return {url, requests: files.length, total, byKind, prefetch, files};
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({executablePath: CHROME_PATH, args: CHROME_FLAGS});
}

/** Loads `pagePath` once in a fresh context (empty cache) and waits until the network is idle. */
export async function measurePage(browser: Browser, server: StaticServer, pagePath: string): Promise<PageWeight> {
  // The offline copy (src/plugins/offline) is fetched by the service worker
  // after the page is idle: background work, not the first load. Blocked, the
  // page still loads the registration code, only the worker's download is left out.
  const context = await browser.newContext({viewport: {width: 1280, height: 800}, serviceWorkers: 'block'});
  const page = await context.newPage();
  server.log.length = 0;
  const response = await page.goto(server.url + pagePath, {waitUntil: 'load'});
  if (!response?.ok()) throw new Error(`${pagePath}: HTTP ${response?.status()}`);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const weight = summarize(pagePath, [...server.log]);
  await context.close();
  return weight;
}
