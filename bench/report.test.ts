import {describe, expect, it} from 'vitest';
import {fasterSetting} from './sites';
import {KINDS, labelFiles, summarize} from './pageWeight';
import {build, page} from './testFixtures';
import {goalSentences, growth, niceTicks, renderChart, renderReport, updateReadme, type BenchResults, type SizeResult} from './report';
import {resolveFile, serveStatic} from './staticServer';

const size = (articles: number, stockSeconds: number, oursSeconds: number, oursJs: number): SizeResult => ({
  articles,
  build: {stock: build(stockSeconds, 1000), ours: build(oursSeconds, 1100, articles * 1024)},
  article: {stock: page(170_000, 30_000, 0), ours: page(oursJs, 25_000, 120_000)},
});

const results: BenchResults = {
  date: '2025-01-01 00:00',
  docusaurus: '3.10.2',
  faster: 'future.v4',
  source: '커밋 abc1234',
  machine: '2코어',
  articlePage: '/docs/chapter/x',
  sizes: [size(25, 10, 12, 120_000), size(250, 13, 16, 125_000), size(1000, 29, 35, 130_000)],
  course: null,
};

describe('summarize', () => {
  it('sorts requests into kinds and keeps prefetches apart', () => {
    const weight = page(1000, 500, 300, 200);
    expect(weight.requests).toBe(4);
    expect(weight.byKind.js).toEqual({raw: 3000, gzip: 1000, requests: 1});
    expect(weight.byKind.font).toEqual({raw: 300, gzip: 300, requests: 1});
    expect(weight.prefetch).toEqual({raw: 900, gzip: 300, requests: 1});
    expect(weight.total.gzip).toBe(KINDS.reduce((sum, kind) => sum + weight.byKind[kind].gzip, 0));
    expect(weight.files[0]!.path).toBe('/assets/js/main.js');
  });
});

describe('labelFiles', () => {
  it('names JS files after the module of their chunk', () => {
    const weight = summarize('/docs/x', [
      {path: '/assets/js/main.0123abcd.js', status: 200, contentType: 'text/javascript', rawBytes: 3, sentBytes: 3, purpose: ''},
      {path: '/assets/js/0058b4c6.5a23790d.js', status: 200, contentType: 'text/javascript', rawBytes: 2, sentBytes: 2, purpose: ''},
      {path: '/assets/js/8522.f04e705c.js', status: 200, contentType: 'text/javascript', rawBytes: 1, sentBytes: 1, purpose: ''},
    ]);
    labelFiles(weight, new Map([['0058b4c6', '@generated/docusaurus-plugin-content-docs/default/p/docs-175.json']]));
    expect(weight.files.map((file) => file.source)).toEqual(['main', '@generated/docusaurus-plugin-content-docs/default/p/docs-175.json', '공유 청크']);
    expect(renderReport({...results, sizes: [...results.sizes.slice(0, 2), {...results.sizes[2]!, article: {stock: weight, ours: weight}}]})).toContain(
      '`docs 데이터 p/docs-175.json` 0.0 KiB gzip',
    );
  });
});

