/**
 * Files a pull request can publish without any article naming them: all of
 * static/ is copied to the site as it is, and a file beside an article in
 * docs/ is published under /assets/files/ once linked. So, once per site
 * (the checker's site rules, and the build's checkSiteFiles plugin, before
 * anything is bundled):
 *
 * - no symbolic links in docs/ or static/: copying follows them, so a link to
 *   a system file would publish that file;
 * - no types a browser runs as a document or script (HTML, XHTML, XML, JS …)
 *   unless listed in ALLOWED_ACTIVE_FILES: on the site's origin they could do
 *   anything a page of the site can;
 * - every SVG passes src/security/svg.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import {posixPath} from '@docusaurus/utils';
import {findSvgProblems} from './svg';

export interface SiteFileProblem {
  /** Site-relative, forward slashes. */
  file: string;
  line: number;
  column: number;
  message: string;
}

/**
 * Types a browser renders as a document that can run script, or runs as code;
 * and style sheets, which would restyle the site's pages (and load from other
 * sites) if one took the name of the site's own.
 */
const ACTIVE_EXTENSIONS = new Set([
  '.css', '.html', '.htm', '.xhtml', '.xht', '.shtml', '.mht', '.mhtml', '.xml', '.xsl', '.xslt', '.svgz',
  '.js', '.mjs', '.cjs', '.jsx', '.ts', '.tsx', '.mts', '.cts', '.wasm', '.swf', '.hta', '.htc', '.vbs',
]);

/**
 * Active files the site publishes on purpose, by site-relative path (e.g. a
 * search engine's ownership file). Adding one is a maintainer's decision in a
 * reviewed change to this list, never an article's.
 */
export const ALLOWED_ACTIVE_FILES: readonly string[] = [];

/** Site-relative path with `/`. */
const relativeTo = (siteDir: string, filePath: string) => posixPath(path.relative(siteDir, filePath));

function symlinkProblem(file: string, linkPath: string): SiteFileProblem {
  let target = '';
  try {
    target = fs.readlinkSync(linkPath);
  } catch {
    // unreadable: the path alone says enough
  }
  return {
    file,
    line: 1,
    column: 1,
    message: `심볼릭 링크(${file} → ${target})는 docs/ 와 static/ 에 둘 수 없습니다. 사이트를 만들 때 링크가 가리키는 파일(빌드하는 컴퓨터의 파일일 수도 있습니다)이 그대로 실립니다. 링크 대신 실제 파일을 넣어 주세요.`,
  };
}

function fileProblems(file: string, filePath: string): SiteFileProblem[] {
  const extension = path.extname(filePath).toLowerCase();
  if (ACTIVE_EXTENSIONS.has(extension) && !ALLOWED_ACTIVE_FILES.includes(file)) {
    return [
      {
        file,
        line: 1,
        column: 1,
        message: `${extension} 파일은 docs/ 와 static/ 에 넣을 수 없습니다. 브라우저가 이 사이트의 주소에서 문서·코드·스타일로 읽어 실행합니다. 예제 코드는 글 안의 코드 블록으로 보여 주세요 (내려받게 하려면 .txt 로).`,
      },
    ];
  }
  if (extension === '.svg') {
    return findSvgProblems(fs.readFileSync(filePath, 'utf8')).map((finding) => ({file, ...finding}));
  }
  return [];
}

/** Every problem in the files under `roots` (docs/ and the static folders). */
export function findSiteFileProblems({siteDir, roots}: {siteDir: string; roots: string[]}): SiteFileProblem[] {
  const problems: SiteFileProblem[] = [];
  const visit = (entryPath: string, stat: fs.Stats) => {
    const file = relativeTo(siteDir, entryPath);
    if (stat.isSymbolicLink()) problems.push(symlinkProblem(file, entryPath));
    else if (stat.isDirectory()) {
      for (const name of fs.readdirSync(entryPath).sort()) visit(path.join(entryPath, name), fs.lstatSync(path.join(entryPath, name)));
    }
    else if (stat.isFile()) problems.push(...fileProblems(file, entryPath));
  };
  for (const root of roots) {
    const stat = fs.lstatSync(root, {throwIfNoEntry: false}); // the folder itself may be a link
    if (stat) visit(root, stat);
  }
  return problems;
}

/** `static/evil.html:1:1  메시지`, as `npm run check` prints it. */
export function formatSiteFileProblem({file, line, column, message}: SiteFileProblem): string {
  return `${file}:${line}:${column}  ${message}`;
}
