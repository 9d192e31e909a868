/**
 * Every file an article points at must be a file of the site: inside docs/
 * or a static folder, after `..`, percent-decoding and symbolic links.
 *
 * Why this is ours to check: Docusaurus' mdx-loader turns a local image
 * (`![x](…)`), a link to a file with an extension (`[x](./a.pdf)`), an
 * `@site/…` link and a frontmatter `image: ./…` into a bundler `require()` of
 * that path, wherever it leads. The bundler then publishes the file under
 * /assets/ (or inlines it as a `data:` URI), so `![x](../../../proc/self/environ)`
 * would publish the build machine's environment. And the path is pasted into
 * the bundler's request string, where `!` separates loaders and `?` starts a
 * query: `./a.png?x!./b.png` would load a file of the pull request as a
 * bundler loader, that is, run it in Node. Docusaurus has no option to limit
 * either, so this module refuses such paths before its remark plugins
 * (transformImage, transformLinks) see them. Used by `npm run check`
 * (src/content-check/rules/localPaths.ts) and the build
 * (src/plugins/confineLocalPaths.ts), so both say the same.
 */
import path from 'node:path';
import type {Nodes, Root, Yaml} from 'mdast';
import {parseFragment, type DefaultTreeAdapterMap} from 'parse5';
import {visit} from 'unist-util-visit';
import {LineCounter, isMap, isScalar, parseDocument} from 'yaml';
import {isInside, realPath} from './insideFolder';

export interface SiteFolders {
  siteDir: string;
  docsDir: string;
  staticDirs: string[];
}

export interface PathFinding {
  line: number;
  column: number;
  message: string;
}

interface Point {
  line: number;
  column: number;
}

/** `https:`, `data:`, `file:`, `pathname:` …: the URL names its scheme. */
const SCHEME = /^([a-z][a-z\d+.-]*):/i;

/**
 * Extensions Docusaurus' transformLinks leaves to the router (`.md`, `.mdx`
 * are resolved to articles, `.html` to pages); any other extension makes a
 * link a file to publish.
 */
const ROUTE_EXTENSION = /\.(?:mdx?|html)$/i;

const FIX = '그림과 파일은 글 옆(docs/…)이나 static/ 에 넣고, 그 파일을 가리키세요 (예: ![설명](/img/파일.png)).';

/** Where a path may lead: the site's docs and static folders, as they really are on disk. */
function allowedRoots(folders: SiteFolders): string[] {
  return [folders.docsDir, ...folders.staticDirs].map((dir) => path.resolve(dir));
}

function exists(filePath: string): boolean {
  return realPath(filePath) !== undefined;
}

/**
 * Problem with the file at `target` (as the bundler would open it), if any:
 * outside every allowed folder by its path, or by the symbolic links on the way.
 */
function containmentProblem(target: string, written: string, folders: SiteFolders): string | undefined {
  const roots = allowedRoots(folders);
  if (!roots.some((root) => isInside(target, root))) {
    return `${written} 은(는) 사이트 밖의 파일을 가리킵니다. 글에서는 docs/ 와 static/ 안의 파일만 쓸 수 있습니다. ${FIX}`;
  }
  const real = realPath(target);
  if (real === undefined) return undefined; // missing: the images/links rules say so
  const realRoots = roots.map((root) => realPath(root) ?? root);
  if (!realRoots.some((root) => isInside(real, root))) {
    return `${written} 은(는) 심볼릭 링크를 거쳐 사이트 밖의 파일을 가리킵니다. 링크 대신 실제 파일을 넣어 주세요. ${FIX}`;
  }
  return undefined;
}

