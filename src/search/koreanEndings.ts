/**
 * Korean particles (조사) and a few common endings that attach to a noun with
 * no space: 파드를, 서비스에서는, 노드들의, 삭제하기. Shared by the build (which
 * learns from the articles which stems are real words) and the search box
 * (which strips them from query words). Pure; no dependencies.
 */

/** Which final sound the stem must end in for the ending to be grammatical. */
type After =
  | 'consonant' // 을 은 이 과 으로 …: after a syllable with a final consonant (받침)
  | 'vowel' // 를 는 가 와 …: after a syllable with no final consonant
  | 'ro' // 로: after a vowel or a final ㄹ (서비스로, 레이블로)
  | 'any';

export type Ending = {ending: string; after: After};

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
const RIEUL = 8; // index of ㄹ among the 28 final-consonant slots

export const isHangulSyllable = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return code >= HANGUL_FIRST && code <= HANGUL_LAST;
};

export const hasHangul = (text: string) => /[가-힣]/.test(text);

/** Final-consonant index of a Hangul syllable: 0 when it ends in a vowel. */
function finalConsonant(char: string): number {
  return ((char.codePointAt(0) ?? 0) - HANGUL_FIRST) % 28;
}

/** Whether `ending` may follow a stem whose last character is `last`. */
export function fits(after: After, last: string): boolean {
  // A Latin stem ("Pod를", "YAML을") is read aloud in many ways: accept any.
  if (!isHangulSyllable(last)) return true;
  const final = finalConsonant(last);
  switch (after) {
    case 'consonant':
      return final !== 0;
    case 'vowel':
      return final === 0;
    case 'ro':
      return final === 0 || final === RIEUL;
    case 'any':
      return true;
  }
}

const BASE: Ending[] = [
  // case particles
  {ending: '을', after: 'consonant'},
  {ending: '를', after: 'vowel'},
  {ending: '이', after: 'consonant'},
  {ending: '가', after: 'vowel'},
  {ending: '의', after: 'any'},
  {ending: '에', after: 'any'},
  {ending: '에서', after: 'any'},
  {ending: '에게', after: 'any'},
  {ending: '한테', after: 'any'},
  {ending: '으로', after: 'consonant'},
  {ending: '로', after: 'ro'},
  {ending: '으로부터', after: 'consonant'},
  {ending: '로부터', after: 'ro'},
  {ending: '에서부터', after: 'any'},
  {ending: '와', after: 'vowel'},
  {ending: '과', after: 'consonant'},
  {ending: '이랑', after: 'consonant'},
  {ending: '랑', after: 'vowel'},
  {ending: '하고', after: 'any'},
  {ending: '보다', after: 'any'},
  {ending: '처럼', after: 'any'},
  {ending: '같이', after: 'any'},
  // delimiters
  {ending: '은', after: 'consonant'},
  {ending: '는', after: 'vowel'},
  {ending: '도', after: 'any'},
  {ending: '만', after: 'any'},
  {ending: '부터', after: 'any'},
  {ending: '까지', after: 'any'},
  {ending: '마다', after: 'any'},
  {ending: '조차', after: 'any'},
  {ending: '이나', after: 'consonant'},
  {ending: '나', after: 'vowel'},
  {ending: '이든', after: 'consonant'},
  {ending: '든', after: 'vowel'},
  // copula: 파드란, 파드라는, 서비스입니다
  {ending: '이란', after: 'consonant'},
  {ending: '란', after: 'vowel'},
  {ending: '이라는', after: 'consonant'},
  {ending: '라는', after: 'vowel'},
  {ending: '이라고', after: 'consonant'},
  {ending: '라고', after: 'vowel'},
  {ending: '이다', after: 'consonant'},
  {ending: '입니다', after: 'consonant'},
  {ending: '이에요', after: 'consonant'},
  {ending: '예요', after: 'vowel'},
];

/** Particles that stack after another: 에서+는, 으로+도, 까지+만, 와+의 … */
const STACKING = ['에', '에서', '에게', '한테', '으로', '로', '와', '과', '이랑', '랑', '보다', '처럼', '부터', '까지', '마다', '만', '으로부터', '로부터', '에서부터'];

function stacked(): Ending[] {
  const out: Ending[] = [];
  for (const first of STACKING) {
    const base = BASE.find((entry) => entry.ending === first)!;
    const last = first.slice(-1);
    const topic = finalConsonant(last) === 0 ? '는' : '은';
    for (const second of [topic, '도', '만', '의']) {
      if (first === '만' && second === '만') continue;
      out.push({ending: first + second, after: base.after});
    }
  }
  return out;
}

/** 하다/되다 verbs made from a noun: 삭제하기, 배포하는, 설치하려면, 연결됩니다. */
const VERBAL: Ending[] = [
  '하기',
  '하는',
  '하는법',
  '하려면',
  '하면',
  '하여',
  '해서',
  '해야',
  '합니다',
  '하세요',
  '하다',
  '한',
  '할',
  '했다',
  '했습니다',
  '되는',
  '된',
  '되면',
  '되다',
  '됩니다',
  '되어',
  '돼',
  '시키기',
].map((ending) => ({ending, after: 'any'}));

/** Plural 들 before a particle: 파드들, 파드들을, 노드들의. */
function plural(): Ending[] {
  const out: Ending[] = [{ending: '들', after: 'any'}];
  for (const entry of [...BASE, ...stacked()]) {
    if (fits(entry.after, '들')) out.push({ending: `들${entry.ending}`, after: 'any'});
  }
  return out;
}

/** Every ending, longest first. */
export const ENDINGS: readonly Ending[] = (() => {
  const all = new Map<string, Ending>();
  for (const entry of [...BASE, ...stacked(), ...VERBAL, ...plural()]) {
    if (!all.has(entry.ending)) all.set(entry.ending, entry);
  }
  return [...all.values()].sort((a, b) => b.ending.length - a.ending.length);
})();

export type Split = {stem: string; ending: string};

/**
 * Every grammatical way to read `word` as stem + ending, longest ending
 * (shortest stem) first. The word itself is not included.
 */
export function splits(word: string): Split[] {
  const out: Split[] = [];
  for (const {ending, after} of ENDINGS) {
    if (word.length <= ending.length || !word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (fits(after, stem.slice(-1))) out.push({stem, ending});
  }
  return out;
}
