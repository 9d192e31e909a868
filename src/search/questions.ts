/**
 * A beginner's question in plain Korean ("롤백하는 방법", "이미지를 못 받아요",
 * "노드에 파드가 안 올라가요") reduced to what the articles say.
 *
 * - Question words and endings (방법, 어떻게, 하나요, 싶어요, 돼요 …) carry no
 *   topic: they are dropped from the query.
 * - Everyday phrases map to course terms through the glossary: an entry's
 *   "비슷한 말:" line (docs/glossary.md) lists them, and a phrase matches when
 *   each of its words starts a word of the question, once particles and
 *   verb endings are cut from both (못 받아요 ~ 못 받는데, 안 올라가요 ~ 안 올라감).
 * Pure: no DOM, no Pagefind.
 */

/** Words that only ask, or only colour the question (안, 계속): never what the reader is looking for. Phrases are matched before they go. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(
  (
    '방법 방법은 방법이 방법을 방법이요 법 법은 법이 법을 어떻게 어떻게요 어떡해요 어떡하나요 어떻게해요 왜 뭐 뭔가요 뭐예요 뭐에요 뭐죠 무엇 무엇인가요 무엇이 무슨 어디 어디서 언제 ' +
    '하나요 해요 하죠 하는 하려면 하고 하면 할까요 합니까 합니다 했어요 했는데 하는데 해야 하기 할 한 해서 ' +
    '싶어요 싶은데 싶습니다 싶다 싶을 때 경우 ' +
    '돼요 되나요 되요 됩니까 되는 되죠 될까요 안돼요 안되요 안됨 되는지 ' +
    '있나요 있어요 있을까요 있는 없나요 없어요 알려 주세요 알려주세요 궁금해요 궁금합니다 좀 제 내 제가 거 것 수 요 건가요 건지 인가요 이에요 예요 ' +
    '안 못 잘 계속 자꾸 그냥 너무 다시 항상 갑자기 ' +
    'how to what why'
  ).split(' '),
);

/** Endings of a verb or adjective, longest first: what is left is its stem (받아요 → 받, 롤백하는 → 롤백). */
const PREDICATE_ENDINGS = [
  '하고 싶어요', '하려면', '했는데', '하는데', '했어요', '합니다', '하나요', '할까요', '해야', '하는', '하기', '하고', '해요', '하면', '해서', '한다',
  '아지는', '어지는', '아져요', '어져요', '습니다', '는데요', '나요', '아요', '어요', '지요', '는데', '어서', '아서', '으면', '려면', '는지', '지만', '니다',
  '는', '고', '음', '을', '지', '게', '면', '요', '기', '함', '됨', '해',
].map((ending) => ending.replace(/ /g, ''));

/** Particles cut before matching a phrase: 이미지를 → 이미지. */
const PARTICLES = ['에서는', '에서', '으로', '에게', '한테', '까지', '부터', '처럼', '이랑', '랑', '로', '를', '을', '이', '가', '은', '는', '에', '도', '만', '의', '와', '과'];

/** Negations and other one-syllable words a phrase word must equal, not just start. */
const WHOLE_ONLY = new Set(['안', '못', '잘', '왜', '다', '또']);

const HANGUL_WORD = /^[가-힣]+$/;

function cut(word: string, endings: readonly string[]): string {
  const lower = word.toLowerCase();
  if (!HANGUL_WORD.test(lower)) return lower;
  for (const ending of endings) {
    if (lower.length > ending.length && lower.endsWith(ending)) return lower.slice(0, -ending.length);
  }
  return lower;
}

/** A verb or adjective without its ending (받아요 → 받, 롤백하는 → 롤백); other words as they are. */
export function predicateStem(word: string): string {
  return cut(word, PREDICATE_ENDINGS);
}

/** A word without its particle or predicate ending, for phrase matching only (both sides alike). */
export function phraseToken(word: string): string {
  return cut(word, [...PREDICATE_ENDINGS, ...PARTICLES]);
}

export function isQuestionWord(word: string): boolean {
  return QUESTION_WORDS.has(word.toLowerCase());
}

/** "비슷한 말" of a term, split into phrase tokens once (lexicon load). */
export type Phrase = {tokens: string[]; term: string};

export function makePhrases(pairs: readonly (readonly [phrase: string, term: string])[]): Phrase[] {
  return pairs
    .map(([phrase, term]) => ({tokens: phrase.split(/\s+/).filter(Boolean).map(phraseToken), term}))
    .filter((phrase) => phrase.tokens.length > 0)
    .sort((a, b) => b.tokens.length - a.tokens.length);
}

const tokenMatches = (wanted: string, word: string) => (WHOLE_ONLY.has(wanted) || wanted.length < 2 && !HANGUL_WORD.test(wanted) ? word === wanted : word.startsWith(wanted));

export type PhraseMatch = {term: string; indexes: number[]};

/**
 * The course terms the question's words ask for: longest phrases first, each
 * question word used once.
 */
export function matchPhrases(words: readonly string[], phrases: readonly Phrase[]): PhraseMatch[] {
  const tokens = words.map(phraseToken);
  const used = new Set<number>();
  const matches: PhraseMatch[] = [];
  for (const phrase of phrases) {
    const indexes: number[] = [];
    for (const wanted of phrase.tokens) {
      const index = tokens.findIndex((token, at) => !used.has(at) && !indexes.includes(at) && tokenMatches(wanted, token));
      if (index < 0) break;
      indexes.push(index);
    }
    if (indexes.length !== phrase.tokens.length) continue;
    for (const index of indexes) used.add(index);
    matches.push({term: phrase.term, indexes: indexes.sort((a, b) => a - b)});
  }
  return matches;
}
