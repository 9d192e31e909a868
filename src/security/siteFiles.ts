/**
 * Files a pull request can publish without any article naming them: all of
 * static/ is copied to the site as it is, and a file beside an article in
 * docs/ is published under /assets/files/ once linked. So, once per site
 * (the checker's site rules, and the build's checkSiteFiles plugin, before
 * anything is bundled):
 *
 * - no symbolic links in docs/ or static/: copying follows them, so a link to
 *   a system file would publish that file;
 * - only passive types (PUBLISHABLE_EXTENSIONS), and other files only when
 *   listed in ALLOWED_ACTIVE_FILES: a document or script on the site's origin
 *   could do anything a page of the site can;
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
 * The only types docs/ and static/ may hold: articles, pictures (SVGs are
 * read by ./svg.ts) and passive data a browser shows as text or downloads.
 * An allow-list, because browsers run far more types than anyone can list:
 * HTML, JS and CSS, but also every `*+xml` type (RSS, Atom, MathML, RDF …),
 * which is an XML document that may carry an XHTML <script>.
 */
const PUBLISHABLE_EXTENSIONS = new Set([
  '.md', '.mdx',
  '.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.ico', '.svg',
  '.json', '.yml', '.yaml', '.txt', '.csv', '.pdf', '.zip', '.gz', '.tgz',
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
  if (!PUBLISHABLE_EXTENSIONS.has(extension) && !ALLOWED_ACTIVE_FILES.includes(file)) {
    return [
      {
        file,
        line: 1,
        column: 1,
        message: `${extension || '확장자 없는'} 파일은 docs/ 와 static/ 에 넣을 수 없습니다. 브라우저가 이 사이트의 주소에서 문서·코드·스타일로 읽어 실행할 수 있습니다. 넣을 수 있는 파일: ${[...PUBLISHABLE_EXTENSIONS].join(' ')}. 예제 코드는 글 안의 코드 블록으로 보여 주세요 (내려받게 하려면 .txt 로).`,
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
