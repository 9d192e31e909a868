import {findSiteFileProblems} from '../../security/siteFiles';
import type {SiteRule} from '../types';

/** Symbolic links, active files (HTML, JS …) and unsafe SVGs in docs/ and static/ (the build checks the same: src/plugins/checkSiteFiles.ts). */
export const siteFiles: SiteRule = {
  name: 'site-files',
  check(site) {
    return findSiteFileProblems({siteDir: site.siteDir, roots: [site.docsDir, ...site.staticDirs]}).map((problem) => ({
      ...problem,
      severity: 'error' as const,
    }));
  },
};
