import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {checkSite, type CheckResult} from './index';
import type {Problem} from './types';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '__fixtures__');
// The shared author-format article, vendored with the end-to-end fixtures.
const SHARED_AUTHOR_FIXTURE = path.resolve(FIXTURES, '../../../tests/fixtures/author-format/docs/컨테이너-기초.md');

type Reported = Pick<Problem, 'line' | 'column' | 'severity' | 'message'>;
const strip = ({line, column, severity, message}: Problem): Reported => ({line, column, severity, message});

let bigImages: string;
let result: CheckResult;

beforeAll(async () => {
  // A 301 KB image is made here rather than kept in the repository.
  bigImages = fs.mkdtempSync(path.join(os.tmpdir(), 'content-check-'));
  fs.mkdirSync(path.join(bigImages, 'img'));
  fs.writeFileSync(path.join(bigImages, 'img/too-big.png'), Buffer.alloc(301 * 1024));
  result = await checkSite({siteDir: FIXTURES, staticDirs: ['static', bigImages]});
});

afterAll(() => fs.rmSync(bigImages, {recursive: true, force: true}));

const reportedFor = (name: string) => result.problems.filter((problem) => problem.file === `docs/${name}`).map(strip);
const error = (line: number, column: number, message: string): Reported => ({line, column, severity: 'error', message});
const warning = (line: number, column: number, message: string): Reported => ({line, column, severity: 'warning', message});

describe('articles that must pass', () => {
  it('reports nothing for an article that uses every supported syntax correctly', () => {
    expect(reportedFor('good.md')).toEqual([]);
    expect(reportedFor('01-basics/intro.md')).toEqual([]);
  });

  it('gives the authors\' format (shared fixture) only the missing-title warning', () => {
    expect(fs.readFileSync(path.join(FIXTURES, 'docs/컨테이너-기초.md'), 'utf8')).toBe(
      fs.readFileSync(SHARED_AUTHOR_FIXTURE, 'utf8'),
    );
    expect(reportedFor('컨테이너-기초.md')).toEqual([
      warning(1, 1, 'title이 없습니다: 사이드바와 브라우저 탭에 "Container Basics"(으)로 표시됩니다. frontmatter에 title: 한국어 제목 을 적어 주세요.'),
    ]);
  });
});

