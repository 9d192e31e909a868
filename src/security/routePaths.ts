import {isValidPathname} from '@docusaurus/utils';

/**
 * Docusaurus writes each page to `path.join(buildDir, pathname)`, so a URL
 * path with `..` segments writes outside the build folder, on the build
 * machine, before any later check fails the build. Doc slugs are validated
 * by Docusaurus; a tag's `permalink` in frontmatter (`tags: [{label,
 * permalink: ../../../…}]`) is not. A pathname is safe when a browser would
 * read it unchanged (Docusaurus' own isValidPathname: no `.`/`..` segments,
 * encoded or not, no backslashes).
 */
export function routeProblem(pathname: string): string | undefined {
  if (isValidPathname(pathname)) return undefined;
  return `주소 ${pathname} 에는 .. 이나 \\ 같은 경로 이동을 쓸 수 없습니다 (빌드가 사이트 폴더 밖에 파일을 씁니다). tags 는 - 쿠버네티스 처럼 글자로만 적어 주세요.`;
}
