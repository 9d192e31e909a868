import {describe, expect, it} from 'vitest';
import {unsafeRouteCharacter, unsafeRouteMessage} from './routePath';

describe('route paths', () => {
  it('accepts the addresses the course has', () => {
    for (const path of ['/docs/workloads/pod', '/docs/tags/네임스페이스', '/docs/category/1장-시작하기', '/docs/fixtures/obsidian/obsidian-note', '/docs/컨테이너 기초 (v1.2)~']) {
      expect(unsafeRouteCharacter(path), path).toBeUndefined();
    }
  });

  it('refuses what could end a JavaScript string or change the address', () => {
    for (const [path, character] of [
      [String.raw`/docs/x\'+alert(1)+'`, '\\'],
      ["/docs/a'b", "'"],
      ['/docs/a"b', '"'],
      ['/docs/a`b', '`'],
      ['/docs/a\nb', '\n'],
      ['/docs/a\u2028b', '\u2028'],
      ['/docs/a?b', '?'],
      ['/docs/a#b', '#'],
      ['/docs/a%2e', '%'],
      ['/docs/<b>', '<'],
    ] as const) {
      expect(unsafeRouteCharacter(path), JSON.stringify(path)).toBe(character);
    }
  });

  it('names the character in Korean, invisible ones by code point', () => {
    expect(unsafeRouteMessage('/docs/a\nb', 'slug')).toMatch(/^페이지 주소에 쓸 수 없는 글자 U\+000A 가 있습니다 \(slug\)/);
    expect(unsafeRouteMessage("/docs/a'b", 'slug')).toContain("글자 ''' 가");
    expect(unsafeRouteMessage('/docs/a', 'slug')).toBeUndefined();
  });

  it('refuses paths that climb out of the build folder or leave the site, as Docusaurus writes them', () => {
    for (const routePath of ['/docs/tags/../../../../tmp/x', '/docs/tags/..', '/docs/./x', '//evil.example/x']) {
      expect(unsafeRouteMessage(routePath, '태그'), routePath).toMatch(/\. 이나 \.\. 단계, \/\/ 를 쓸 수 없습니다/);
    }
    for (const routePath of ['/docs/workloads/pod', '/docs/tags/쿠버네티스', '/docs/tags/helm-차트', '/docs/intro.html']) {
      expect(unsafeRouteMessage(routePath, '태그'), routePath).toBeUndefined();
    }
  });
});
