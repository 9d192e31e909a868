import type {Root} from 'mdast';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import remarkLab from './index';
import {labMarkdown, siteAddress} from './labBlock';
import {chapterOfPath} from './directive';

const parse = (markdown: string) => unified().use(remarkParse).use(remarkDirective).parse(markdown) as Root;
const run = (markdown: string, filePath: string) => {
  const tree = parse(markdown);
  remarkLab()(tree, new VFile({path: `/site/${filePath}`, cwd: '/site', value: markdown}));
  return tree;
};

describe('remarkLab', () => {
  it('replaces the line with the chapter block rendered from src/data/lab.ts', () => {
    const tree = run('## 사전 지식\n\n::lab{chapter="7"}\n\n## 다음\n', 'docs/07-operations/namespace.md');
    const heading = tree.children[1];
    expect(heading).toMatchObject({type: 'heading', depth: 3, children: [{type: 'text', value: '이 장의 실습 환경'}]});
    const [script] = tree.children.filter((node) => node.type === 'code' && node.lang === 'bash');
    expect(script).toMatchObject({value: expect.stringContaining(`${siteAddress()}lab/metrics-server.yaml`)});
    expect(tree.children.at(-1)).toMatchObject({type: 'heading', depth: 2});
  });

  it('adds each step from its chapter on', () => {
    const site = 'https://example.org/';
    expect(labMarkdown(4, site)).not.toContain('traefik.yaml');
    expect(labMarkdown(5, site)).toContain(`kubectl apply -f ${site}lab/traefik.yaml`);
    expect(labMarkdown(6, site)).not.toContain('metrics-server.yaml');
    expect(labMarkdown(8, site)).toContain(`kubectl apply -f ${site}lab/metrics-server.yaml`);
  });

  it('fails the build naming the file and line of a block it cannot render', () => {
    expect(() => run('텍스트\n\n::lab{chapter="4"}\n', 'docs/05-networking/service.md')).toThrow(
      /^docs\/05-networking\/service\.md:3:1  이 글은 5장에 있는데 4장의 실습 환경 블록을 넣었습니다/,
    );
  });

  it('reads the chapter from the folder name', () => {
    expect(chapterOfPath('/site/docs/05-networking/service.md')).toBe(5);
    expect(chapterOfPath('docs/glossary.md')).toBeUndefined();
  });
});
