import {describe, expect, it} from 'vitest';
import {CODE_WEIGHT, HANGUL_SYLLABLES_PER_MINUTE, LATIN_WORDS_PER_MINUTE, countText, readingMinutes, readingTimeLabel} from './readingTime';

describe('countText', () => {
  it('counts Hangul syllables and Latin words of the prose, and code words apart', () => {
    const markdown = [
      '---',
      'title: 제목은 세지 않습니다',
      '---',
      '',
      '# 파드 만들기',
      '',
      '`kubectl apply`로 파드를 만듭니다. [문서](https://kubernetes.io/ko/docs/)를 보세요.',
      '',
      '![그림 설명](/img/pod.png)',
      '<Term id="pod">파드</Term>',
      '',
      '```bash',
      'kubectl get pods -o wide',
      '```',
      '',
      '> ```text title="출력"',
      '> NAME READY',
      '> ```',
    ].join('\n');
    expect(countText(markdown)).toEqual({
      // 파드만들기(5) 로파드를만듭니다(8) 문서를보세요(6) 파드(2); not the alt text, title or code
      hangulSyllables: 21,
      // kubectl apply
      latinWords: 2,
      // kubectl get pods -o wide, then "> NAME READY" inside the quoted fence
      codeWords: 5 + 3,
    });
  });

  it('treats an unclosed fence as code to the end', () => {
    expect(countText('가나\n```\n다라 마바\n')).toEqual({hangulSyllables: 2, latinWords: 0, codeWords: 2});
  });
});

describe('readingMinutes', () => {
  it('reads Hangul at the cited syllable rate', () => {
    expect(HANGUL_SYLLABLES_PER_MINUTE).toBeCloseTo(588.2, 1);
    expect(readingMinutes('가'.repeat(Math.round(HANGUL_SYLLABLES_PER_MINUTE * 10)))).toBe(10);
  });

  it('counts code at a quarter of prose', () => {
    const words = (n: number) => Array.from({length: n}, () => 'word').join(' ');
    const prose = readingMinutes(words(LATIN_WORDS_PER_MINUTE * 4));
    const code = readingMinutes(`\`\`\`text\n${words(LATIN_WORDS_PER_MINUTE * 4)}\n\`\`\``);
    expect(prose).toBe(4);
    expect(code).toBe(4 * CODE_WEIGHT);
  });

  it('is at least one minute', () => {
    expect(readingMinutes('')).toBe(1);
  });

  it('stays linear on a hostile article', () => {
    const started = performance.now();
    readingMinutes('```\n'.repeat(50_000) + '<a '.repeat(50_000) + '![x]('.repeat(50_000));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('readingTimeLabel', () => {
  it('says minutes, and hours past an hour', () => {
    expect(readingTimeLabel(7)).toBe('약 7분');
    expect(readingTimeLabel(60)).toBe('약 1시간');
    expect(readingTimeLabel(95)).toBe('약 1시간 35분');
  });
});
