import {describe, expect, it} from 'vitest';
import {routeProblem} from './routePaths';

describe('routeProblem', () => {
  it('accepts the URLs the course uses, Korean included', () => {
    for (const pathname of ['/docs/workloads/pod', '/docs/tags/쿠버네티스', '/docs/tags/helm-차트', '/docs/intro.html']) {
      expect(routeProblem(pathname), pathname).toBeUndefined();
    }
  });

  it('refuses every way of climbing out of the build folder', () => {
    for (const pathname of ['/docs/tags/../../../../tmp/x', '/docs/tags/%2e%2e/%2E%2E/x', '/docs/tags/..\\..\\x', '/docs/./x', 'docs/x']) {
      expect(routeProblem(pathname), pathname).toMatch(/경로 이동을 쓸 수 없습니다/);
    }
  });
});
