/**
 * Whether a resource URL in an article (an image's `src`) makes the reader's
 * browser fetch it from another server: that server then learns who reads
 * which page, when, from where, and can change what is shown at any time.
 * Links are fine (the reader chooses to follow them); resources are not.
 *
 * The URL is resolved the way a browser does (WHATWG URL: `//host/x`,
 * `/\host/x`, tabs and newlines inside, upper-case schemes all count) against
 * a page of this site; anything whose origin is not the page's is off-site.
 * `data:` images carry their bytes and fetch nothing.
 */
const PAGE = 'https://site.invalid/docs/page';
const SITE_ORIGIN = new URL(PAGE).origin;

export function isOffSiteResource(url: string): boolean {
  let resolved: URL;
  try {
    resolved = new URL(url, PAGE);
  } catch {
    return false; // not a URL a browser would fetch; the image rules report broken paths
  }
  if (resolved.protocol === 'data:') return false;
  return resolved.origin !== SITE_ORIGIN;
}

export const OFF_SITE_RESOURCE =
  '다른 사이트의 그림(자료)은 글에 넣을 수 없습니다: 읽는 사람의 브라우저가 그 서버에 접속하게 됩니다. 파일을 static/img/ 에 올리고 /img/… 경로로 넣거나, 원본은 [링크](https://…)로 걸어 주세요.';
