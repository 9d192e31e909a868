import {test, expect} from '@playwright/test';
import {buildSite, scratchSite} from './scratchSite';

test.describe('잘못된 글은 빌드를 멈춘다', () => {
  test.describe.configure({timeout: 300_000});

  test('a missing image fails the build, naming the article and line', () => {
    const {status, output} = buildSite(scratchSite('tests/fixtures/missing-image'));
    expect(status).not.toBe(0);
    expect(output).toContain('docs/broken-image.md:7:1  이미지를 찾을 수 없습니다: /img/이미지 창고/없는 그림.png');
    expect(output).toContain('static/img/이미지 창고/없는 그림.png');
  });
});
