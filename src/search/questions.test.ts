import {describe, expect, it} from 'vitest';
import {isQuestionWord, makePhrases, matchPhrases, phraseToken, predicateStem} from './questions';

const phrases = makePhrases([
  ['이미지 못 받아요', 'ImagePullBackOff'],
  ['안 올라가요', 'Pending'],
  ['되돌리기', '롤백'],
  ['설정값', '컨피그맵'],
]);
const terms = (question: string) => matchPhrases(question.split(' '), phrases).map((match) => match.term);

describe('phraseToken and predicateStem', () => {
  it.each([
    ['받아요', '받'],
    ['받는데', '받'],
    ['올라가요', '올라가'],
    ['롤백하는', '롤백'],
    ['되돌리려면', '되돌리'],
    ['이미지를', '이미지'],
    ['ImagePullBackOff', 'imagepullbackoff'],
  ])('%s → %s', (word, token) => expect(phraseToken(word)).toBe(token));

  it('cuts only verb endings for predicateStem, not particles', () => {
    expect(predicateStem('넣고')).toBe('넣');
    expect(predicateStem('노드에')).toBe('노드에');
  });
});

describe('matchPhrases', () => {
  it('finds everyday phrases in other forms of the same words', () => {
    expect(terms('이미지를 못 받아요')).toEqual(['ImagePullBackOff']);
    expect(terms('이미지가 계속 못 받는데 왜 그래요')).toEqual(['ImagePullBackOff']);
    expect(terms('노드에 파드가 안 올라가요')).toEqual(['Pending']);
    expect(terms('배포를 되돌리고 싶어요')).toEqual(['롤백']);
    expect(terms('설정값을 환경 변수로 넣고 싶어요')).toEqual(['컨피그맵']);
  });

  it('needs negations whole: 안전 is not 안', () => {
    expect(terms('안전하게 올라가요')).toEqual([]);
    expect(terms('이미지 받아요')).toEqual([]);
  });
});

describe('isQuestionWord', () => {
  it('knows question words and endings, not topics', () => {
    for (const word of ['방법', '어떻게', '하나요', '싶어요', '돼요', '안돼요']) expect(isQuestionWord(word)).toBe(true);
    for (const word of ['파드', '롤백', '노드']) expect(isQuestionWord(word)).toBe(false);
  });
});
