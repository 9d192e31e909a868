/**
 * Cold `docusaurus build` of a scratch site: wall time and peak memory. Peak
 * memory is the largest sum of RSS over the build's whole process tree,
 * polled from /proc; where /usr/bin/time exists it also reports the largest
 * single process (GNU time's "Maximum resident set size"), and we keep the
 * larger of the two.
 */
import {spawn} from 'node:child_process';
import {existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';

export interface BuildResult {
  seconds: number;
  /** User + system CPU seconds of the build and its children (GNU time); steadier than wall time on a busy machine. */
  cpuSeconds: number | null;
  peakRssMB: number;
  /** How the peak was seen: the polled tree sum and GNU time's single-process maximum. */
  peakTreeMB: number;
  peakSingleMB: number | null;
  buildBytes: number;
  pagefindBytes: number | null;
  warnings: number;
}

const TIME = '/usr/bin/time';

function children(): Map<number, number[]> {
  const tree = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name may hold spaces and parentheses: the ppid is the 2nd field after the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      tree.set(ppid, [...(tree.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended meanwhile
    }
  }
  return tree;
}

/** Sum of VmRSS (kB) of pid and all its descendants. */
export function treeRssKB(pid: number): number {
  const tree = children();
  let total = 0;
  for (const stack = [pid]; stack.length; ) {
    const current = stack.pop()!;
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${current}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // ended
    }
    stack.push(...(tree.get(current) ?? []));
  }
  return total;
}

export function directoryBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, {recursive: true, encoding: 'utf8'}).reduce((sum, file) => {
    const stats = statSync(path.join(dir, file));
    return stats.isFile() ? sum + stats.size : sum;
  }, 0);
}

/** Builds siteDir from cold (no .docusaurus, no bundler cache, no build/) and measures it; the output goes to logPath. */
export async function measureBuild(siteDir: string, logPath: string): Promise<BuildResult> {
  for (const dir of ['build', '.docusaurus', 'node_modules/.cache']) rmSync(path.join(siteDir, dir), {recursive: true, force: true});
  const docusaurus = path.join(siteDir, 'node_modules/.bin/docusaurus');
  const useTime = existsSync(TIME);
  const env: NodeJS.ProcessEnv = {...process.env, FORCE_COLOR: '0', NODE_ENV: 'production'};
  // Both sites are served from the root of localhost.
  for (const name of ['GITHUB_REPOSITORY', 'SITE_URL', 'BASE_URL']) delete env[name];
  const started = performance.now();
  const child = spawn(useTime ? TIME : docusaurus, useTime ? ['-v', docusaurus, 'build'] : ['build'], {cwd: siteDir, env});
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let peakKB = 0;
  const poll = setInterval(() => (peakKB = Math.max(peakKB, treeRssKB(child.pid!))), 200);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(poll);
  writeFileSync(logPath, output);
  if (code !== 0) throw new Error(`docusaurus build failed in ${siteDir} (exit ${code}); its output is in ${logPath}`);
  const cpu = ['User', 'System'].map((kind) => Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(output)?.[1] ?? NaN));
  const single = /Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1];
  const peakSingleMB = single ? Number(single) / 1024 : null;
  const peakTreeMB = peakKB / 1024;
  const pagefind = path.join(siteDir, 'build/pagefind');
  return {
    seconds,
    cpuSeconds: cpu.some(Number.isNaN) ? null : cpu[0]! + cpu[1]!,
    peakRssMB: Math.max(peakTreeMB, peakSingleMB ?? 0),
    peakTreeMB,
    peakSingleMB,
    buildBytes: directoryBytes(path.join(siteDir, 'build')),
    pagefindBytes: existsSync(pagefind) ? directoryBytes(pagefind) : null,
    warnings: (output.match(/\[WARNING\]/g) ?? []).length,
  };
}
