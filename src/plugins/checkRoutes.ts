import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {routeProblem} from '../security/routePaths';

/** Line of the first line of `file` that holds `text` (1 when none does). */
function lineOf(file: string, text: string): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  return Math.max(0, lines.findIndex((line) => line.includes(text))) + 1;
}

/**
 * Stops the build before any page is written when an article's URL or one
 * of its tag pages' URLs would leave the build folder
 * (src/security/routePaths.ts), naming the article and the frontmatter line.
 * `npm run check` refuses the same frontmatter earlier (tags must be plain
 * words: rules/frontMatter.ts).
 */
export default function checkRoutes() {
  return (context: LoadContext): Plugin => ({
    name: 'check-routes',
    async allContentLoaded({allContent}) {
      const docs = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
      const problems: string[] = [];
      for (const version of docs?.loadedVersions ?? []) {
        for (const doc of version.docs) {
          const file = doc.source.replace(/^@site\//, '');
          const written = [doc.frontMatter.slug, ...(doc.frontMatter.tags ?? []).map((tag) => (typeof tag === 'string' ? tag : tag.permalink))];
          for (const pathname of [doc.permalink, ...doc.tags.map((tag) => tag.permalink)]) {
            const problem = routeProblem(pathname);
            if (!problem) continue;
            const source = written.find((value) => value && pathname.endsWith(value)) ?? pathname;
            problems.push(`${file}:${lineOf(path.join(context.siteDir, file), source)}:1  ${problem}`);
          }
        }
      }
      if (problems.length) throw new Error(problems.join('\n'));
    },
  });
}