/** Characters that change what the bundler does with a path, not which file it is. */
function requestSyntaxProblem(written: string, pathPart: string): string | undefined {
  if (pathPart.includes('\\')) {
    return `${written}: 경로에 \\ 를 쓸 수 없습니다. 폴더는 / 로 나눠 주세요 (예: ./그림/a.png).`;
  }
  if (pathPart.includes('!')) {
    return `${written}: 파일 경로에 ! 를 쓸 수 없습니다 (빌드 도구가 ! 를 명령으로 읽습니다). 파일 이름에서 ! 를 빼 주세요.`;
  }
  if (pathPart.includes('?')) {
    return `${written}: 파일 주소에 ?… 를 붙일 수 없습니다 (빌드 도구가 옵션으로 읽습니다). ? 부터 뒤를 지워 주세요.`;
  }
  if (pathPart.includes('\0')) return `${written}: 경로에 쓸 수 없는 글자(NUL)가 있습니다.`;
  return undefined;
}

/**
 * A URL in an article that Docusaurus will open as a file: the problem, if
 * any. `kind` says whether it is an image (every local URL is a file) or a
 * link (a file only with an extension, or an `@site/` path).
 */
export function localUrlProblem(url: string, kind: 'image' | 'link', articlePath: string, folders: SiteFolders): string | undefined {
  const written = url.trim();
  if (!written || written.startsWith('#')) return undefined;
  const scheme = SCHEME.exec(written)?.[1]?.toLowerCase();
  if (scheme === 'file') {
    return `${written}: file: 주소는 글쓴이 컴퓨터의 파일이라 읽는 사람에게 보이지 않습니다. ${FIX}`;
  }
  if (scheme === 'pathname') {
    return `${written}: pathname:// 은 빌드의 파일 확인을 건너뛰므로 쓸 수 없습니다. pathname:// 을 지우고 경로만 적어 주세요.`;
  }
  if (scheme || written.startsWith('//')) return undefined; // another site: the off-site rules judge it

  const hashAt = written.indexOf('#');
  const beforeHash = hashAt === -1 ? written : written.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const pathname = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname); // as Docusaurus does before opening the file
  } catch {
    return `${written}: 경로의 % 인코딩이 잘못되었습니다. 파일 이름을 그대로 적거나 띄어쓰기를 %20 으로 적어 주세요.`;
  }
  const isSiteAlias = decoded.startsWith('@site/');
  // Which links Docusaurus publishes as files (transformLinks): an `@site/`
  // path, or a path with an extension other than .md/.mdx/.html. Links to
  // .md/.mdx name articles, which must be in docs/ too.
  const isFile = kind === 'image' || isSiteAlias || (path.posix.extname(pathname) !== '' && !ROUTE_EXTENSION.test(pathname));
  const isArticle = !isFile && /\.mdx?$/i.test(pathname);
  if (!isFile && !isArticle) return undefined; // a page address (`../workloads/pod`), not a file
  if (isFile) {
    const syntax = requestSyntaxProblem(written, `${decoded}${beforeHash.slice(pathname.length)}`);
    if (syntax) return syntax;
  }

  let candidates: string[];
  if (isSiteAlias) candidates = [path.join(folders.siteDir, decoded.slice('@site/'.length))];
  else if (decoded.startsWith('/')) candidates = folders.staticDirs.map((dir) => path.join(dir, decoded));
  else candidates = [path.join(path.dirname(articlePath), decoded)];
  // The bundler takes the first that exists (Docusaurus' getLocalImageAbsolutePath).
  const target = candidates.find(exists) ?? candidates[0]!;
  return containmentProblem(target, written, folders);
}

/**
 * Frontmatter `image: ./share.png` becomes a `require("./share.png")`
 * (the docs plugin's createAssets); other values are URLs for the share card.
 */
export function frontMatterImageProblem(image: unknown, articlePath: string, folders: SiteFolders): string | undefined {
  if (typeof image !== 'string' || !image.startsWith('./')) return undefined;
  const written = `image: ${image}`;
  const syntax = requestSyntaxProblem(written, image) ?? (image.includes('#') ? `${written}: 파일 경로에 # 을 쓸 수 없습니다.` : undefined);
  if (syntax) return syntax;
  const target = path.join(path.dirname(articlePath), image);
  const problem = containmentProblem(target, written, folders);
  if (problem) return problem;
  if (!exists(target)) return `${written}: 파일을 찾을 수 없습니다 (이 글이 있는 폴더에서 시작하는 경로입니다). 파일 이름과 위치를 확인하세요.`;
  return undefined;
}

