import {describe, expect, it} from 'vitest';
import type {CourseOutline} from '@site/src/plugins/courseOutline/outline';
import {chapterProgress, courseProgress, parseAnswers, parseProgress, quizId, serializeProgress, storageKey, withAnswer, withDone} from './progress';

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

describe('quiz answers', () => {
  it('are stored beside the finished articles, and old progress without them still reads', () => {
    const answers = withAnswer(withAnswer(new Map(), quizId('workloads/pod', 2), false), quizId('roadmap', 1), true);
    const raw = serializeProgress(['roadmap'], answers);
    expect(JSON.parse(raw)).toEqual({version: 1, done: ['roadmap'], answers: {'roadmap#1': true, 'workloads/pod#2': false}});
    expect([...parseProgress(raw)]).toEqual(['roadmap']);
    expect(parseAnswers(raw)).toEqual(new Map([['roadmap#1', true], ['workloads/pod#2', false]]));
    expect(parseAnswers(serializeProgress(['roadmap'])).size).toBe(0);
  });

  it('keep only the last answer, without touching the original map', () => {
    const wrong = withAnswer(new Map(), 'pod#1', false);
    const right = withAnswer(wrong, 'pod#1', true);
    expect(wrong.get('pod#1')).toBe(false);
    expect(right.get('pod#1')).toBe(true);
    expect(withAnswer(right, 'pod#1', true)).toBe(right);
  });

  it('ignore unreadable data', () => {
    for (const raw of [null, '', '{', '{"answers":[]}', '{"answers":"x"}', 'null']) expect(parseAnswers(raw).size, String(raw)).toBe(0);
    expect(parseAnswers('{"answers":{"a#1":true,"b#1":"yes","":true}}')).toEqual(new Map([['a#1', true]]));
  });
});

describe('chapterProgress', () => {
  it('counts finished articles and questions last answered right, only for quizzes that still exist', () => {
    const docs = outline.chapters[1]!.docs;
    const answers = new Map([
      ['workloads/pod#1', true],
      ['workloads/pod#2', false],
      ['workloads/deployment#3', true],
      ['workloads/deployment#9', true], // a quiz the article no longer has
      ['networking/service#1', true], // another chapter
    ]);
    expect(chapterProgress(docs, new Set(['workloads/pod']), answers, {'workloads/pod': 2, 'workloads/deployment': 3})).toEqual({
      articles: 2,
      completed: 1,
      questions: 5,
      right: 2,
    });
    expect(chapterProgress(docs, new Set(), new Map(), {})).toEqual({articles: 2, completed: 0, questions: 0, right: 0});
  });
});
