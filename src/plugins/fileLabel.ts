import path from 'node:path';
import {posixPath} from '@docusaurus/utils';
import type {VFile} from 'vfile';

/**
 * How a build message names the article being compiled: its path from the
 * site folder with `/` separators, as `npm run check` prints it, so the two
 * messages read the same (`docs/04-workloads/pod.md:23:5  …`).
 */
export function fileLabel(file: VFile | {path?: string}, siteDir: string): string {
  return file.path ? posixPath(path.relative(siteDir, file.path)) : '(이름 없는 글)';
}