/** Line and column of the `image:` key inside the frontmatter node. */
function imageKeyPosition(yamlNode: Yaml | undefined): Point {
  const start = yamlNode?.position?.start;
  if (!yamlNode || !start) return {line: 1, column: 1};
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlNode.value, {lineCounter});
  const pair = isMap(document.contents) ? document.contents.items.find((item) => isScalar(item.key) && item.key.value === 'image') : undefined;
  const offset = (pair?.key as {range?: [number, number]} | undefined)?.range?.[0];
  if (offset === undefined) return {line: start.line + 1, column: 1};
  const at = lineCounter.linePos(offset);
  return {line: start.line + at.line, column: at.col}; // the YAML starts on the line after `---`
}

function attributeValue(node: Nodes, name: string): {value: string; at?: Point} | undefined {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
  const attribute = node.attributes.find((item) => item.type === 'mdxJsxAttribute' && item.name.toLowerCase() === name);
  return attribute && typeof attribute.value === 'string' ? {value: attribute.value, at: attribute.position?.start} : undefined;
}

/** `src` of every `<img>` in raw HTML (articles compiled as plain Markdown), read with a real HTML parser. */
function htmlImageSources(html: string): string[] {
  const sources: string[] = [];
  const walk = (nodes: DefaultTreeAdapterMap['childNode'][]) => {
    for (const node of nodes) {
      if (!('tagName' in node)) continue;
      const src = node.tagName === 'img' ? node.attrs.find((attribute) => attribute.name === 'src') : undefined;
      if (src) sources.push(src.value);
      walk('content' in node ? (node.content as DefaultTreeAdapterMap['documentFragment']).childNodes : node.childNodes);
    }
  };
  walk(parseFragment(html).childNodes);
  return sources;
}

/**
 * Every local path in an article (Markdown images and file links,
 * definitions, `<img src>`, frontmatter `image`) that leaves the site or
 * would steer the bundler. `frontMatter` is the parsed frontmatter the build
 * uses; positions are those of the tree.
 */
export function findLocalPathProblems(
  tree: Root,
  articlePath: string,
  folders: SiteFolders,
  frontMatter: Record<string, unknown> = {},
): PathFinding[] {
  const findings: PathFinding[] = [];
  const report = (message: string | undefined, at: Point | undefined) => {
    if (message) findings.push({line: at?.line ?? 1, column: at?.column ?? 1, message});
  };
  let yamlNode: Yaml | undefined;
  // A definition used by `![alt][id]` is an image's address.
  const imageDefinitions = new Set<string>();
  visit(tree, 'imageReference', (node) => {
    imageDefinitions.add(node.identifier);
  });
  visit(tree, (node: Nodes) => {
    const at = node.position?.start;
    switch (node.type) {
      case 'yaml':
        yamlNode ??= node;
        return;
      case 'image':
        report(localUrlProblem(node.url, 'image', articlePath, folders), at);
        return;
      case 'link':
        report(localUrlProblem(node.url, 'link', articlePath, folders), at);
        return;
      case 'definition':
        report(localUrlProblem(node.url, imageDefinitions.has(node.identifier) ? 'image' : 'link', articlePath, folders), at);
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const src = node.name?.toLowerCase() === 'img' ? attributeValue(node, 'src') : undefined;
        if (src) report(localUrlProblem(src.value, 'image', articlePath, folders), src.at ?? at);
        return;
      }
      case 'html':
        for (const src of htmlImageSources(node.value)) report(localUrlProblem(src, 'image', articlePath, folders), at);
        return;
      default:
        return;
    }
  });
  report(frontMatterImageProblem(frontMatter.image, articlePath, folders), frontMatter.image === undefined ? undefined : imageKeyPosition(yamlNode));
  return findings;
}
