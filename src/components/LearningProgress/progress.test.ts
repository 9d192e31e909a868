import {describe, expect, it} from 'vitest';
import type {CourseOutline} from '@site/src/plugins/courseOutline/outline';
import {courseProgress, parseProgress, serializeProgress, storageKey, withDone} from './progress';

const doc = (id: string) => ({id, title: `제목 ${id}`, permalink: `/docs/${id}`, description: ''});
const outline: CourseOutline = {
  chapters: [
    {label: '', docs: [doc('roadmap')]},
    {label: '워크로드', docs: [doc('workloads/pod'), doc('workloads/deployment')]},
    {label: '네트워크', docs: [doc('networking/service')]},
  ],
};

describe('storageKey', () => {
  it('keeps one deployment apart from another on the same origin', () => {
    expect(storageKey('/')).toBe('k8s-ipmun:progress:/');
    expect(storageKey('/k8s-intro/')).toBe('k8s-ipmun:progress:/k8s-intro/');
    expect(storageKey('/k8s-intro')).toBe(storageKey('/k8s-intro/'));
    expect(storageKey('/other/')).not.toBe(storageKey('/k8s-intro/'));
  });
});

describe('parseProgress / serializeProgress', () => {
  it('round-trips the ids', () => {
    const raw = serializeProgress(['workloads/pod', 'roadmap', 'roadmap']);
    expect(JSON.parse(raw)).toEqual({version: 1, done: ['roadmap', 'workloads/pod']});
    expect([...parseProgress(raw)]).toEqual(['roadmap', 'workloads/pod']);
  });

  it('treats missing, broken or foreign data as no progress', () => {
    for (const raw of [null, undefined, '', '{', 'null', '42', '"x"', '{"done":"pod"}', '[]']) {
      expect(parseProgress(raw).size, String(raw)).toBe(0);
    }
    expect([...parseProgress('{"done":["pod",3,null,""]}')]).toEqual(['pod']);
  });
});

describe('withDone', () => {
  it('adds and removes without touching the original set', () => {
    const empty = new Set<string>();
    const one = withDone(empty, 'roadmap', true);
    expect([...one]).toEqual(['roadmap']);
    expect(empty.size).toBe(0);
    expect(withDone(one, 'roadmap', true)).toBe(one);
    expect(withDone(one, 'roadmap', false).size).toBe(0);
  });
});

describe('courseProgress', () => {
  it('counts articles in course order and points at the first unfinished one', () => {
    expect(courseProgress(outline, new Set())).toEqual({total: 4, completed: 0, percent: 0, next: doc('roadmap')});
    expect(courseProgress(outline, new Set(['roadmap', 'workloads/pod']))).toMatchObject({
      completed: 2,
      percent: 50,
      next: doc('workloads/deployment'),
    });
  });

  it('goes back to a skipped article before going on', () => {
    expect(courseProgress(outline, new Set(['roadmap', 'workloads/deployment'])).next?.id).toBe('workloads/pod');
  });

  it('ignores ids of articles that left the course, and has no next when all are done', () => {
    const all = new Set(['roadmap', 'workloads/pod', 'workloads/deployment', 'networking/service', 'removed/article']);
    expect(courseProgress(outline, all)).toEqual({total: 4, completed: 4, percent: 100, next: undefined});
    expect(courseProgress({chapters: []}, all)).toEqual({total: 0, completed: 0, percent: 0, next: undefined});
  });
});
