import {test, expect} from '@playwright/test';
import {buildSite, overlaid, reusedMinimalScratchSite, WITHOUT_MANIFEST_CHECKER} from './scratchSite';

test.describe('잘못된 글은 빌드를 멈춘다', () => {
  test.describe.configure({timeout: 300_000});

  // One build with several broken articles: each is reported with its file and line.
  // The minimal site (the glossary, which the unknown term is looked up in) is
  // enough: no message depends on the rest of the course.
  test('a missing image, unsafe HTML, an unknown term or a quiz without an answer fails the build, naming the article and line', () => {
    const dir = reusedMinimalScratchSite(
      test.info().parallelIndex,
      overlaid('tests/fixtures/missing-image', 'tests/fixtures/unsafe-html', 'tests/fixtures/unknown-term', 'tests/fixtures/broken-quiz'),
    );
    const {status, output} = buildSite(dir, WITHOUT_MANIFEST_CHECKER);
    expect(status).not.toBe(0);
    expect(output).toContain('docs/broken-term.md:7:3  알 수 없는 용어 id "podd" 입니다. 용어집(docs/glossary.md)에 있는 id: "pod"(파드)를 쓰려던 것인가요?');
    expect(output).toMatch(/docs\/unsafe-html\.md:7:\d+ {2}.*onerror/);
    expect(output).toContain('docs/broken-image.md:7:1  이미지를 찾을 수 없습니다: /img/이미지 창고/없는 그림.png');
    expect(output).toContain('static/img/이미지 창고/없는 그림.png');
    // The checker's message (rules/quizzes.ts), from the same function.
    expect(output).toContain('docs/broken-quiz.md:8:3  정답 보기가 없습니다. 맞는 보기를 - [x] 로 표시하세요.');
  });
});
