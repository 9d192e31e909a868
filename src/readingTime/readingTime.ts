/**
 * Reading time of a Korean article, computed at build time from its Markdown.
 *
 * Rates:
 * - Hangul: 202.3 words (어절) per minute read silently, with 18.9 syllables
 *   in 6.5 words per sentence (≈ 2.9 syllables a word), so ≈ 588 syllables a
 *   minute. Song J, Kim J, Hyung S. "Validity of Korean Version Reading Speed
 *   Application and Measurement of Reading Speed: Pilot Study". J Korean
 *   Ophthalmol Soc 2016;57(4):642–649. doi:10.3341/jkos.2016.57.4.642
 * - Latin-script words (kubectl, Deployment, 1.37): 238 words per minute,
 *   silent reading of non-fiction. Brysbaert M. "How many words do we read
 *   per minute? A review and meta-analysis of reading rate". Journal of
 *   Memory and Language 2019;109:104047. doi:10.1016/j.jml.2019.104047
 * - Code blocks count at a quarter: commands are copied and outputs skimmed
 *   (matched against the "출력" shown), not read word by word.
 */
export const HANGUL_SYLLABLES_PER_MINUTE = (202.3 * 18.9) / 6.5;
export const LATIN_WORDS_PER_MINUTE = 238;
export const CODE_WEIGHT = 0.25;

export type TextCounts = {hangulSyllables: number; latinWords: number; codeWords: number};

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;
// A fence line opens or closes a code block: ``` or ~~~, indented or quoted by > in a callout.
const FENCE_LINE = /^[ \t>]*(`{3,}|~{3,})/;
// What the reader does not read as text: images, link targets, HTML/JSX tags and comments.
// No part can run past the next bracket of its kind, so the scan stays linear on any input.
const NOT_READ = /!\[[^[\]\n]*\]\([^()\n]*\)|\]\([^()\n]*\)|<[!/]?[A-Za-z-][^<>\n]*>/g;
const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]/g;
const LATIN_WORD = /[A-Za-z0-9]+(?:[.'_/-][A-Za-z0-9]+)*/g;
const CODE_WORD = /\S+/g;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** Hangul syllables and Latin-script words of the prose, and words inside code blocks. */
export function countText(markdown: string): TextCounts {
  const counts: TextCounts = {hangulSyllables: 0, latinWords: 0, codeWords: 0};
  let openFence: string | undefined;
  for (const line of markdown.replace(FRONT_MATTER, '').split('\n')) {
    const fence = FENCE_LINE.exec(line)?.[1];
    if (openFence) {
      if (fence && fence[0] === openFence[0] && fence.length >= openFence.length) openFence = undefined;
      else counts.codeWords += count(line, CODE_WORD);
      continue;
    }
    if (fence) {
      openFence = fence;
      continue;
    }
    const text = line.replace(NOT_READ, ' ');
    counts.hangulSyllables += count(text, HANGUL_SYLLABLE);
    counts.latinWords += count(text, LATIN_WORD);
  }
  return counts;
}

/** Whole minutes, at least 1. */
export function readingMinutes(markdown: string): number {
  const {hangulSyllables, latinWords, codeWords} = countText(markdown);
  const minutes = hangulSyllables / HANGUL_SYLLABLES_PER_MINUTE + (latinWords + codeWords * CODE_WEIGHT) / LATIN_WORDS_PER_MINUTE;
  return Math.max(1, Math.round(minutes));
}

/** "약 7분" — the label beside an article or a chapter. */
export function readingTimeLabel(minutes: number): string {
  if (minutes < 60) return `약 ${minutes}분`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `약 ${hours}시간 ${rest}분` : `약 ${hours}시간`;
}
