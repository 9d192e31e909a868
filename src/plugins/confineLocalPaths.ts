import path from 'node:path';
import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {findLocalPathProblems} from '../security/localPaths';
import {fileLabel} from './fileLabel';

export interface ConfineLocalPathsOptions {
  /** Folder holding docs/ and static/. Default: the current folder. */
  siteDir?: string;
  docsDir?: string;
  staticDirs?: string[];
}

/**
 * Stops the build when an article points at a file outside docs/ and static/
 * (`../../etc/…`, `/img/../../…`, `@site/package.json`, a symbolic link out,
 * frontmatter `image: ./../…`) or writes bundler syntax (`!`, `?`) into a file
 * path: src/security/localPaths.ts says why. It must run after the Obsidian
 * plugins (an `![[embed]]` is an image by then) and before Docusaurus'
 * transformImage and transformLinks, which hand those paths to the bundler:
 * the docs plugin's `beforeDefaultRemarkPlugins`.
 */
export default function confineLocalPaths(options: ConfineLocalPathsOptions = {}) {
  const siteDir = path.resolve(options.siteDir ?? process.cwd());
  const folders = {
    siteDir,
    docsDir: path.resolve(siteDir, options.docsDir ?? 'docs'),
    staticDirs: (options.staticDirs ?? ['static']).map((dir) => path.resolve(siteDir, dir)),
  };
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    const frontMatter = (file.data as {frontMatter?: Record<string, unknown>}).frontMatter;
    const findings = findLocalPathProblems(tree, file.path, folders, frontMatter);
    if (findings.length === 0) return;
    const where = fileLabel(file, siteDir);
    throw new Error(findings.map(({line, column, message}) => `${where}:${line}:${column}  ${message}`).join('\n'));
  };
}
