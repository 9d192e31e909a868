/** Edit distance (insertions, deletions, substitutions) between two strings. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Longest word (anchor, field name, term id) a typo guess is made for. */
export const MAX_GUESSED_LENGTH = 100;

/**
 * The candidate a typo most likely meant, or undefined when nothing is close:
 * at most a third of the word may differ (and at least 2 edits are allowed).
 * Case is ignored when measuring, so `pod` finds `Pod`.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  // The edit distance takes time in the product of the two lengths, and an
  // article can hold thousands of characters long anchors and links: guesses
  // are only made for words of a typo's size, so every comparison is bounded.
  if (word.length > MAX_GUESSED_LENGTH) return undefined;
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word || Math.abs(candidate.length - word.length) > limit) continue;
    const distance = levenshtein(word.toLowerCase(), candidate.toLowerCase());
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** ` (혹시 restartPolicy?)`, or an empty string when there is no good guess. */
export function didYouMean(word: string, candidates: Iterable<string>, format: (s: string) => string = (s) => s): string {
  const guess = closest(word, candidates);
  return guess === undefined ? '' : ` (혹시 ${format(guess)}?)`;
}
