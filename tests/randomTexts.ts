/** Short random strings over the characters that matter, from a fixed seed (the same every run), for comparing a rewrite with the pattern it replaces. */
export function randomTexts(alphabet: readonly string[], count: number, maxLength = 16, seed = 12): string[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({length: count}, () =>
    Array.from({length: Math.floor(next() * maxLength)}, () => alphabet[Math.floor(next() * alphabet.length)]).join(''),
  );
}
