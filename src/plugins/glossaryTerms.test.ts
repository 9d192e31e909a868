import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import type {Root} from 'mdast';
import type {MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import glossaryTerms, {findUnknownTerms, readGlossaryEntries, suggestTermId, type GlossaryTermsOptions} from './glossaryTerms';

const siteDir = fileURLToPath(new URL('./__fixtures__/glossary-terms/', import.meta.url));
const fixture = (name: string) => new VFile({path: path.join(siteDir, 'docs', name), value: readFileSync(path.join(siteDir, 'docs', name), 'utf8')});

function parse(file: VFile): Root {
  return unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).parse(file) as Root;
}

function transform(file: VFile, options: GlossaryTermsOptions = {siteDir}): Root {
  const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(glossaryTerms, options);
  return processor.runSync(processor.parse(file), file) as Root;
}

function terms(tree: Root): Record<string, string | null | undefined>[] {
  const found: Record<string, string | null | undefined>[] = [];
  visit(tree, 'mdxJsxTextElement', (node: MdxJsxTextElement) => {
    if (node.name !== 'Term') return;
    found.push(Object.fromEntries(node.attributes.map((attr) => (attr.type === 'mdxJsxAttribute' ? [attr.name, attr.value as string] : ['', '']))));
  });
  return found;
}

describe('glossaryTerms (remark)', () => {
  it('gives every <Term> its glossary entry as props, wherever it stands in prose', () => {
    expect(terms(transform(fixture('article.md')))).toEqual([
      {
        id: 'pod',
        term: '파드',
        english: 'Pod',
        definition: '쿠버네티스에서 배포하는 가장 작은 단위로, 컨테이너 하나 이상의 묶음입니다.',
        href: '/docs/glossary#pod',
      },
      {
        id: 'deployment',
        term: '디플로이먼트',
        english: 'Deployment',
        definition: '레플리카셋을 관리하며 롤링 업데이트를 맡는 워크로드 리소스입니다.',
        href: '/docs/glossary#deployment',
      },
      {
        id: 'pvc',
        term: '퍼시스턴트볼륨클레임',
        english: 'PersistentVolumeClaim, PVC',
        definition: '파드가 저장 공간을 요청하는 방법입니다.',
        href: '/docs/glossary#pvc',
      },
      {id: 'kubelet', term: 'kubelet', english: '', definition: '노드마다 실행되며 파드의 컨테이너를 띄우는 에이전트입니다.', href: '/docs/glossary#kubelet'},
    ]);
  });

  it('leaves code blocks alone (a <Term> there is text, not a component)', () => {
    expect(() => transform(fixture('article.md'))).not.toThrow();
  });

  it('replaces props an author wrote by hand and honours another glossary route', () => {
    const file = new VFile({path: path.join(siteDir, 'docs/hand.md'), value: '<Term id="pod" definition="틀린 정의">파드</Term>'});
    const [term] = terms(transform(file, {siteDir, glossaryUrl: '/learn/terms/'}));
    expect(term).toMatchObject({definition: expect.stringContaining('가장 작은 단위'), href: '/learn/terms#pod'});
    expect(Object.keys(term!).filter((key) => key === 'definition')).toHaveLength(1);
  });

  it('stops the build on an unknown id with file:line:column and the id the author meant', () => {
    let message = '';
    try {
      transform(fixture('unknown.md'));
    } catch (error) {
      message = (error as Error).message;
    }
    const lines = message.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('docs/unknown.md:7:7  알 수 없는 용어 id "podd" 입니다. 용어집(docs/glossary.md)에 있는 id: "pod"(파드)를 쓰려던 것인가요?');
    expect(lines[1]).toBe('docs/unknown.md:8:7  알 수 없는 용어 id "파드" 입니다. 용어집(docs/glossary.md)에 있는 id: "pod"(파드)를 쓰려던 것인가요?');
    expect(lines[2]).toMatch(/^docs\/unknown\.md:10:1 {2}알 수 없는 용어 id "zzz-nothing" 입니다\. 용어집\(docs\/glossary\.md\)에 있는 id: pod, deployment, pvc, kubelet\. /);
    expect(lines[3]).toMatch(/^docs\/unknown\.md:10:\d+ {2}<Term> 에 id="…" 가 없습니다\./);
  });

  it('does not read the glossary for an article without <Term>', () => {
    expect(() => transform(fixture('plain.md'), {siteDir: '/nonexistent'})).not.toThrow();
  });
});

describe('findUnknownTerms (for the content checker)', () => {
  const entries = readGlossaryEntries(path.join(siteDir, 'docs/glossary.md'));

  it('lists unknown and missing ids with their positions, and nothing for a good article', () => {
    expect(findUnknownTerms(parse(fixture('article.md')), entries)).toEqual([]);
    const unknown = findUnknownTerms(parse(fixture('unknown.md')), entries);
    expect(unknown.map(({id, line, column, suggestion}) => ({id, line, column, suggestion}))).toEqual([
      {id: 'podd', line: 7, column: 7, suggestion: 'pod'},
      {id: '파드', line: 8, column: 7, suggestion: 'pod'},
      {id: 'zzz-nothing', line: 10, column: 1, suggestion: undefined},
      {id: '', line: 10, column: 38, suggestion: undefined},
    ]);
  });

  it('suggests by English name, case and near spelling', () => {
    expect(suggestTermId('PVC', entries)).toBe('pvc');
    expect(suggestTermId('Deployment', entries)).toBe('deployment');
    expect(suggestTermId('deploymnet', entries)).toBe('deployment');
    expect(suggestTermId('service', entries)).toBeUndefined();
  });
});

describe('the course itself', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const glossary = new Set(readGlossaryEntries(path.join(root, 'docs/glossary.md')).map((entry) => entry.id));
  const articles = readdirSync(path.join(root, 'docs'), {recursive: true, encoding: 'utf8'}).filter((file) => /\.mdx?$/.test(file));

  it('uses only glossary ids in <Term id="…">', () => {
    const unknown = articles.flatMap((file) =>
      [...readFileSync(path.join(root, 'docs', file), 'utf8').matchAll(/<Term\s+id="([^"]*)"/g)]
        .map((match) => match[1]!)
        .filter((id) => !glossary.has(id))
        .map((id) => `${file}: ${id}`),
    );
    expect(unknown).toEqual([]);
  });
});
