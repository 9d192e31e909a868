import {describe, expect, it} from 'vitest';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import {imageSize} from 'image-size';
import {ogImageFile, ogImageUrl} from '../../seo/ogImage';
import {inParallel, ogJobs, robotsTxt} from './index';
import {clip, renderOgImage} from './render';

describe('robotsTxt', () => {
  it('names the sitemap by its absolute URL, under the baseUrl', () => {
    expect(robotsTxt('https://owner.github.io', '/k8s-intro/')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://owner.github.io/k8s-intro/sitemap.xml\n');
    expect(robotsTxt('http://localhost:3000/', '/')).toContain('Sitemap: http://localhost:3000/sitemap.xml');
  });
});

describe('ogImageFile and ogImageUrl', () => {
  it('names an article’s card after its URL, inside og/', () => {
    expect(ogImageFile('/docs/workloads/deployment', '/')).toBe('og/docs/workloads/deployment.png');
    expect(ogImageFile('/k8s-intro/docs/workloads/deployment', '/k8s-intro/')).toBe('og/docs/workloads/deployment.png');
    expect(ogImageFile('/k8s-intro/', '/k8s-intro/')).toBe('og/index.png');
  });

  it('makes an absolute, encoded URL', () => {
    expect(ogImageUrl('https://owner.github.io', '/k8s-intro/', '/k8s-intro/docs/컨테이너-기초')).toBe(
      'https://owner.github.io/k8s-intro/og/docs/%EC%BB%A8%ED%85%8C%EC%9D%B4%EB%84%88-%EA%B8%B0%EC%B4%88.png',
    );
  });
});

describe('ogJobs', () => {
  const doc = (id: string, title: string, extra: Record<string, unknown> = {}) => ({
    id,
    title,
    description: `${title} 설명`,
    permalink: `/k8s-intro/docs/${id}`,
    unlisted: false,
    draft: false,
    frontMatter: {},
    ...extra,
  });
  const content = {
    loadedVersions: [
      {
        docs: [doc('how-to-read', '읽는 법'), doc('workloads/pod', '파드'), doc('hidden', '숨김', {unlisted: true}), doc('own', '직접', {frontMatter: {image: '/img/x.png'}})],
        sidebars: {
          course: [
            {type: 'doc', id: 'how-to-read'},
            {type: 'category', label: '워크로드', items: [{type: 'doc', id: 'workloads/pod'}]},
          ],
        },
      },
    ],
  } as unknown as LoadedContent;

  it('draws a card per listed article with its chapter, and one for the home page', () => {
    const jobs = ogJobs(content, 'course', {title: '쿠버네티스 입문', tagline: '처음 배우는 사람을 위한 강좌', baseUrl: '/k8s-intro/'});
    expect(jobs.map((job) => job.file)).toEqual(['og/index.png', 'og/docs/how-to-read.png', 'og/docs/workloads/pod.png']);
    expect(jobs[2]!.card).toEqual({title: '파드', description: '파드 설명', section: '워크로드', siteTitle: '쿠버네티스 입문'});
    expect(jobs[1]!.card.section).toBeUndefined();
  });
});

describe('clip', () => {
  it('cuts long text at a word boundary with an ellipsis', () => {
    expect(clip('짧은 글', 10)).toBe('짧은 글');
    expect(clip('디플로이먼트로 파드를 원하는 개수만큼 유지합니다', 16)).toBe('디플로이먼트로 파드를 원하는…');
  });
});

describe('renderOgImage', () => {
  it('draws a 1200×630 PNG with the Korean title in Pretendard', async () => {
    const card = {title: '디플로이먼트', description: '롤링 업데이트와 되돌리기', section: '워크로드', siteTitle: '쿠버네티스 입문'};
    const first = await renderOgImage(card);
    expect(first.subarray(1, 4).toString()).toBe('PNG');
    expect(imageSize(first)).toMatchObject({width: 1200, height: 630});
    const second = await renderOgImage({...card, title: '스테이트풀셋과 퍼시스턴트볼륨클레임으로 데이터 지키기'});
    expect(second.equals(first)).toBe(false);
  }, 60_000);
});

describe('inParallel', () => {
  const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

  it('runs every item, never more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await inParallel([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      running++;
      most = Math.max(most, running);
      await tick();
      done.push(item);
      running--;
    });
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('fails with the first error, after the others have settled', async () => {
    const settled: number[] = [];
    const run = inParallel([1, 2, 3], 3, async (item) => {
      await tick();
      settled.push(item);
      if (item === 2) throw new Error('카드 2를 그리지 못했습니다');
    });
    await expect(run).rejects.toThrow('카드 2');
    expect(settled.sort()).toEqual([1, 2, 3]);
  });
});
