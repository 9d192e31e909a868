import {findLocalPathProblems} from '../../security/localPaths';
import type {Rule} from '../types';

/** Files an article points at stay inside docs/ and static/ (the build checks the same: src/plugins/confineLocalPaths.ts). */
export const localPaths: Rule = {
  name: 'local-paths',
  check(article, site) {
    if (!article.tree) return [];
    const folders = {siteDir: site.siteDir, docsDir: site.docsDir, staticDirs: site.staticDirs};
    return findLocalPathProblems(article.tree, article.filePath, folders, article.frontMatter.data).map((finding) => ({
      ...article.toSource(finding),
      severity: 'error' as const,
      message: finding.message,
    }));
  },
};
