import {spawn, spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {deployTarget} from '../../src/config/deployTarget';
import {WITHOUT_MANIFEST_CHECKER_ENV} from '../../src/config/manifestCheckerPage';
import {SCRATCH_ROOT_ENV} from './scratchRoot';

const root = path.resolve(__dirname, '../..');
const SITE_FILES = ['docs', 'src', 'static', 'docusaurus.config.ts', 'sidebars.ts', 'package.json', 'tsconfig.json'];
const docusaurus = path.join(root, 'node_modules/.bin/docusaurus');

/**
 * A copy of this site with test articles laid over it, as an author's pull
 * request would add them. node_modules is linked, not copied.
 */
export function scratchSite(...overlays: string[]): string {
  return laySite(newFolder(), SITE_FILES, overlaid(...overlays));
}

/** Lays these folders of the repository (each holding docs/…, static/…) over a scratch site. */
export function overlaid(...overlays: string[]): (dir: string) => void {
  return (dir) => {
    for (const overlay of overlays) cpSync(path.resolve(root, overlay), dir, {recursive: true});
  };
}

/**
 * The site's code and only the glossary (which <Term> needs) as its docs,
 * with `lay` adding files: small and quick to build, for one article at a time.
 */
export function minimalScratchSite(lay: (dir: string) => void): string {
  return layMinimalSite(newFolder(), lay);
}

/**
 * A minimal scratch site that one worker builds again and again, in the same
 * folder (one per `slot`: give each concurrent worker its own, e.g. its
 * `parallelIndex`; a site served from it must be stopped before the worker's
 * next call). Each call
 * empties the folder but its node_modules, which holds a link to each of the
 * site's packages and, of its own, the bundler's persistent cache
 * (node_modules/.cache/rspack). Docusaurus keys that cache by the site's
 * path, so in a new folder every build compiled React, the theme and the
 * site's code cold; here the next case finds them compiled. Every case still
 * builds alone with every plugin and check: the cache holds compiled modules,
 * and Rspack compiles again any file whose content differs (each case's
 * articles; a case's files are never left in the folder for the next).
 */
export function reusedMinimalScratchSite(slot: number, lay: (dir: string) => void): string {
  const dir = path.join(scratchRoot(), `k8s-site-worker-${slot}`);
  const modules = path.join(dir, 'node_modules');
  if (existsSync(modules)) {
    for (const entry of readdirSync(dir)) if (entry !== 'node_modules') rmSync(path.join(dir, entry), {recursive: true, force: true});
  } else {
    mkdirSync(modules, {recursive: true});
    for (const entry of readdirSync(path.join(root, 'node_modules'))) {
      // Not the shared caches: this folder's bundler cache is its own, and leaves with the run's folder.
      if (entry !== '.cache') symlinkSync(path.join(root, 'node_modules', entry), path.join(modules, entry));
    }
  }
  return layMinimalSite(dir, lay);
}

/** Where this run's scratch sites go: the run's folder, which the global teardown removes (./scratchRoot.ts). */
function scratchRoot(): string {
  return process.env[SCRATCH_ROOT_ENV] ?? tmpdir();
}

/** A new folder for a scratch site, its node_modules linked, not copied. */
function newFolder(): string {
  const dir = mkdtempSync(path.join(scratchRoot(), 'k8s-site-'));
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

function layMinimalSite(dir: string, lay: (dir: string) => void): string {
  return laySite(
    dir,
    SITE_FILES.filter((file) => file !== 'docs'),
    (siteDir) => {
      mkdirSync(path.join(siteDir, 'docs'));
      cpSync(path.join(root, 'docs/glossary.md'), path.join(siteDir, 'docs/glossary.md'));
      lay(siteDir);
    },
  );
}

/** Copies the site's `files` into `dir` (which has its node_modules), lays the test's files over them and commits. */
function laySite(dir: string, files: string[], lay: (dir: string) => void): string {
  for (const file of files) cpSync(path.join(root, file), path.join(dir, file), {recursive: true});
  lay(dir);
  // Pages show their last git update, so the copy is a repository, as a
  // contributor's checkout would be (without node_modules).
  const git = (...args: string[]) =>
    spawnSync('git', ['-c', 'user.name=scratch', '-c', 'user.email=scratch@localhost', ...args], {cwd: dir, stdio: 'ignore'});
  git('init', '-q');
  git('add', '-A', '--', '.', ':(exclude)node_modules');
  git('commit', '-qm', 'scratch site');
  return dir;
}

/**
 * The scratch site as a source archive holds it (`git archive`, a ZIP
 * download): no repository. Build it with `GIT_CEILING_DIRECTORIES` set to
 * the folder above, so that git cannot find a repository around $TMPDIR either.
 */
export function withoutGitHistory(dir: string): string {
  rmSync(path.join(dir, '.git'), {recursive: true, force: true});
  return dir;
}

type Env = Record<string, string | undefined>;

/**
 * Build environment for a minimal scratch site whose test is not about the
 * manifest checker page: the site without that page and its navbar link,
 * about a third quicker to build (src/config/manifestCheckerPage.ts). Every
 * guard and check of the build stays on.
 */
export const WITHOUT_MANIFEST_CHECKER: Env = {[WITHOUT_MANIFEST_CHECKER_ENV]: 'true'};

export function buildSite(dir: string, env: Env = {}): {status: number | null; output: string} {
  const result = spawnSync(docusaurus, ['build'], {cwd: dir, encoding: 'utf8', env: {...process.env, ...env, FORCE_COLOR: '0'}});
  return {status: result.status, output: `${result.stdout}\n${result.stderr}`};
}

/** Serves a built scratch site (`buildDir`, relative to `dir` or absolute); resolves once it answers. */
export async function serveSite(dir: string, port: number, env: Env = {}, buildDir = 'build'): Promise<() => void> {
  const server = spawn(docusaurus, ['serve', '--dir', buildDir, '--port', String(port), '--no-open'], {
    cwd: dir,
    stdio: 'ignore',
    env: {...process.env, ...env},
  });
  const {baseUrl} = deployTarget({...process.env, ...env});
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`http://localhost:${port}${baseUrl}`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`scratch site on port ${port} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return () => server.kill();
}
