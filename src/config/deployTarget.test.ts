import {describe, expect, it} from 'vitest';
import {DEFAULT_REPOSITORY, deployTarget} from './deployTarget';

describe('deployTarget', () => {
  it('serves from the root of localhost when nothing is set', () => {
    expect(deployTarget({})).toEqual({url: 'http://localhost:3000', baseUrl: '/', repository: DEFAULT_REPOSITORY});
  });

  it('derives the GitHub Pages project address from GITHUB_REPOSITORY', () => {
    expect(deployTarget({GITHUB_REPOSITORY: 'K8s-Study/k8s-intro'})).toEqual({
      url: 'https://k8s-study.github.io',
      baseUrl: '/k8s-intro/',
      repository: 'K8s-Study/k8s-intro',
    });
  });

  it('serves a <owner>.github.io repository from the root', () => {
    expect(deployTarget({GITHUB_REPOSITORY: 'kim/kim.github.io'}).baseUrl).toBe('/');
  });

  it('lets SITE_URL and BASE_URL override and normalises slashes', () => {
    expect(
      deployTarget({
        GITHUB_REPOSITORY: 'a/b',
        SITE_URL: 'https://k8s.example.kr/',
        BASE_URL: 'course',
      }),
    ).toEqual({url: 'https://k8s.example.kr', baseUrl: '/course/', repository: 'a/b'});
    expect(deployTarget({BASE_URL: '/'}).baseUrl).toBe('/');
  });
});