// One fixture per error class, each with exactly one broken thing.
const EXPECTED: Record<string, Reported[]> = {
  'frontmatter-invalid-yaml.md': [
    error(3, 14, 'frontmatter(맨 위 --- 사이)가 올바른 YAML이 아닙니다. 콜론(:) 뒤의 공백, 따옴표의 짝, 들여쓰기를 확인하세요. 값에 콜론이나 # 이 들어가면 값 전체를 따옴표로 감싸세요. (Nested mappings are not allowed in compact mappings)'),
  ],
  'frontmatter-unknown-field.md': [
    error(4, 1, '알 수 없는 frontmatter 필드 sidbar_position 입니다. 철자를 확인하세요 (혹시 sidebar_position?)'),
  ],
  'frontmatter-wrong-type.md': [
    error(4, 19, 'frontmatter sidebar_position 은(는) 숫자여야 하는데 문자열 "첫 번째" 입니다. 따옴표 없이 숫자로 쓰세요 (예: 3).'),
  ],
  'frontmatter-tag-not-string.md': [
    error(7, 5, 'frontmatter tags의 2번째 항목 은(는) 문자열이어야 하는데 숫자 2024 입니다. 따옴표로 감싸 문자열로 쓰세요 (예: "1.0", "true", "80").'),
  ],
  'duplicate-slug-a.md': [
    error(4, 1, '주소 /docs/same-address 이(가) 다른 글(docs/duplicate-slug-b.md)과 같습니다. frontmatter 의 slug 를 바꾸세요.'),
  ],
  'duplicate-slug-b.md': [
    error(4, 1, '주소 /docs/same-address 이(가) 다른 글(docs/duplicate-slug-a.md)과 같습니다. frontmatter 의 slug 를 바꾸세요.'),
  ],
  'duplicate-id-a.md': [
    error(2, 1, '문서 id same-id 이(가) 다른 글(docs/duplicate-id-b.md)과 같습니다. frontmatter 의 id 나 파일 이름을 바꾸세요.'),
  ],
  'duplicate-id-b.md': [
    error(2, 1, '문서 id same-id 이(가) 다른 글(docs/duplicate-id-a.md)과 같습니다. frontmatter 의 id 나 파일 이름을 바꾸세요.'),
  ],
  'admonition-unknown-type.md': [
    error(8, 1, '알 수 없는 상자 종류 :::tips 입니다 (혹시 :::tip?). 쓸 수 있는 종류: note, tip, info, warning, danger, caution, error, quiz'),
  ],
  'admonition-unclosed.md': [
    error(10, 1, ':::note 상자가 닫히지 않았습니다. 상자 내용이 끝나는 곳에 ::: 한 줄을 넣으세요 (앞에 빈 줄을 두면 안전합니다).'),
  ],
  'admonition-closer-not-recognized.md': [
    error(13, 1, '이 ::: 줄이 11번째 줄에서 연 :::tip 상자를 닫지 못하고 글자로 보입니다. 목록 안에서 연 상자는 닫는 ::: 도 여는 줄과 같은 칸만큼 들여 써야 합니다.'),
  ],
  'image-missing.md': [
    error(10, 1, '이미지를 찾을 수 없습니다: /img/이미지 창고/Pasted image 2.png → static/img/이미지 창고/Pasted image 2.png 파일이 있는지, 이름의 띄어쓰기·대소문자가 같은지 확인하세요. (혹시 Pasted image 1.png?)'),
  ],
  'image-no-alt.md': [
    error(10, 1, '이미지에 대체 텍스트가 없습니다. ![그림이 보여 주는 내용](주소) 처럼 대괄호 안에 설명을 적어 주세요 (화면 낭독기와 이미지가 안 보일 때 쓰입니다).'),
  ],
  'link-missing-article.md': [
    error(10, 3, '링크한 글을 찾을 수 없습니다: ./01-basics/pod.md → docs/01-basics/pod.md 파일이 없습니다. 경로는 이 글이 있는 폴더에서 시작합니다. 아직 쓰지 않은 글이라면 글이 생긴 뒤에 링크를 넣으세요.'),
  ],
  'link-missing-anchor.md': [
    error(10, 3, '링크한 제목 #실습하기 이(가) docs/01-basics/intro.md 에 없습니다 (혹시 #실습?). 제목의 앵커는 글자를 소문자로, 공백을 - 로 바꾼 것입니다 (예: "## 학습 목표" → #학습-목표). 제목을 바꿨다면 링크도 고치세요.'),
  ],
  'link-missing-permalink.md': [
    error(10, 3, '링크한 주소 /docs/01-basics/intro 에 해당하는 글이 없습니다 (혹시 /docs/basics/intro?). 다른 글로 가는 링크는 ../04-workloads/pod.md 처럼 .md 파일 경로로 쓰면 빌드할 때 확인됩니다.'),
  ],
  'manifest-unknown-field.md': [error(16, 3, '알 수 없는 필드 spec.restartPolcy 입니다. 철자를 확인하세요 (혹시 restartPolicy?)')],
  'manifest-wrong-type.md': [
    error(20, 26, 'spec.containers[0].ports[0].containerPort 의 값은 정수여야 하는데 문자열 "80" 입니다. 숫자를 감싼 따옴표를 빼세요.'),
  ],
  'manifest-missing-required.md': [
    error(17, 7, 'spec.containers[0] 에 꼭 있어야 하는 필드 name 이(가) 없습니다. name: 를 추가하세요.'),
  ],
  'manifest-removed-api.md': [
    error(11, 13, 'extensions/v1beta1 의 Ingress 은(는) Kubernetes 1.22에서 없어진 API 버전입니다. apiVersion: networking.k8s.io/v1 을(를) 쓰세요.'),
  ],
  'manifest-selector-mismatch.md': [
    error(
      19,
      12,
      '셀렉터의 레이블 app: web 와(과) 파드 템플릿의 레이블 app: webapp 의 값이 다릅니다. Deployment 은(는) 셀렉터로 자기 파드를 찾으므로 쿠버네티스가 받아 주지 않습니다. spec.template.metadata.labels 에 같은 레이블을 쓰세요.',
    ),
  ],
  'manifest-expect-invalid-but-valid.md': [
    error(10, 1, '의도적으로 틀린 예시(expect-invalid)로 표시했지만 유효합니다. 틀린 부분이 빠졌는지 확인하고, 올바른 예시라면 expect-invalid 를 지우세요.'),
  ],
  'unsafe-script.md': [error(10, 1, '<script> 태그는 쓸 수 없습니다 (읽는 사람의 브라우저에서 코드가 실행됩니다).')],
  'unsafe-event-handler.md': [error(8, 11, '<span> 의 onClick 속성은 쓸 수 없습니다 (이벤트 처리기는 코드를 실행합니다).')],
  'unsafe-javascript-url.md': [
    error(8, 1, 'javascript: 같은 스크립트 주소는 쓸 수 없습니다 (누르면 코드가 실행됩니다). https:// 주소나 글 경로로 바꾸세요.'),
  ],
  'unsafe-import.md': [
    error(8, 1, 'MDX import/export 문은 쓸 수 없습니다. 글에는 Markdown과 허용된 태그만 씁니다. 문장이 import 나 export 로 시작한다면 다른 낱말로 시작하세요.'),
  ],
  'unsafe-expression.md': [
    error(8, 8, '중괄호 {new Date().toString()} 는 MDX에서 코드로 실행됩니다. 글자 그대로 보이게 하려면 인라인 코드(`{…}`)로 감싸거나 \\{ 처럼 앞에 \\ 를 붙이세요.'),
  ],
  'unsafe-unknown-component.md': [
    error(10, 1, '<Tabs> 태그(컴포넌트)는 쓸 수 없습니다. 쓸 수 있는 태그: mark, details, summary, kbd, sup, sub, br, abbr, img, figure, figcaption, small, u, s, del, ins, span, div, table, caption, colgroup, col, thead, tbody, tfoot, tr, th, td, Term'),
  ],
  'mdx-stray-brace.md': [
    error(10, 4, 'MDX 문법 오류: 중괄호 { 가 닫히지 않았습니다. 이 사이트의 글은 MDX라서 { 가 코드의 시작으로 읽힙니다. 글자 그대로 보이게 하려면 인라인 코드(`{`)로 감싸거나 앞에 \\ 를 붙여 \\{ 로 쓰세요. (파서: Unexpected end of file in expression, expected a corresponding closing brace for `{`)'),
  ],
  'mdx-stray-angle.md': [
    error(10, 24, 'MDX 문법 오류: < 가 태그의 시작으로 읽혔지만 태그가 아닙니다. 부등호나 화살표처럼 < 를 글자로 쓰려면 인라인 코드(`<`)로 감싸거나 &lt; 로 쓰세요. (파서: Unexpected character `=` (U+003D) before name, expected a character that can start a name, such as a letter, `$`, or `_`)'),
  ],
  'image-too-big.md': [
    error(10, 1, '이미지 파일이 너무 큽니다: /img/too-big.png 는 301 KB 입니다 (한도 300 KB). 압축하거나(WebP 변환, pngquant 등) 가로 1600px 이하로 줄여 주세요.'),
  ],
  'quiz-no-correct.md': [error(9, 1, '정답 보기가 없습니다. 맞는 보기를 - [x] 로 표시하세요.')],
  'quiz-no-explanation.md': [error(9, 3, '보기에 풀이가 없습니다. 보기 다음 줄에 두 칸 들여 써서 왜 틀렸는지 설명하세요.')],
  'quiz-malformed.md': [
    error(9, 1, '확인 문제 안에는 - [ ] / - [x] 보기 목록만 쓸 수 있습니다. 설명은 보기 아래에 들여 쓰세요. 예: ":::quiz 질문" 다음 줄부터 "- [ ] 틀린 답", "- [x] 맞는 답", 각 보기 아래에 두 칸 들여 쓴 풀이, 끝에 ":::".'),
  ],
  'warning-term-variant.md': [warning(8, 1, "용어: '포드' 대신 '파드'(Pod)라고 쓰세요 (강좌 용어 기준, 쿠버네티스 공식 한국어 번역).")],
  'warning-heading-skip.md': [
    warning(12, 1, '제목 단계를 건너뛰었습니다: ## 다음에 #### 가 왔습니다. ### 로 바꾸세요 (## → ### → #### 순서로 한 단계씩).'),
  ],
  'warning-long-code-line.md': [
    warning(9, 121, '코드 줄이 너무 깁니다 (137자, 권장 120자 이하). 명령은 \\ 로 줄을 나누고, 출력은 필요한 열만 남기세요.'),
  ],
};

