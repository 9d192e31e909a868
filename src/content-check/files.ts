import fs from 'node:fs';
import path from 'node:path';
import {posixPath} from '@docusaurus/utils';
import {closest} from './closest';
import type {Article, Site} from './types';

/** `https:`, `mailto:`, `javascript:`, `//host/…`: not a file of this site. */
export function hasScheme(url: string): boolean {
  return /^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//');
}

export function splitUrl(url: string): {pathname: string; hash?: string} {
  const hashAt = url.indexOf('#');
  const withoutHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? undefined : url.slice(hashAt + 1);
  const queryAt = withoutHash.indexOf('?');
  return {pathname: queryAt === -1 ? withoutHash : withoutHash.slice(0, queryAt), hash};
}

export function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

export function isFile(filePath: string): boolean {
  try {
    return fs.statSync(filePath).isFile();
  } catch {
    return false;
  }
}

/** Where a local URL points on disk: `/img/a.png` in a static folder, `./a.png` beside the article. */
export function localCandidates(url: string, article: Article, site: Site): string[] {
  const pathname = decodePath(splitUrl(url).pathname);
  if (pathname.startsWith('@site/')) return [path.join(site.siteDir, pathname.slice('@site/'.length))];
  if (pathname.startsWith('/')) return site.staticDirs.map((dir) => path.join(dir, pathname));
  return [path.resolve(path.dirname(article.filePath), pathname)];
}

export function siteRelative(site: Site, filePath: string): string {
  return posixPath(path.relative(site.siteDir, filePath));
}

/** A file in the same folder whose name is close to the missing one. */
export function closestSibling(filePath: string): string | undefined {
  const dir = path.dirname(filePath);
  if (!fs.existsSync(dir)) return undefined;
  return closest(path.basename(filePath), fs.readdirSync(dir));
}
