/**
 * Hangul → Latin letters for a URL slug, after the Revised Romanization of
 * Korean, syllable by syllable (no sound-change rules: "파드 기초" →
 * "padeu-gicho"). Good enough for a slug; `npm run import -- --slug` picks
 * another.
 */
const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const VOWELS = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
const FINALS = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];

const FIRST_SYLLABLE = 0xac00;
const LAST_SYLLABLE = 0xd7a3;

export function romanize(text: string): string {
  let out = '';
  let afterFinalL = false;
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0)!;
    if (code < FIRST_SYLLABLE || code > LAST_SYLLABLE) {
      out += char;
      afterFinalL = false;
      continue;
    }
    const index = code - FIRST_SYLLABLE;
    const initial = Math.floor(index / (21 * 28));
    const vowel = Math.floor((index % (21 * 28)) / 28);
    const final = index % 28;
    // ㄹㄹ is written ll (롤링 → rolling).
    out += (initial === 5 && afterFinalL ? 'l' : INITIALS[initial]!) + VOWELS[vowel]! + FINALS[final]!;
    afterFinalL = final === 8;
  }
  return out;
}

/** `파드 기초` → `padeu-gicho`; empty when nothing Latin is left. */
export function slugify(name: string): string {
  return romanize(name)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
