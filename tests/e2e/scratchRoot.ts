import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

/** Where this run's scratch sites go (tests/e2e/scratchSite.ts); workers inherit it from the setup. */
export const SCRATCH_ROOT_ENV = 'K8S_E2E_SCRATCH_ROOT';

/**
 * Playwright's global setup: one folder under $TMPDIR for the run's scratch
 * sites (a full copy of the site and its build each), removed by the returned
 * teardown once every spec has finished, also when one failed. Only this run's
 * folder is removed: other runs on the machine keep theirs.
 */
export default function scratchRoot(): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'k8s-e2e-'));
  process.env[SCRATCH_ROOT_ENV] = dir;
  return () => rmSync(dir, {recursive: true, force: true});
}
