import {describe, expect, it} from 'vitest';
import {buildOutline} from './outline';

const doc = (id: string, unlisted = false) => ({id, title: `제목 ${id}`, permalink: `/docs/${id}`, description: `${id} 설명`, readingMinutes: id.length, unlisted});

describe('buildOutline', () => {
  it('groups articles by chapter in sidebar order, loose articles where they stand', () => {
    const outline = buildOutline(
      [
        {type: 'doc', id: 'roadmap'},
        {
          type: 'category',
          label: '워크로드',
          description: '앱을 실행합니다.',
          items: [{type: 'doc', id: 'pod', label: '파드'}, {type: 'category', label: '심화', items: [{type: 'doc', id: 'statefulset'}]}],
        },
        {type: 'category', label: '빈 장', items: [{type: 'doc', id: 'hidden'}]},
        {type: 'link'},
        {type: 'doc', id: 'glossary'},
      ],
      [doc('roadmap'), doc('pod'), doc('statefulset'), doc('hidden', true), doc('glossary')],
    );
    expect(outline.chapters.map((chapter) => chapter.label)).toEqual(['', '워크로드', '']);
    expect(outline.chapters.map((chapter) => chapter.docs.map((d) => d.id))).toEqual([['roadmap'], ['pod', 'statefulset'], ['glossary']]);
    expect(outline.chapters[1]).toEqual({
      label: '워크로드',
      description: '앱을 실행합니다.',
      docs: [
        {id: 'pod', title: '파드', permalink: '/docs/pod', description: 'pod 설명', readingMinutes: 3},
        {id: 'statefulset', title: '제목 statefulset', permalink: '/docs/statefulset', description: 'statefulset 설명', readingMinutes: 11},
      ],
      readingMinutes: 14,
    });
    expect(outline.chapters[0]!.readingMinutes).toBe('roadmap'.length);
  });
});