describe('report', () => {
  it('prints the build and page-weight tables with ratios against stock', () => {
    const report = renderReport(results);
    expect(report).toContain('| 1000 | 29.0 s | 35.0 s | 1.21× / – | 1000 MB | 1100 MB | 1.10× |');
    expect(report).toMatch(/\| 25 \| 우리 사이트 \| .* \| 0\.72× \|/);
    expect(report).toContain('| 1000 | 검색 없음 | 100.0 KiB |');
    expect(report).not.toContain('Lighthouse (');
  });

  it('compares CPU time when both sites have it', () => {
    const withCpu = results.sizes.map((s) => ({
      ...s,
      build: {stock: {...s.build.stock, cpuSeconds: 20}, ours: {...s.build.ours, cpuSeconds: 30}},
    }));
    const report = renderReport({...results, sizes: withCpu});
    expect(report).toContain('| 25 | 10.0 s (CPU 20.0 s) | 12.0 s (CPU 30.0 s) | 1.20× / 1.50× |');
    expect(report).toContain('(CPU 시간 기준): 미달 (가장 나쁜 배율 1.50×, 글 25개)');
    expect(renderChart(withCpu)).toContain('빌드 시간 (CPU)');
  });

  it('says for each goal whether it is met, or the gap', () => {
    const sentences = goalSentences(results).join('\n');
    expect(sentences).toContain('빌드 시간 ≤ 1.3× 기본 템플릿(벽시계 시간 기준): 달성 (가장 나쁜 배율 1.23×, 글 250개)');
    expect(sentences).toContain('JS+CSS ≤ 0.9× 기본 템플릿(gzip): 달성');
    expect(sentences).toContain('한국어 글꼴 ≤ 150 KB/페이지: 달성 (최대 120 KB');
    expect(sentences).toMatch(/증가 ≤ \+20 %: 달성 \(우리 \+\d %, 기본 템플릿 \+0 %\)/);
    expect(sentences).toContain('늘어난 양은 우리 +9.8 KiB, 기본 템플릿 +0.0 KiB이고, 글꼴을 빼고 보면 우리 사이트는 +6 % 늘어납니다.');
    const slow = {...results, sizes: [size(25, 10, 20, 300_000), size(1000, 29, 80, 400_000)]};
    expect(goalSentences(slow).join('\n')).toContain('빌드 시간 ≤ 1.3× 기본 템플릿(벽시계 시간 기준): 미달 (가장 나쁜 배율 2.76×, 글 1000개)');
    expect(goalSentences(slow).join('\n')).toContain('JS+CSS ≤ 0.9× 기본 템플릿(gzip): 미달');
  });

  it('measures growth from the smallest to the largest size', () => {
    expect(growth(results.sizes, 'stock')).toBe(0);
    expect(growth(results.sizes, 'ours')).toBeCloseTo(10_000 / (120_000 + 25_000 + 120_000 + 20_000), 5);
    expect(growth(results.sizes.slice(0, 1), 'ours')).toBeNull();
  });
});

describe('chart', () => {
  it('picks round axis ticks that cover the maximum', () => {
    expect(niceTicks(29)).toEqual([0, 10, 20, 30]);
    expect(niceTicks(1900)).toEqual([0, 500, 1000, 1500, 2000]);
    expect(niceTicks(0.7)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  });

  it('draws both sites in both panels as a well-formed SVG', () => {
    const svg = renderChart(results.sizes);
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 800 340" role="img"/);
    expect(svg).toContain('<title>');
    expect(svg.match(/<polyline /g)).toHaveLength(4);
    expect(svg.match(/<circle /g)).toHaveLength(12);
    const opened = svg.match(/<(svg|text|title)\b/g)!.length;
    expect(svg.match(/<\/(svg|text|title)>/g)).toHaveLength(opened);
  });
});

describe('README section', () => {
  it('appends the section once and replaces it on the next run', () => {
    const first = updateReadme('# 제목\n\n본문\n', 'A');
    expect(first).toMatch(/^# 제목\n\n본문\n\n## 성능 비교\n/);
    expect(first).toContain('bench/results/chart.svg');
    const second = updateReadme(first, '### 표\nB');
    expect(second.match(/## 성능 비교/g)).toHaveLength(1);
    expect(second).toContain('#### 표\nB');
    expect(second).not.toContain('\nA\n');
    const withNotes = updateReadme(`${second}\n## 남은 차이\n\n손으로 쓴 설명\n`, 'C');
    expect(withNotes).toContain('\nC\n\n## 남은 차이\n\n손으로 쓴 설명\n');
    expect(withNotes).not.toContain('#### 표');
  });
});

describe('fasterSetting', () => {
  it('reads how a config turns the faster bundler on', () => {
    expect(fasterSetting('future: {\n    v4: true, // comment\n  },')).toBe('future.v4');
    expect(fasterSetting('future: {\n  experimental_faster: true,\n},')).toBe('future.experimental_faster');
    expect(fasterSetting('future: {\n  // v4: true,\n},')).toBe('none');
  });
});

describe('resolveFile', () => {
  it('serves pages without .html the way GitHub Pages does', () => {
    const root = `${__dirname}/../tests/fixtures/author-format`;
    expect(resolveFile(root, '/docs/컨테이너-기초.md')).toMatchObject({status: 200});
    expect(resolveFile(root, '/../package.json')).toBeNull();
    expect(resolveFile(root, '/nope')).toBeNull();
  });
});

describe('serveStatic', () => {
  it('serves a site built for a base URL under that URL only', async () => {
    const server = await serveStatic(`${__dirname}/../tests/fixtures/author-format`, '/k8s/');
    try {
      expect((await fetch(`${server.url}/k8s/docs/컨테이너-기초.md`)).status).toBe(200);
      expect((await fetch(`${server.url}/docs/컨테이너-기초.md`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