describe('one fixture per problem', () => {
  it.each(Object.entries(EXPECTED))('%s', (name, expected) => {
    expect(reportedFor(name)).toEqual(expected);
  });

  it('has a fixture for every article in the fixture folder', () => {
    const passing = ['good.md', '01-basics/intro.md', '컨테이너-기초.md'];
    expect([...result.checked].map((file) => file.replace(/^docs\//, '')).sort()).toEqual(
      [...Object.keys(EXPECTED), ...passing].sort(),
    );
  });

  it('fails the run: only the warnings fixtures and passing articles are error-free', () => {
    const withErrors = new Set(result.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.file));
    expect(withErrors.has('docs/good.md')).toBe(false);
    expect(withErrors.has('docs/컨테이너-기초.md')).toBe(false);
    expect(withErrors.has('docs/manifest-unknown-field.md')).toBe(true);
  });
});

/** Checks a body under a valid frontmatter; the body starts on line 8. */
async function check(body: string, {frontMatter = 'title: 시험\ndescription: 시험용 글입니다.\nsidebar_position: 1\ntags: [시험]'} = {}) {
  const file = 'docs/virtual.md';
  const source = `---\n${frontMatter}\n---\n\n${body}`;
  const {problems} = await checkSite({siteDir: FIXTURES, extra: [{file, source}], files: [path.join(FIXTURES, file)]});
  return problems.map(strip);
}

const messages = async (body: string) => (await check(body)).map((problem) => `${problem.line}:${problem.column} ${problem.message}`);

describe('unsafe content', () => {
  it.each([
    '<details className="callout-fold callout-fold--tip" open>\n\n<summary>접힌 제목</summary>\n\n내용\n\n</details>\n',
    '<img src="/img/이미지 창고/Pasted image 1.png" alt="그림" width="400" height="300" title="제목" />\n',
    '<abbr title="Kubernetes">K8s</abbr> 와 [다른 사이트로 가는 링크](https://kubernetes.io/docs/)\n',
    '![데이터 그림](data:image/png;base64,iVBORw0KGgo=)\n',
  ])('accepts %j', async (body) => {
    expect((await check(body)).filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('reports what is unsafe in both states only once', async () => {
    expect(await messages('<span onClick="x()">y</span>\n')).toEqual(['8:7 <span> 의 onClick 속성은 쓸 수 없습니다 (이벤트 처리기는 코드를 실행합니다).']);
  });

  it.each([
    ['<iframe src="https://example.com"></iframe>\n', '<iframe> 으로 다른 페이지를 넣을 수 없습니다'],
    ['<object data="x.swf"></object>\n', '<object> 태그는 쓸 수 없습니다'],
    ['<embed src="x.swf" />\n', '<embed> 태그는 쓸 수 없습니다'],
    ['<style></style>\n', '<style> 태그는 쓸 수 없습니다'],
    ['<form action="https://example.com"></form>\n', '<form> 태그는 쓸 수 없습니다'],
    ['<img src="/img/이미지 창고/Pasted image 1.png" alt="그림" onError="alert(1)" />\n', '<img> 의 onError 속성은 쓸 수 없습니다'],
    ['<img src="javascript:alert(1)" alt="그림" />\n', 'javascript: 같은 스크립트 주소는 쓸 수 없습니다'],
    ['![그림](javascript:alert(1))\n', 'javascript: 같은 스크립트 주소는 쓸 수 없습니다'],
    ['[링크][참조]\n\n[참조]: JaVaScRiPt:alert(1)\n', 'javascript: 같은 스크립트 주소는 쓸 수 없습니다'],
    ['<span title="java\tscript:alert(1)">x</span>\n', 'javascript: 같은 스크립트 주소는 쓸 수 없습니다'],
    ['export const answer = 42;\n', 'MDX import/export 문은 쓸 수 없습니다'],
    ['<span title={window.name}>x</span>\n', '<span title={…}> 처럼 속성 값에 코드를 쓸 수 없습니다'],
    ['<span {...props}>x</span>\n', '<span> 의 {…} 속성은 코드로 실행되어 쓸 수 없습니다'],
    ['<div style="color: red">x</div>\n', '<div> 의 style 속성은 쓸 수 없습니다'],
    ['<>조각</>\n', '<>…</> 조각(fragment)은 쓸 수 없습니다'],
    ['<a href="https://example.com">링크</a>\n', '<a> 태그(컴포넌트)는 쓸 수 없습니다. Markdown [글자](주소) 링크 를 쓰세요.'],
    ['<Term id="pod" tone="loud">파드</Term>\n', '<Term> 에는 id 속성만 쓸 수 있습니다 (tone 은(는) 쓸 수 없습니다).'],
    ['<Term>파드</Term>\n', '<Term> 에는 id="…" 속성이 있어야 합니다'],
    ['{1 + 1}\n', '중괄호 {1 + 1} 는 MDX에서 코드로 실행됩니다'],
    // Attribute names are case-insensitive in HTML, so only the exact allowed names pass.
    ['<div STYLE="position:fixed;inset:0">x</div>\n', '<div> 의 STYLE 속성은 쓸 수 없습니다'],
    ['<span Class="navbar">x</span>\n', '<span> 에는 속성을 쓸 수 없습니다 (Class)'],
    ['<img src="/img/이미지 창고/Pasted image 1.png" alt="그림" srcSet="https://tracker.example/a.png 2x" />\n', '<img> 에는 src, alt, width, height, title 속성만 쓸 수 있습니다 (srcSet'],
    ['<details className="navbar">x</details>\n', '<details> 의 className 에는 접는 콜아웃 클래스(callout-fold, callout-fold--종류)만 쓸 수 있습니다'],
    // Off-site resources: every reader's browser would fetch them.
    ['<img src="https://tracker.example/a.png" alt="그림" />\n', '다른 사이트의 그림(자료)은 글에 넣을 수 없습니다'],
    ['![그림](https://tracker.example/a.png)\n', '다른 사이트의 그림(자료)은 글에 넣을 수 없습니다'],
    ['![그림](//tracker.example/a.png)\n', '다른 사이트의 그림(자료)은 글에 넣을 수 없습니다'],
    // What the build sees before the Obsidian comment is removed.
    ['%%<script>alert(1)</script>%%\n', '<script> 태그는 쓸 수 없습니다'],
  ])('rejects %j', async (body, expected) => {
    const found = await check(body);
    expect(found.filter((problem) => problem.severity === 'error').map((problem) => problem.message)).toEqual([
      expect.stringContaining(expected),
    ]);
    // the reference-style link is reported at its definition, two lines down
    expect(found[0]!.line).toBe(body.startsWith('[링크][참조]') ? 10 : 8);
  });

  it('allows the harmless tags, a Term with an id, and comment-only expressions', async () => {
    expect(
      await messages('<details>\n<summary>정답</summary>\n\n<kbd>Ctrl</kbd> <Term id="pod">파드</Term> {/* 주석 */}\n\n</details>\n'),
    ).toEqual([]);
  });
});

describe('admonitions', () => {
  it('reports an unknown type that the parser did read as a directive', async () => {
    expect(await messages(':::tips\n본문\n:::\n')).toEqual([
      '8:1 알 수 없는 상자 종류 :::tips 입니다 (혹시 :::tip?). 쓸 수 있는 종류: note, tip, info, warning, danger, caution, error, quiz',
    ]);
  });

  it('reports a space between the colons and the type', async () => {
    expect(await messages('::: note 제목\n본문\n:::\n')).toEqual([
      '8:1 ::: 와 상자 종류 사이에 공백이 있어 상자로 인식되지 않습니다. :::note 처럼 붙여 쓰세요.',
    ]);
  });

  it('reports a stray closer', async () => {
    expect(await messages('본문\n\n:::\n')).toEqual([
      '10:1 짝이 없는 ::: 줄이라 글자 그대로 보입니다. 필요 없으면 지우고, 상자를 닫으려던 것이면 여는 줄과 들여쓰기를 맞추세요.',
    ]);
  });

  it('reports a known type that does not open a box (no space before the title)', async () => {
    const found = await messages(':::note제목\n본문\n');
    expect(found).toEqual([expect.stringMatching(/^8:1 :::note 줄이 상자로 인식되지 않아 글자 그대로 보입니다/)]);
  });

  it('explains nested boxes that need a longer outer fence', async () => {
    expect(await messages(':::note 바깥\n:::tip 안\n본문\n:::\n:::\n')).toEqual([
      '12:1 이 ::: 줄이 9번째 줄에서 연 :::tip 상자를 닫지 못하고 글자로 보입니다. 상자 안에 상자를 넣을 때는 바깥 상자를 ::::note … :::: 처럼 콜론을 더 많이 써서 여닫으세요.',
    ]);
  });

  it('explains a closer that lost its blockquote marker', async () => {
    expect(await messages('> :::note 제목\n> 본문\n:::\n')).toEqual([
      '10:1 이 ::: 줄이 8번째 줄에서 연 :::note 상자를 닫지 못하고 글자로 보입니다. 인용문(>) 안에서 연 상자는 닫는 줄도 > ::: 로 써야 합니다.',
    ]);
  });

  it('ignores ::: inside code blocks', async () => {
    expect(await messages('```text\n:::tips\n:::\n```\n')).toEqual([]);
  });
});

describe('quizzes', () => {
  const choices = '- [ ] 틀린 답\n  틀린 까닭\n- [x] 맞는 답\n  맞는 까닭\n';
  it.each([
    [':::quiz 질문\n' + choices + ':::\n'],
    ['> [!quiz] 질문\n' + choices.replace(/^/gm, '> ').replace(/> $/, '')],
    [':::quiz 모두 고르세요\n- [x] 하나\n  맞는 까닭\n- [x] 둘\n\n  빈 줄 뒤의 풀이도 됩니다.\n- [ ] 셋\n  틀린 까닭\n:::\n'],
  ])('accepts %j', async (body) => {
    expect(await messages(body)).toEqual([]);
  });

  it.each([
    [':::quiz\n' + choices + ':::\n', '8:1 확인 문제에 질문이 없습니다'],
    [':::quiz 질문\n- 틀린 답\n  까닭\n- [x] 맞는 답\n  까닭\n:::\n', '9:1 확인 문제의 보기는 - [ ] (오답) 또는 - [x] (정답) 로 시작해야 합니다.'],
    [':::quiz 질문\n1. [ ] 틀린 답\n   까닭\n2. [x] 맞는 답\n   까닭\n:::\n', '9:1 보기는 번호 목록(1.)이 아니라'],
    [':::quiz 질문\n- [x] 맞는 답\n  까닭\n:::\n', '9:1 확인 문제에는 보기가 두 개 이상 있어야 합니다.'],
    [':::quiz 질문\n:::\n', '8:1 확인 문제에 보기 목록이 없습니다'],
    [':::quiz 질문\n- [ ] 틀린 답\n  까닭\n\n중간 글\n\n- [x] 맞는 답\n  까닭\n:::\n', '12:1 확인 문제 안에는 - [ ] / - [x] 보기 목록만'],
    ['> [!quiz] 질문\n> - [x] 맞는 답\n>   까닭\n> - [ ] 틀린 답\n', '11:3 보기에 풀이가 없습니다. 보기 다음 줄에 두 칸 들여 써서 왜 틀렸는지 설명하세요.'],
  ])('rejects %j', async (body, expected) => {
    const found = await messages(body);
    expect(found[0]).toEqual(expect.stringContaining(expected));
  });

  it('reports a quiz inside another quiz at the inner one', async () => {
    const inner = ':::quiz 안\n' + choices + ':::\n';
    const found = await messages('::::quiz 바깥\n- [ ] 틀린 답\n\n' + inner.replace(/^/gm, '  ') + '- [x] 맞는 답\n  까닭\n::::\n');
    expect(found).toContain('11:3 확인 문제 안에 확인 문제를 넣을 수 없습니다. 따로 떼어 쓰세요.');
  });
});

describe('images and MDX syntax', () => {
  it('resolves relative images from the article\'s folder', async () => {
    expect(await messages('![그림](./01-basics/diagram.png)\n\n![없는 그림](./01-basics/diagram.svg)\n')).toEqual([
      '10:1 이미지를 찾을 수 없습니다: ./01-basics/diagram.svg → docs/01-basics/diagram.svg 파일이 있는지, 이름의 띄어쓰기·대소문자가 같은지 확인하세요. (혹시 diagram.png?)',
    ]);
  });

  it('explains an unclosed <br> at the tag', async () => {
    expect(await messages('첫 줄<br>둘째 줄\n')).toEqual([
      '8:4 MDX 문법 오류: <br> 태그는 MDX에서 스스로 닫아야 합니다. <br /> 처럼 끝에 / 를 붙이세요. (파서: Expected a closing tag for `<br>` (8:4-8:8) before the end of `paragraph`)',
    ]);
  });
});

describe('links', () => {
  it('reports an anchor missing from the same article', async () => {
    expect(await messages('## 학습 목표\n\n[위로](#학습목표)\n')).toEqual([
      '10:1 링크한 제목 #학습목표 이(가) 이 글 에 없습니다 (혹시 #학습-목표?). 제목의 앵커는 글자를 소문자로, 공백을 - 로 바꾼 것입니다 (예: "## 학습 목표" → #학습-목표). 제목을 바꿨다면 링크도 고치세요.',
    ]);
  });

  it('honours slug frontmatter and number prefixes', async () => {
    expect(await messages('[기초](/docs/basics/intro) [겹침](/docs/same-address) [주소](./basics/intro#custom-anchor)\n')).toEqual([]);
  });

  it('suggests the file with the same name in another folder', async () => {
    expect(await messages('[기초](./intro.md)\n')).toEqual([
      '8:1 링크한 글을 찾을 수 없습니다: ./intro.md → docs/intro.md 파일이 없습니다 (혹시 ./01-basics/intro.md?). 경로는 이 글이 있는 폴더에서 시작합니다. 아직 쓰지 않은 글이라면 글이 생긴 뒤에 링크를 넣으세요.',
    ]);
  });

  it('accepts links to static files and pages', async () => {
    expect(await messages('[그림](/img/이미지 창고/Pasted image 1.png) [처음](/)\n')).toEqual([]);
  });
});

describe('terminology', () => {
  it('reports variants in prose and frontmatter, never in code, and the longest variant once', async () => {
    const found = await check('퍼시스턴트 볼륨 클레임을 만듭니다. 팟캐스트와 `팟` 은 괜찮습니다.\n\n```bash\necho 포드\n```\n', {
      frontMatter: 'title: 네임 스페이스\ndescription: 시험용 글입니다.',
    });
    expect(found).toEqual([
      warning(2, 8, "용어: '네임 스페이스' 대신 '네임스페이스'(Namespace)라고 쓰세요 (강좌 용어 기준, 쿠버네티스 공식 한국어 번역)."),
      warning(6, 1, "용어: '퍼시스턴트 볼륨 클레임' 대신 '퍼시스턴트볼륨클레임'(PersistentVolumeClaim)라고 쓰세요 (강좌 용어 기준, 쿠버네티스 공식 한국어 번역)."),
    ]);
  });
});

describe('terminology of the glossary', () => {
  it('reports English object names and old spellings in prose, but not the gloss, longer names, products or code', async () => {
    const found = await messages(
      [
        '롤(Role)과 Role, 클러스터롤(ClusterRole)과 ClusterRoleBinding을 봅니다.',
        'Docker Desktop에서 Docker 컨테이너를 띄웁니다. `docker run`과 `Role`은 코드입니다.',
        '원하는 상태, 로드밸런서, 회수 정책, 한살이를 고칩니다.',
        '',
      ].join('\n'),
    );
    expect(found.map((line) => line.replace(/ 대신 .*/, ''))).toEqual([
      "8:10 용어: 'Role'",
      "8:36 용어: 'ClusterRoleBinding'",
      "9:18 용어: 'Docker'",
      "10:1 용어: '원하는 상태'",
      "10:9 용어: '로드밸런서'",
      "10:16 용어: '회수 정책'",
      "10:23 용어: '한살이'",
    ]);
    expect(found[0]).toContain("'롤'(Role)");
  });
});

describe('node images', () => {
  // --name: another cluster than the lab's, which only the chapter blocks create (rules/lab.ts).
  it('accepts the baseline image and the images its kind release built, and names any other', async () => {
    // (The long digest lines also get the code-line-length warning.)
    const found = (await messages(
      [
        '```bash',
        'kind create cluster --name o --image kindest/node:v1.37.0',
        'kind create cluster --name o --image kindest/node:v1.36.4@sha256:099e049362a1526b2db71494e1947aae99bd16290d7c895f2b7ea312e3cbfaed',
        'kind create cluster --name o --image kindest/node:v1.32.2',
        'kind create cluster --name o --image kindest/node:v1.35.8@sha256:' + '0'.repeat(64),
        '```',
        '',
      ].join('\n'),
    )).filter((message) => message.includes('kindest/node'));
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^11:38 노드 이미지 kindest\/node:v1\.32\.2는 강좌 기준\(kind v0\.33\.0, 기본 이미지 kindest\/node:v1\.37\.0\)이 만든 이미지가 아닙니다/);
    expect(found[1]).toMatch(/^12:38 kindest\/node:v1\.35\.8의 다이제스트가 kind v0\.33\.0 릴리스 노트의 값/);
  });
});

describe('deprecated commands', () => {
  it('fails kubectl get endpoints and --cpu-percent in shell blocks, not in prose or output', async () => {
    const found = await messages(
      [
        '예전에는 `kubectl get endpoints web`을 썼습니다.',
        '',
        '```bash',
        'kubectl get endpoints web',
        'kubectl autoscale deployment web --cpu-percent=50 --max=5',
        'kubectl get endpointslices -l kubernetes.io/service-name=web',
        '```',
        '',
        '```text title="출력"',
        'kubectl get endpoints web',
        '```',
        '',
      ].join('\n'),
    );
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^11:1 강좌 기준\(쿠버네티스 1\.37\)에서 사용 중단된 명령입니다: kubectl get endpoints\. /);
    expect(found[1]).toMatch(/^12:1 강좌 기준\(쿠버네티스 1\.37\)에서 사용 중단된 명령입니다: kubectl autoscale deployment web --cpu-percent\. /);
  });
});

describe('commands and their output', () => {
  it('passes a bash block followed by its 출력 block', async () => {
    expect(await messages('```bash\nkubectl get pods\n```\n\n```text title="출력"\nNo resources found in default namespace.\n```\n')).toEqual([]);
  });

  it('fails a $ prompt in a command block, naming its line and column', async () => {
    const found = await messages('```bash\nkubectl get pods\n  $ kubectl get nodes\n```\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^10:3 명령 앞의 프롬프트 `\$ `를 빼세요\./);
  });

  it('fails console blocks, output blocks highlighted as code and untitled output right below a command', async () => {
    const found = await messages(
      [
        '```console',
        '$ kubectl get pods',
        'No resources found in default namespace.',
        '```',
        '',
        '```bash',
        'kubectl get pods',
        '```',
        '',
        '```text',
        'No resources found in default namespace.',
        '```',
        '',
        '```bash title="출력"',
        'No resources found in default namespace.',
        '```',
        '',
        '설명이 끼어 있으면 출력이 아닐 수 있습니다.',
        '',
        '```text',
        '<서비스 이름>.<네임스페이스>.svc.cluster.local',
        '```',
        '',
      ].join('\n'),
    );
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/^8:1 ```console 블록은 쓰지 않습니다\./);
    expect(found[1]).toMatch(/^17:1 명령 블록 바로 아래의 ```text 블록은 그 명령의 출력입니다\. ```text title="출력" 로 표시하세요\./);
    expect(found[2]).toMatch(/^21:1 출력 블록은 ```text title="출력" 로 적으세요 \(지금은 ```bash\)\./);
  });
});

describe('manifests in articles', () => {
  it('points at the key inside a list item and inside an indented block', async () => {
    const body = '1. 적용합니다.\n\n   ```yaml\n   apiVersion: v1\n   kind: Service\n   metadata:\n     name: web\n   spec:\n     selectr:\n       app: web\n     ports:\n       - port: 80\n   ```\n';
    expect(await messages(body)).toEqual(['16:6 알 수 없는 필드 spec.selectr 입니다. 철자를 확인하세요 (혹시 selector?)']);
  });
});
