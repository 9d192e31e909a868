/**
 * Build-time: learns from the articles which Korean stems are words of this
 * course, so the search box strips "를" from "쿠버네티스를" (쿠버네티스 is a
 * word here) but leaves "정의" and "결과" alone (정, 결 are not).
 */
import {splits} from './koreanEndings';
import {replaceEnclosed} from '../security/linearText';

const HANGUL_WORD = /^[가-힣]+$/;

/** Words of a text: runs of Hangul, Latin letters and digits. */
export function tokenize(text: string): string[] {
  return text.match(/[0-9A-Za-z가-힣]+/g) ?? [];
}

/**
 * Stems seen in at least `minForms` forms (bare, or with different endings:
 * 파드, 파드를, 파드는) across the texts. Two forms keep out accidental
 * stems; a single syllable is too ambiguous to strip down to.
 */
export function learnStems(texts: Iterable<string>, minForms = 2): string[] {
  const forms = new Map<string, Set<string>>();
  const add = (stem: string, ending: string) => {
    let seen = forms.get(stem);
    if (!seen) forms.set(stem, (seen = new Set()));
    seen.add(ending);
  };
  const words = new Set<string>();
  for (const text of texts) for (const word of tokenize(text)) if (HANGUL_WORD.test(word)) words.add(word);
  for (const word of words) {
    add(word, '');
    for (const {stem, ending} of splits(word)) add(stem, ending);
  }
  return [...forms]
    .filter(([stem, endings]) => stem.length >= 2 && endings.size >= minForms)
    .map(([stem]) => stem)
    .sort();
}

/** Markdown reduced to prose for learning words: no frontmatter, tags or link targets (in linear time). */
export function markdownProse(markdown: string): string {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  return replaceEnclosed(replaceEnclosed(body, '](', ')', () => ']'), '<', '>', () => ' ', {nonEmpty: true});
}
