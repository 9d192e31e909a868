import {describe, expect, it} from 'vitest';
import {AGREEMENT, bestSection, cleanUrl, excerptParts, fuseRuns, sectionBoost, titleBoost, type PagefindFragment} from './rank';

describe('fuseRuns', () => {
  it('scales each query to its best result and counts a page\'s best query in full, the others a little', () => {
    const fused = fuseRuns([
      // "쿠버네티스를": exact words score high
      {weight: 1, results: [{id: 'intro', score: 5.4}, {id: 'roadmap', score: 4.1}]},
      // "쿠버네티스": prefix matches score low
      {weight: 1, results: [{id: 'intro', score: 1.44}, {id: 'yaml', score: 0.63}, {id: 'roadmap', score: 0.64}]},
    ]);
    expect(fused.map(({id}) => id)).toEqual(['intro', 'roadmap', 'yaml']);
    expect(fused[0]!.score).toBeCloseTo(1 + AGREEMENT);
    expect(fused[2]!.score).toBeCloseTo(0.63 / 1.44);
  });

  it('keeps the result of the query that counted most (its excerpt marks those words)', () => {
    const fused = fuseRuns([
      {weight: 1, results: [{id: 'pod', score: 1, from: 'Pod'}, {id: 'other', score: 2, from: 'Pod'}]},
      {weight: 0.9, results: [{id: 'pod', score: 3, from: '파드'}]},
    ]);
    expect(fused.find(({id}) => id === 'pod')?.result.from).toBe('파드');
  });

  it('lets the page that matches the query as typed beat one that matches every variant loosely', () => {
    const fused = fuseRuns([
      {weight: 1, results: [{id: 'pod', score: 9}, {id: 'statefulset', score: 6}]},
      {weight: 0.9, results: [{id: 'statefulset', score: 5}, {id: 'pod', score: 2}]},
    ]);
    // Adding the scales up would put statefulset first (1.57 against 1.36).
    expect(fused.map(({id}) => id)).toEqual(['pod', 'statefulset']);
  });

  it('ignores queries that found nothing', () => {
    expect(fuseRuns([{weight: 1, results: []}])).toEqual([]);
  });
});

describe('titleBoost', () => {
  it('boosts a title that is the query, a term of it, or contains it', () => {
    expect(titleBoost('컨피그맵', ['컨피그맵', 'ConfigMap'])).toBe(2);
    expect(titleBoost('파드', ['Pod', '파드'])).toBe(2);
    expect(titleBoost('파드', ['파드 삭제', 'Pod 삭제'], ['파드', 'Pod', '삭제'])).toBe(1.5);
    expect(titleBoost('오토스케일링(HPA)', ['HPA'])).toBe(1.3);
    expect(titleBoost('레이블과 셀렉터', ['레이블 셀렉터'], ['레이블', '셀렉터'])).toBe(1.15);
    expect(titleBoost('문제 해결', ['CrashLoopBackOff'])).toBe(1);
    expect(titleBoost(undefined, ['파드'])).toBe(1);
  });
});

