import {cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, mkdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

/**
 * One hostile pull request per folder under cases/: the files it adds
 * (`docs/…`, `static/…`) and a `case.json` saying what each gate must print.
 * Every case must be stopped twice: by `npm run check` and by the build,
 * each naming the file and line in Korean.
 */
export interface SecurityCase {
  name: string;
  dir: string;
  /** Which attack this is, in a few words. */
  title: string;
  /** Text that must appear in `npm run check`'s output (e.g. `docs/x.md:3:1`). */
  check: string[];
  /** Text that must appear in the failed build's output. */
  build: string[];
  /** Symbolic links the pull request adds: path in the site → target (git can carry them). */
  symlinks?: Record<string, string>;
}

export const CASES_DIR = path.join(__dirname, 'cases');

export function securityCases(): SecurityCase[] {
  return readdirSync(CASES_DIR, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = path.join(CASES_DIR, entry.name);
      const spec = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8')) as Omit<SecurityCase, 'name' | 'dir'>;
      return {name: entry.name, dir, ...spec};
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Lays a case's files (and its symlinks) over a site folder. */
export function layCase(securityCase: SecurityCase, siteDir: string): void {
  for (const part of ['docs', 'static']) {
    try {
      cpSync(path.join(securityCase.dir, part), path.join(siteDir, part), {recursive: true});
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  for (const [link, target] of Object.entries(securityCase.symlinks ?? {})) {
    mkdirSync(path.dirname(path.join(siteDir, link)), {recursive: true});
    symlinkSync(target, path.join(siteDir, link));
  }
}

/** A folder with only the glossary (which Term tooltips need) and one case laid over it, for the checker. */
export function checkerSiteFor(securityCase: SecurityCase, root: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'k8s-security-'));
  mkdirSync(path.join(dir, 'docs'), {recursive: true});
  mkdirSync(path.join(dir, 'static'), {recursive: true});
  cpSync(path.join(root, 'docs/glossary.md'), path.join(dir, 'docs/glossary.md'));
  layCase(securityCase, dir);
  return dir;
}
