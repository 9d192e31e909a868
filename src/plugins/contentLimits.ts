import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {VFile} from 'vfile';
import {contentSizeProblems} from '../security/contentSize';
import {locatedMessage} from '../security/logText';
import {UNSAFE_FILE_NAME, unsafeFileNames} from '../security/fileNames';
import {fileLabel} from './fileLabel';

/** Every Markdown file under docs/, partials included: whatever any step of the build may read. */
function markdownFiles(docsDir: string): string[] {
  try {
    return readdirSync(docsDir, {withFileTypes: true, recursive: true})
      .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** The build's messages for unsafe file names (src/security/fileNames.ts) and articles over the limits of src/security/contentSize.ts. */
export function contentLimitMessages(siteDir: string): string[] {
  const names = unsafeFileNames(siteDir, ['docs', 'static']).map((file) => locatedMessage(file, 1, 1, UNSAFE_FILE_NAME));
  if (names.length > 0) return names; // not read further: the names are the problem
  return markdownFiles(path.join(siteDir, 'docs')).flatMap((file) => {
    const where = fileLabel(new VFile({path: file}), siteDir);
    return contentSizeProblems(readFileSync(file, 'utf8')).map(({line, column, message}) => locatedMessage(where, line, column, message));
  });
}

/**
 * Stops the build on a file name with control characters, or an article over
 * the size limits, before anything reads it: Docusaurus initialises every plugin before any plugin loads content,
 * and several do read the articles as text on their own (the glossary, the
 * font subsetter, the search vocabulary), so the check runs in this plugin's
 * initialisation, not in a later hook or the Markdown preprocessor.
 */
export default function contentLimits() {
  return function contentLimitsPlugin(context: LoadContext): Plugin {
    const messages = contentLimitMessages(context.siteDir);
    if (messages.length > 0) throw new Error(messages.join('\n'));
    return {name: 'k8s-content-limits'};
  };
}
