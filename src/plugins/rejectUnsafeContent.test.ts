import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import rejectUnsafeContent from './rejectUnsafeContent';

const run = async (value: string, format: 'mdx' | 'md' = 'mdx') => {
  const processor = format === 'mdx' ? unified().use(remarkParse).use(remarkMdx).use(rejectUnsafeContent) : unified().use(remarkParse).use(rejectUnsafeContent);
  const file = new VFile({value, path: 'docs/04-workloads/pod.md', cwd: process.cwd()});
  await processor.run(processor.parse(file), file);
};

describe('rejectUnsafeContent', () => {
  it('fails the build with file:line:column  message', async () => {
    await expect(run('# 파드\n\n<script>alert(1)</script>\n\n<span onClick="x()">y</span>\n')).rejects.toThrow(
      'docs/04-workloads/pod.md:3:1  <script> 태그는 쓸 수 없습니다 (읽는 사람의 브라우저에서 코드가 실행됩니다).\n' +
        'docs/04-workloads/pod.md:5:7  <span> 의 onClick 속성은 쓸 수 없습니다 (이벤트 처리기는 코드를 실행합니다).',
    );
  });

  it('reads raw HTML too, for articles compiled as plain Markdown', async () => {
    await expect(run('# 파드\n\n<mark>강조</mark> <!-- 주석 -->\n\n<div>\n<img src="a.png" alt="a" onerror="x()">\n</div>\n', 'md')).rejects.toThrow(
      'docs/04-workloads/pod.md:6:26  <img> 의 onerror 속성은 쓸 수 없습니다 (이벤트 처리기는 코드를 실행합니다).',
    );
    await expect(run('<script>alert(1)</script>\n', 'md')).rejects.toThrow('docs/04-workloads/pod.md:1:1  <script> 태그는');
    await expect(run('<mark>강조</mark>와 <kbd>Ctrl</kbd> <!-- 주석 -->\n', 'md')).resolves.toBeUndefined();
  });

  it('reads attribute names as HTML does, regardless of case, and allows only listed ones', async () => {
    await expect(run('<div STYLE="position:fixed">x</div>\n')).rejects.toThrow('docs/04-workloads/pod.md:1:6  <div> 의 STYLE 속성은 쓸 수 없습니다');
    await expect(run('<div>\n<img src="a.png" alt="a" SRCSET="https://tracker.example/a.png 2x">\n</div>\n', 'md')).rejects.toThrow(
      '<img> 에는 src, alt, width, height, title 속성만 쓸 수 있습니다 (srcset 은(는) 쓸 수 없습니다)',
    );
  });

  it('refuses images from other servers, in Markdown and in HTML', async () => {
    await expect(run('![추적](https://tracker.example/a.png)\n')).rejects.toThrow('docs/04-workloads/pod.md:1:1  다른 사이트의 그림(자료)은');
    await expect(run('<div>\n<img src="//tracker.example/a.png" alt="a">\n</div>\n', 'md')).rejects.toThrow('docs/04-workloads/pod.md:2:6  다른 사이트의 그림(자료)은');
    await expect(run('[다른 사이트](https://kubernetes.io/)\n')).resolves.toBeUndefined();
  });

  it('keeps a message quoting the article on one line', async () => {
    await expect(run('{/*\n::warning::x\n*/ 1}\n')).rejects.toThrow('중괄호 {/*\\n::warning::x\\n*/ 1}');
  });

  it('lets safe articles through', async () => {
    await expect(run('# 파드\n\n<mark>강조</mark>와 <Term id="pod">파드</Term>\n')).resolves.toBeUndefined();
  });
});
