import {isValidPathname} from '@docusaurus/utils';

/**
 * Docusaurus writes every route into the generated routes.js as
 * `path: '${routePath}'`, escaping `'` but not `\` or line breaks
 * (@docusaurus/core codegenRoutes.js). A route path comes from what an
 * author writes: file and folder names, frontmatter `slug` and `id`, tags,
 * a `_category_.json` link slug. So only these characters may be in one:
 * letters and digits of any language, space, and `- _ . ~ / ( )`.
 * Checked by the build (src/plugins/inertGeneratedJs) on the routes the docs
 * plugin made, and by `npm run check` (rules/routePaths.ts) on their sources.
 */
const SAFE_ROUTE_CHARACTER = /[\p{L}\p{M}\p{N} \-_.~/()]/u;

/** The first character a route path may not contain, or undefined when it is safe. */
export function unsafeRouteCharacter(routePath: string): string | undefined {
  for (const character of routePath) if (!SAFE_ROUTE_CHARACTER.test(character)) return character;
  return undefined;
}

/** How to name a character in a message: printable ones quoted, the rest as U+XXXX. */
function describe(character: string): string {
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(character) ? `'${character}'` : `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Korean message for a route path with an unsafe character; `source` says where the path comes from. */
export function unsafeRouteMessage(routePath: string, source: string): string | undefined {
  const character = unsafeRouteCharacter(routePath);
  if (character === undefined) {
    // Docusaurus writes each page to path.join(buildDir, routePath): `..`
    // segments (a tag's permalink once did it) would write outside the build
    // folder, `//host` would send readers to another site. isValidPathname is
    // Docusaurus' own test that a browser reads the path unchanged.
    if (routePath.startsWith('/') && !isValidPathname(routePath)) {
      return `페이지 주소 ${routePath} 에는 . 이나 .. 단계, // 를 쓸 수 없습니다 (${source}; 빌드가 사이트 폴더 밖에 파일을 쓰거나 다른 사이트로 갑니다). 파일·폴더 이름이나 slug, 태그를 글자로만 적어 주세요.`;
    }
    return undefined;
  }
  return `페이지 주소에 쓸 수 없는 글자 ${describe(character)} 가 있습니다 (${source}). 주소에는 글자, 숫자, 공백과 - _ . ~ / ( ) 만 쓸 수 있습니다. 파일·폴더 이름이나 slug 를 바꾸세요.`;
}
