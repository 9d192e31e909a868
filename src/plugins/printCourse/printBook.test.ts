import {describe, expect, it} from 'vitest';
import {articleAnchor, printChapters, printPath} from './printBook';

const doc = (id: string) => ({id, title: `제목 ${id}`, permalink: `/docs/${id}`, description: ''});

describe('printChapters', () => {
  it('names each chapter after its folder, the loose groups intro and appendix, in outline order', () => {
    const chapters = printChapters({
      chapters: [
        {label: '', docs: [doc('roadmap')]},
        {label: '워크로드', description: '앱을 실행합니다.', docs: [doc('workloads/pod'), doc('workloads/deployment')]},
        {label: '네트워크', docs: [doc('networking/service')]},
        {label: '', docs: [doc('glossary')]},
      ],
    });
    expect(chapters.map((chapter) => [chapter.slug, chapter.title])).toEqual([
      ['intro', '들어가며'],
      ['workloads', '워크로드'],
      ['networking', '네트워크'],
      ['appendix', '부록'],
    ]);
    expect(chapters[1]).toEqual({
      slug: 'workloads',
      title: '워크로드',
      description: '앱을 실행합니다.',
      docs: [
        {id: 'workloads/pod', title: '제목 workloads/pod', permalink: '/docs/workloads/pod'},
        {id: 'workloads/deployment', title: '제목 workloads/deployment', permalink: '/docs/workloads/deployment'},
      ],
    });
  });

  it('gives a folder name that is not plain ASCII, or one already taken, a numbered slug', () => {
    const chapters = printChapters({
      chapters: [
        {label: '가', docs: [doc('파드/소개')]},
        {label: '나', docs: [doc('a b/x')]},
        {label: '다', docs: [doc('pods/one')]},
        {label: '라', docs: [doc('pods/two')]},
      ],
    });
    expect(chapters.map((chapter) => chapter.slug)).toEqual(['chapter-1', 'chapter-2', 'pods', 'pods-4']);
  });
});

describe('print addresses', () => {
  it('puts the print pages under the base URL', () => {
    expect(printPath('/')).toBe('/print');
    expect(printPath('/k8s/', 'workloads')).toBe('/k8s/print/workloads');
  });

  it('makes an element id of any doc id', () => {
    expect(articleAnchor('workloads/pod')).toBe('article-workloads-pod');
    expect(articleAnchor('how-to-read')).toBe('article-how-to-read');
  });
});
