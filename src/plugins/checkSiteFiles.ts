import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {findSiteFileProblems, formatSiteFileProblem} from '../security/siteFiles';

/**
 * Stops the build, before anything is bundled or copied, when docs/ or a
 * static folder holds a symbolic link, an active file (HTML, JS …) or an SVG
 * that could run script: src/security/siteFiles.ts, the same check as
 * `npm run check` (`static/evil.svg:3:5  메시지`). Docusaurus copies static/
 * and linked files as they are, so the check has to happen here.
 */
export default function checkSiteFiles(options: {docsDir: string}) {
  return (context: LoadContext): Plugin => ({
    name: 'check-site-files',
    async loadContent() {
      const roots = [options.docsDir, ...context.siteConfig.staticDirectories].map((dir) => path.resolve(context.siteDir, dir));
      const problems = findSiteFileProblems({siteDir: context.siteDir, roots});
      if (problems.length) throw new Error(problems.map(formatSiteFileProblem).join('\n'));
    },
  });
}
