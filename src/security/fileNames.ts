import {readdirSync} from 'node:fs';
import path from 'node:path';

/**
 * File names a pull request may add under docs/ and static/. Git lets a name
 * hold newlines and other control characters; Docusaurus prints the paths of
 * articles it fails on as they are, so such a name could put a workflow
 * command into the CI log (`docs/a⏎::error::….md`), and bidi controls make a
 * name read differently from what it is. Such names are refused before
 * anything else reads the site.
 */
const UNSAFE_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

export function isUnsafeFileName(name: string): boolean {
  return UNSAFE_IN_NAME.test(name);
}

export const UNSAFE_FILE_NAME = '파일 이름에 줄바꿈이나 제어 문자가 들어 있습니다. 글자, 숫자, 공백, -, _ 로 된 이름으로 바꿔 주세요.';

/** Paths (relative to `siteDir`) under `dirs` whose own name or a folder's name is unsafe. Linear in the number of files. */
export function unsafeFileNames(siteDir: string, dirs: readonly string[]): string[] {
  const found: string[] = [];
  for (const dir of dirs) {
    let entries: string[];
    try {
      entries = readdirSync(path.join(siteDir, dir), {recursive: true, encoding: 'utf8'});
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    for (const entry of entries) if (isUnsafeFileName(path.basename(entry))) found.push(path.posix.join(dir, entry.split(path.sep).join('/')));
  }
  return found.sort();
}