describe('bestSection', () => {
  const fragment: PagefindFragment = {
    url: '/k8s-intro/docs/workloads/pod.html',
    excerpt: '<mark>파드</mark>.',
    meta: {title: '파드'},
    sub_results: [
      {title: '파드', url: '/k8s-intro/docs/workloads/pod.html', excerpt: '<mark>파드</mark>.', locations: [0], weighted_locations: [{weight: 7, balanced_score: 90, location: 0}]},
      {
        title: '파드 지우기',
        url: '/k8s-intro/docs/workloads/pod.html#%ED%8C%8C%EB%93%9C-%EC%A7%80%EC%9A%B0%EA%B8%B0',
        excerpt: '<mark>파드</mark> 지우기. kubectl delete',
        locations: [10, 12],
        weighted_locations: [
          {weight: 5, balanced_score: 20, location: 10},
          {weight: 1, balanced_score: 4, location: 12},
        ],
        anchor: {element: 'h3', id: '파드-지우기', text: '파드 지우기', location: 10},
      },
      {
        title: '학습 목표',
        url: '/k8s-intro/docs/workloads/pod.html#%ED%95%99%EC%8A%B5-%EB%AA%A9%ED%91%9C',
        excerpt: '학습 목표. <mark>파드</mark>',
        locations: [3],
        weighted_locations: [{weight: 1, balanced_score: 5, location: 3}],
        anchor: {element: 'h2', id: '학습-목표', text: '학습 목표', location: 2},
      },
    ],
  };

  it('prefers the best section under a heading, linked by its anchor, without .html', () => {
    expect(bestSection(fragment)).toEqual({
      title: '파드 지우기',
      url: '/k8s-intro/docs/workloads/pod#%ED%8C%8C%EB%93%9C-%EC%A7%80%EC%9A%B0%EA%B8%B0',
      excerpt: '<mark>파드</mark> 지우기. kubectl delete',
    });
  });

  it('passes over a heading whose section is only the heading', () => {
    const [, , goals] = fragment.sub_results!;
    const bare = {...goals!, title: '롤링 업데이트', excerpt: '<mark>롤링</mark> 업데이트.', weighted_locations: [{weight: 5, balanced_score: 8, location: 3}]};
    const full = {...goals!, excerpt: '학습 목표. <mark>롤링</mark> 업데이트로 파드를 하나씩 바꾸는 과정을 설명할 수 있습니다.'};
    expect(bestSection({...fragment, sub_results: [bare, full]}).title).toBe('학습 목표');
  });

  it('prefers a section headed by a query term the page title lacks', () => {
    // 학습 목표 (5) is headed by "목표", a term of the query: three times 5 is still below 24.
    expect(bestSection(fragment, ['파드', '목표']).title).toBe('파드 지우기');
    const goals = {...fragment.sub_results![2]!, weighted_locations: [{weight: 1, balanced_score: 13, location: 3}]};
    expect(bestSection({...fragment, sub_results: [fragment.sub_results![1]!, goals]}, ['파드', '목표']).title).toBe('학습 목표');
    // 파드 is the page title: naming it in a heading tells nothing.
    expect(bestSection({...fragment, sub_results: [fragment.sub_results![1]!, goals]}, ['파드']).title).toBe('파드 지우기');
  });

  it('takes the section titled exactly by a query term, however short', () => {
    const [, deleting, goals] = fragment.sub_results!;
    const pending = {...goals!, title: 'Pending', excerpt: '<mark>Pending</mark>.', weighted_locations: [{weight: 1, balanced_score: 1, location: 3}]};
    expect(bestSection({...fragment, sub_results: [deleting!, pending]}, ['파드', 'Pending']).title).toBe('Pending');
  });

  it('falls back to the page when only its top matched', () => {
    expect(bestSection({...fragment, sub_results: fragment.sub_results!.slice(0, 1)})).toEqual({
      title: null,
      url: '/k8s-intro/docs/workloads/pod',
      excerpt: '<mark>파드</mark>.',
    });
  });
});

describe('cleanUrl', () => {
  it('drops .html before the end, a hash or a query', () => {
    expect(cleanUrl('/docs/workloads/pod.html')).toBe('/docs/workloads/pod');
    expect(cleanUrl('/docs/workloads/pod.html#x')).toBe('/docs/workloads/pod#x');
    expect(cleanUrl('/docs/html-basics')).toBe('/docs/html-basics');
  });
});

describe('excerptParts', () => {
  it('splits marks from text and decodes entities, never passing HTML through', () => {
    expect(excerptParts('<mark>파드를</mark> 지울 때 &lt;name&gt; &amp; <b>x</b>')).toEqual([
      {text: '파드를', mark: true},
      {text: ' 지울 때 <name> & x', mark: false},
    ]);
    expect(excerptParts('&#39;a&#x27;')).toEqual([{text: "'a'", mark: false}]);
  });
});

describe('sectionBoost', () => {
  it('ranks a page whose best section is headed by a query term higher', () => {
    expect(sectionBoost('Pending', '문제 해결', ['파드', 'Pending'])).toBe(1.5);
    expect(sectionBoost('Pending 상태의 PVC 읽는 법', '퍼시스턴트볼륨', ['파드', 'Pending'])).toBe(1.15);
    expect(sectionBoost('첫 번째 서비스 만들기', '서비스', ['서비스'])).toBe(1);
    expect(sectionBoost(null, '서비스', ['서비스'])).toBe(1);
  });
});
