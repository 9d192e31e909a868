import {spawn, spawnSync} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {deployTarget} from '../../src/config/deployTarget';
import {SCRATCH_ROOT_ENV} from './scratchRoot';

const root = path.resolve(__dirname, '../..');
const SITE_FILES = ['docs', 'src', 'static', 'docusaurus.config.ts', 'sidebars.ts', 'package.json', 'tsconfig.json'];
const docusaurus = path.join(root, 'node_modules/.bin/docusaurus');

/**
 * A copy of this site with test articles laid over it, as an author's pull
 * request would add them. node_modules is linked, not copied.
 */
export function scratchSite(...overlays: string[]): string {
  return makeScratchSite(SITE_FILES, (dir) => {
    for (const overlay of overlays) cpSync(path.resolve(root, overlay), dir, {recursive: true});
  });
}

/**
 * The site's code and only the glossary (which <Term> needs) as its docs,
 * with `lay` adding files: small and quick to build, for one article at a time.
 */
export function minimalScratchSite(lay: (dir: string) => void): string {
  return makeScratchSite(
    SITE_FILES.filter((file) => file !== 'docs'),
    (dir) => {
      mkdirSync(path.join(dir, 'docs'));
      cpSync(path.join(root, 'docs/glossary.md'), path.join(dir, 'docs/glossary.md'));
      lay(dir);
    },
  );
}

function makeScratchSite(files: string[], lay: (dir: string) => void): string {
  // Under the run's folder, which the global teardown removes (./scratchRoot.ts).
  const dir = mkdtempSync(path.join(process.env[SCRATCH_ROOT_ENV] ?? tmpdir(), 'k8s-site-'));
  for (const file of files) cpSync(path.join(root, file), path.join(dir, file), {recursive: true});
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  lay(dir);
  // Pages show their last git update, so the copy is a repository, as a
  // contributor's checkout would be.
  const git = (...args: string[]) =>
    spawnSync('git', ['-c', 'user.name=scratch', '-c', 'user.email=scratch@localhost', ...args], {cwd: dir, stdio: 'ignore'});
  git('init', '-q');
  git('add', '-A');
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
