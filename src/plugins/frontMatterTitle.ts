import path from 'node:path';
import type {ParseFrontMatter} from '@docusaurus/types';
import {parseMarkdownContentTitle} from '@docusaurus/utils';
import {readArticleFrontMatter} from '../security/frontMatter';
import {fileLabel} from './fileLabel';

/**
 * Authors often leave `title` out of the frontmatter. Docusaurus would then
 * fall back to the file name as written (`컨테이너-기초`). We pick, in order:
 * frontmatter `title` → an H1 that opens the article (left to Docusaurus) →
 * the `slug` → the file name, each made readable ("container-basics" →
 * "Container Basics"). Number prefixes such as `01-` are dropped.
 */
export function readableName(name: string): string {
  const words = name
    .replace(/\.mdx?$/, '')
    .replace(/^\d+[-_.\s]+/, '')
    .split(/[-_\s]+/)
    .filter(Boolean);
  return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
}

export function fallbackTitle(filePath: string, frontMatter: Record<string, unknown>): string {
  const slug = typeof frontMatter.slug === 'string' ? frontMatter.slug.split('/').filter(Boolean).pop() : undefined;
  return readableName(slug ?? path.basename(filePath)) || path.basename(filePath);
}

/**
 * The site's `markdown.parseFrontMatter`. Docusaurus' default parser
 * (gray-matter) is never called: it runs a `---js` block as code in Node.
 * The frontmatter is read by src/security/frontMatter.ts, the same parser
 * `npm run check` uses, and any problem there stops the build with the
 * checker's message (`docs/x.md:1:1  …`).
 */
export const parseFrontMatterWithTitle: ParseFrontMatter = async ({filePath, fileContent}) => {
  const {data: frontMatter, content, problems} = readArticleFrontMatter(fileContent);
  if (problems.length > 0) {
    const where = fileLabel({path: filePath}, process.cwd());
    throw new Error(problems.map(({line, column, message}) => `${where}:${line}:${column}  ${message}`).join('\n'));
  }
  if (frontMatter.title === undefined && !parseMarkdownContentTitle(content).contentTitle) {
    frontMatter.title = fallbackTitle(filePath, frontMatter);
  }
  return {frontMatter, content};
};
