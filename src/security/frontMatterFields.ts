/**
 * Frontmatter values Docusaurus turns into links or pages, where a hostile
 * value does harm even when its type is right. The checker's schema
 * (src/content-check/rules/frontMatter.ts) knows every field's type; these
 * few are refused by the build too (src/plugins/frontMatterTitle.ts), so a
 * pull request that skips `npm run check` is stopped all the same.
 */

export interface DangerousField {
  /** Where in the frontmatter: `['tags', 0]`. */
  path: Array<string | number>;
  /** Korean, says how to fix it. */
  message: string;
}

import {unsafeRouteMessage} from './routePath';

/** Only web addresses: `javascript:`, `data:` and friends would run in the reader's browser. */
const WEB_ADDRESS = /^https?:\/\//i;

export function findDangerousFrontMatter(data: Record<string, unknown>): DangerousField[] {
  const found: DangerousField[] = [];
  const editUrl = data.custom_edit_url;
  if (typeof editUrl === 'string' && !WEB_ADDRESS.test(editUrl.trim())) {
    found.push({path: ['custom_edit_url'], message: 'frontmatter custom_edit_url 에는 https:// 로 시작하는 주소만 쓸 수 있습니다.'});
  }
  // `mdx: {format: md}` makes the build read the article as plain Markdown with
  // raw HTML, while every check (ours and the checker's) reads it as MDX.
  if ('mdx' in data) {
    found.push({path: ['mdx'], message: 'frontmatter mdx 는 쓸 수 없습니다. 글은 언제나 이 사이트의 형식(MDX)으로 읽습니다. 이 줄을 지우세요.'});
  }
  // A page's address is made from these (src/security/routePath.ts).
  for (const key of ['slug', 'id']) {
    const value = data[key];
    const message = typeof value === 'string' ? unsafeRouteMessage(value, `frontmatter ${key}`) : undefined;
    if (message) found.push({path: [key], message});
  }
  if (Array.isArray(data.tags)) {
    data.tags.forEach((tag: unknown, index) => {
      // A tag object names its own page address (permalink) and could take over any page.
      if (tag !== null && typeof tag === 'object') {
        found.push({path: ['tags', index], message: `frontmatter tags 의 ${index + 1}번째 항목에 label, permalink 를 쓸 수 없습니다. 태그 주소는 사이트가 정하므로 - 태그이름 처럼 이름만 쓰세요.`});
      }
    });
  }
  return found;
}
