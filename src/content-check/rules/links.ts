import fs from 'node:fs';
import path from 'node:path';
import type {Nodes} from 'mdast';
import {visit} from 'unist-util-visit';
import {aliasedSitePath, posixPath, resolveMarkdownLinkPathname} from '@docusaurus/utils';
import {closest} from '../closest';
import {decodePath, hasScheme, isFile, localCandidates, splitUrl} from '../files';
import {normalizePermalink} from '../site';
import type {Article, Finding, Rule, Site} from '../types';

const MARKDOWN_FILE = /\.mdx?$/i;

/** Is `#hash` a heading (or element id) of `target`? Finding when not. */
function checkAnchor(hash: string | undefined, target: Article, article: Article): string | undefined {
  if (!hash) return undefined;
  const anchor = decodePath(hash);
  const anchors = target.anchors();
  if (anchors.has(anchor)) return undefined;
  const guess = closest(anchor, anchors);
  const where = target === article ? '이 글' : target.file;
  return `링크한 제목 #${anchor} 이(가) ${where} 에 없습니다${guess ? ` (혹시 #${guess}?)` : ''}. 제목의 앵커는 글자를 소문자로, 공백을 - 로 바꾼 것입니다 (예: "## 학습 목표" → #학습-목표). 제목을 바꿨다면 링크도 고치세요.`;
}

function linkFrom(article: Article, filePath: string): string {
  const relative = posixPath(path.relative(path.dirname(article.filePath), filePath));
  return relative.startsWith('.') ? relative : `./${relative}`;
}

/** An article with the same file name elsewhere, or a close name in the same folder. */
function guessArticle(expected: string, article: Article, site: Site): string | undefined {
  const name = path.basename(expected);
  const sameName = site.articles.find((other) => path.basename(other.filePath) === name);
  if (sameName) return linkFrom(article, sameName.filePath);
  const dir = path.dirname(expected);
  const siblings = site.articles.filter((other) => path.dirname(other.filePath) === dir).map((other) => path.basename(other.filePath));
  const guess = closest(name, siblings);
  return guess ? linkFrom(article, path.join(dir, guess)) : undefined;
}

/** A URL that differs only in its last part, or the same last part in another chapter. */
function guessPermalink(wanted: string, site: Site): string | undefined {
  const permalinks = site.articles.map((other) => normalizePermalink(other.permalink));
  const last = wanted.split('/').pop() ?? '';
  const parent = wanted.slice(0, wanted.length - last.length);
  const sameLast = permalinks.find((permalink) => permalink.endsWith(`/${last}`));
  if (sameLast) return sameLast;
  const siblings = permalinks.filter((permalink) => permalink.startsWith(parent) && !permalink.slice(parent.length).includes('/'));
  const guess = closest(last, siblings.map((permalink) => permalink.slice(parent.length)));
  return guess ? parent + guess : undefined;
}

const markdownLinksBySite = new WeakMap<Site, Map<string, string>>();

/** Each article's aliased source path (`@site/docs/…`) → its permalink, built once per site. */
function sourceToPermalink(site: Site): Map<string, string> {
  let markdownLinks = markdownLinksBySite.get(site);
  if (!markdownLinks) {
    markdownLinks = new Map(site.articles.map((article) => [aliasedSitePath(article.filePath, site.siteDir), article.permalink]));
    markdownLinksBySite.set(site, markdownLinks);
  }
  return markdownLinks;
}

function articleByPermalink(site: Site, permalink: string): Article | undefined {
  return site.byPermalink.get(normalizePermalink(permalink));
}

/** Pages from src/pages (`/`, `/about` …). */
function isPage(site: Site, pathname: string): boolean {
  if (pathname === '/' || pathname === '') return true;
  const base = path.join(site.siteDir, 'src/pages', pathname.replace(/\/+$/, ''));
  const files = ['.tsx', '.ts', '.jsx', '.js', '.md', '.mdx'].flatMap((ext) => [base + ext, path.join(base, `index${ext}`)]);
  return files.some((file) => fs.existsSync(file));
}

function checkLink(url: string, article: Article, site: Site, markdownLinks: Map<string, string>): string | undefined {
  if (!url || hasScheme(url)) return undefined; // https:, mailto:; javascript: is the unsafe-content rule's
  const {pathname, hash} = splitUrl(url);
  if (!pathname) return checkAnchor(hash, article, article);

  if (MARKDOWN_FILE.test(pathname)) {
    const permalink = resolveMarkdownLinkPathname(pathname, {
      sourceFilePath: article.filePath,
      sourceToPermalink: markdownLinks,
      contentPaths: {contentPath: site.docsDir, contentPathLocalized: site.docsDir},
      siteDir: site.siteDir,
    });
    const target = permalink ? articleByPermalink(site, permalink) : undefined;
    if (!target) {
      const expected = pathname.startsWith('/')
        ? path.join(site.docsDir, decodePath(pathname))
        : path.resolve(path.dirname(article.filePath), decodePath(pathname));
      const guess = guessArticle(expected, article, site);
      return `링크한 글을 찾을 수 없습니다: ${pathname} → ${posixPath(path.relative(site.siteDir, expected))} 파일이 없습니다${guess ? ` (혹시 ${guess}?)` : ''}. 경로는 이 글이 있는 폴더에서 시작합니다. 아직 쓰지 않은 글이라면 글이 생긴 뒤에 링크를 넣으세요.`;
    }
    return checkAnchor(hash, target, article);
  }

  // A file next to the article or in static/ (downloads, images).
  if (localCandidates(pathname, article, site).some(isFile)) return undefined;

  const docsRoot = `/${site.routeBasePath}`.replace(/\/+$/, '');
  const resolved = decodePath(new URL(pathname, `https://site.invalid${article.permalink}`).pathname);
  if (resolved === docsRoot || resolved.startsWith(`${docsRoot}/`)) {
    const target = articleByPermalink(site, resolved);
    if (!target) {
      const guess = guessPermalink(resolved, site);
      return `링크한 주소 ${resolved} 에 해당하는 글이 없습니다${guess ? ` (혹시 ${guess}?)` : ''}. 다른 글로 가는 링크는 ../04-workloads/pod.md 처럼 .md 파일 경로로 쓰면 빌드할 때 확인됩니다.`;
    }
    return checkAnchor(hash, target, article);
  }
  if (isPage(site, resolved)) return undefined;
  return `링크한 주소 ${pathname} 이(가) 이 사이트에 없습니다. 다른 글은 .md 파일 경로로, 이미지와 파일은 static/ 아래 경로(/img/…)로 링크하세요.`;
}

/** Links to other articles, their headings, and site files must exist. */
export const links: Rule = {
  name: 'links',
  check(article, site) {
    if (!article.tree) return [];
    const markdownLinks = sourceToPermalink(site);
    const findings: Finding[] = [];
    visit(article.tree, (node: Nodes) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const message = checkLink(node.url, article, site, markdownLinks);
      if (message) findings.push({...article.toSource(node.position?.start), severity: 'error', message});
    });
    return findings;
  },
};
