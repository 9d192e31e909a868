import {GlobExcludeDefault} from '@docusaurus/utils';

/**
 * The manifest checker page (src/pages/manifest-check.tsx) and its navbar
 * link are left out of a build run with K8S_WITHOUT_MANIFEST_CHECKER=true.
 * Only the security tests' scratch sites set it (tests/e2e/scratchSite.ts):
 * the page compiles the Kubernetes schema chunks, about a third of each
 * of their ~56 builds, and no hostile case concerns the page. The switch
 * touches nothing else: every plugin, remark/rehype step and build-time check
 * runs exactly as in the published site.
 */
export const WITHOUT_MANIFEST_CHECKER_ENV = 'K8S_WITHOUT_MANIFEST_CHECKER';

const PAGE_FILE = 'manifest-check.tsx';

export function withManifestChecker(env: Record<string, string | undefined>): boolean {
  return env[WITHOUT_MANIFEST_CHECKER_ENV] !== 'true';
}

/** The pages plugin's `exclude`: its defaults, plus the checker page when it is left out. */
export function pagesExclude(withChecker: boolean): string[] {
  return withChecker ? GlobExcludeDefault : [...GlobExcludeDefault, PAGE_FILE];
}
