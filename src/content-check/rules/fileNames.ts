import path from 'node:path';
import {UNSAFE_FILE_NAME, unsafeFileNames} from '../../security/fileNames';
import type {SiteRule} from '../types';

/** Names with line breaks or control characters anywhere in docs/ and static/ (the build refuses the same first: src/plugins/contentLimits.ts). */
export const fileNames: SiteRule = {
  name: 'file-name',
  check(site) {
    const dirs = [site.docsDir, ...site.staticDirs].map((dir) => path.relative(site.siteDir, dir));
    return unsafeFileNames(site.siteDir, dirs).map((file) => ({file, line: 1, column: 1, severity: 'error' as const, message: UNSAFE_FILE_NAME}));
  },
};
