/**
 * Query-side Korean handling for the search box.
 *
 * Pagefind matches the start of words, so "파드" finds "파드를" in the text; but
 * a query word with a particle ("쿠버네티스를") finds only pages with that exact
 * form. This module turns a query into the few queries worth running:
 *
 *   쿠버네티스를     → 쿠버네티스를 · 쿠버네티스
 *   Pod             → Pod · 파드                    (glossary synonyms)
 *   롤링 업데이트를  → 롤링 업데이트를 · 롤링 업데이트 · rolling update
 *
 * A particle is stripped only when the stem is a known word (a glossary term,
 * or a stem the articles use in several forms), so 노드 · 프로브 · 레플리카 ·
 * 결과 · 정의 stay whole. Stems it cannot vouch for are kept as `guesses`, to be
 * tried only when nothing else matched. Pure: no DOM, no Pagefind.
 */
import {ENDINGS, hasHangul, splits} from './koreanEndings';
import {isQuestionWord, makePhrases, matchPhrases, predicateStem, type Phrase} from './questions';

export type LexiconData = {
  /** Known Korean stems (see vocabulary.ts). */
  stems: readonly string[];
  /** Groups of names for one concept, from the glossary: [["파드", "Pod"], …]. */
  synonyms: readonly (readonly string[])[];
  /** Everyday phrases and the term each stands for, from the glossary's "비슷한 말": [["이미지를 못 받아요", "ImagePullBackOff"], …]. */
  phrases: readonly (readonly [string, string])[];
  /** Glossary entries, to suggest when a query finds nothing. */
  terms: readonly GlossaryTermLink[];
};

/** A glossary entry as a suggestion: its id (glossary#id) and every name it goes by. */
export type GlossaryTermLink = {id: string; term: string; names: readonly string[]};

export type Lexicon = {
  stems: ReadonlySet<string>;
  /** Key (lower case, spaces collapsed — also without spaces) → the names of its group. */
  synonyms: ReadonlyMap<string, readonly string[]>;
  phrases: readonly Phrase[];
  terms: readonly GlossaryTermLink[];
};

export type QueryVariant = {
  query: string;
  /** How much a match on this variant counts, 0–1 (the query as typed: 1). */
  weight: number;
  reason: 'original' | 'normalized' | 'synonym' | 'guess' | 'partial';
};

export type ExpandedQuery = {
  /** Run these. */
  variants: QueryVariant[];
  /** The query's terms and their synonyms ("파드", "Pod", "삭제", …): a page titled so ranks higher. */
  terms: string[];
  /** Run these only when the variants find nothing. */
  fallbacks: QueryVariant[];
  /** One part of the question each: run when all parts together find too little. */
  partials: QueryVariant[];
};

const WEIGHT = {original: 1, normalized: 1, synonym: 0.9, guess: 0.8, partial: 0.6} as const;
const MAX_WORDS = 8;
const MAX_PHRASE = 4;
const MAX_VARIANTS = 8;

const keyOf = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
const ENDING_SET = new Set(ENDINGS.map(({ending}) => ending));

/**
 * Everyday words the articles say in more than one way. Terms come from the
 * glossary only; these are the verbs and nouns around them ("파드 삭제" finds
 * the section "파드 지우기").
 */
export const COMMON_SYNONYMS: readonly (readonly string[])[] = [
  ['삭제', '지우기', 'delete'],
  ['생성', '만들기', 'create'],
  ['수정', '편집', 'edit'],
  ['오류', '에러', 'error'],
  ['문제 해결', '트러블슈팅', 'troubleshooting'],
  ['재시작', 'restart'],
  ['설치', 'install'],
];

export function makeLexicon(data: LexiconData): Lexicon {
  const synonyms = new Map<string, string[]>();
  for (const group of [...data.synonyms, ...COMMON_SYNONYMS]) {
    for (const name of group) {
      for (const key of [keyOf(name), keyOf(name).replace(/ /g, '')]) {
        const names = synonyms.get(key) ?? [];
        for (const other of group) if (!names.includes(other)) names.push(other);
        synonyms.set(key, names);
      }
    }
  }
  return {stems: new Set(data.stems.map((stem) => stem.toLowerCase())), synonyms, phrases: makePhrases(data.phrases), terms: data.terms};
}

/** Quotes, brackets and sentence punctuation around a word: `kubectl`, "파드", 파드? */
export function cleanWord(word: string): string {
  return word.replace(/^[`'"“”‘’«»「」『』(\[{<]+/, '').replace(/[`'"“”‘’«»「」『』)\]}>?!,.;:…]+$/, '');
}

export type WordForms = {
  /** The word as typed (without surrounding punctuation). */
  word: string;
  /** The word without its particle, when the stem is known to be a word. */
  stem: string | null;
  /** Grammatical stems that are not known words, longest first. */
  guesses: string[];
};

function isTerm(text: string, lexicon: Lexicon): boolean {
  return lexicon.synonyms.has(keyOf(text));
}

export function isKnownStem(stem: string, lexicon: Lexicon): boolean {
  return isTerm(stem, lexicon) || (stem.length >= 2 && lexicon.stems.has(stem.toLowerCase()));
}

export function normalizeWord(raw: string, lexicon: Lexicon): WordForms {
  const word = cleanWord(raw);
  const none = {word, stem: null, guesses: []};
  if (!hasHangul(word) || isTerm(word, lexicon)) return none;

  // Latin (or digits, symbols) then Hangul: "Pod를", "kubectl로", "v1.31에서".
  const mixed = /^(.*[^가-힣])([가-힣]+)$/.exec(word);
  if (mixed && !hasHangul(mixed[1]!)) {
    const [, head, tail] = mixed;
    const plural = tail!.startsWith('들') ? tail!.slice(1) : tail!;
    return ENDING_SET.has(tail!) || ENDING_SET.has(plural) ? {word, stem: head!, guesses: []} : none;
  }

  const guesses: string[] = [];
  // Longest ending first: "서비스에서는" → 서비스, not 서비스에서.
  for (const {stem} of splits(word)) {
    if (isKnownStem(stem, lexicon)) return {word, stem, guesses: []};
    if (stem.length >= 2 && !guesses.includes(stem)) guesses.push(stem);
  }
  return {word, stem: null, guesses: guesses.reverse()};
}

/** Names that mean the same as `text` (English plurals too: pods → Pod → 파드), without itself. */
export function synonymsOf(text: string, lexicon: Lexicon): string[] {
  const key = keyOf(text);
  let names = lexicon.synonyms.get(key) ?? lexicon.synonyms.get(key.replace(/ /g, ''));
  if (!names && /^[a-z ]+s$/.test(key)) names = lexicon.synonyms.get(key.replace(/e?s$/, '')) ?? lexicon.synonyms.get(key.slice(0, -1));
  return (names ?? []).filter((name) => keyOf(name) !== key);
}

type Unit = {text: string; synonyms: string[]; guess: string | null; size: number};

/** Groups normalized words into glossary phrases ("롤링 업데이트"), longest first. */
function units(forms: WordForms[], lexicon: Lexicon): Unit[] {
  const out: Unit[] = [];
  for (let start = 0; start < forms.length; start += out[out.length - 1]!.size) {
    let unit: Unit | null = null;
    for (let end = Math.min(forms.length, start + MAX_PHRASE); end > start && !unit; end--) {
      const head = forms.slice(start, end - 1).map((form) => form.stem ?? form.word);
      const last = forms[end - 1]!;
      // The last word of a phrase may carry the particle: "롤링 업데이트를".
      for (const candidate of [last.stem ?? last.word, ...last.guesses]) {
        const text = [...head, candidate].join(' ');
        const synonyms = synonymsOf(text, lexicon);
        if (synonyms.length > 0) {
          unit = {text, synonyms, guess: null, size: end - start};
          break;
        }
      }
    }
    const form = forms[start]!;
    out.push(unit ?? {text: form.stem ?? form.word, synonyms: [], guess: form.guesses[0] ?? null, size: 1});
  }
  return out;
}

/**
 * The words worth searching for: everyday phrases replaced by the course's
 * terms (questions.ts), question words dropped, and verbs ("넣고", "받아요",
 * "넘어가요") left out, a noun with 하다 kept as the noun ("롤백하는" → 롤백).
 * A question of verbs only keeps their stems, to find something.
 */
function topicWords(words: string[], lexicon: Lexicon): string[] {
  const matches = matchPhrases(words, lexicon.phrases);
  const termAt = new Map(matches.map((match) => [match.indexes[0]!, match.term]));
  const consumed = new Set(matches.flatMap((match) => match.indexes));
  const topic: string[] = [];
  const verbs: string[] = [];
  words.forEach((word, index) => {
    const term = termAt.get(index);
    if (term) {
      if (!topic.includes(term)) topic.push(term);
      return;
    }
    if (consumed.has(index) || isQuestionWord(word)) return;
    if (!hasHangul(word) || isTerm(word, lexicon) || normalizeWord(word, lexicon).stem) {
      topic.push(word);
      return;
    }
    const stem = predicateStem(word);
    if (stem === word) topic.push(word);
    else if (isNounWithHada(word, stem) && isKnownStem(stem, lexicon)) topic.push(stem);
    else if (isKnownStem(stem, lexicon)) verbs.push(stem);
  });
  return topic.length > 0 ? topic : verbs;
}

/** 롤백하는, 설정해요, 삭제했는데: a noun the course uses, made a verb by 하다. */
const isNounWithHada = (word: string, stem: string) => /^[하해했할한합]/.test(word.slice(stem.length));

export function expandQuery(query: string, lexicon: Lexicon): ExpandedQuery {
  const words = query.split(/\s+/).map(cleanWord).filter(Boolean).slice(0, MAX_WORDS);
  const topic = topicWords(words, lexicon);
  if (words.length === 0) return {variants: [], terms: [], fallbacks: [], partials: []};
  const forms = topic.map((word) => normalizeWord(word, lexicon));
  const parts = units(forms, lexicon);

  const variants: QueryVariant[] = [];
  const seen = new Set<string>();
  const add = (list: QueryVariant[], texts: string[], reason: QueryVariant['reason']) => {
    const text = texts.join(' ');
    const key = keyOf(text);
    if (!key || seen.has(key)) return;
    seen.add(key);
    list.push({query: text, weight: WEIGHT[reason], reason});
  };

  add(variants, words, 'original');
  const normalized = parts.map((part) => part.text);
  add(variants, normalized, 'normalized');
  parts.forEach((part, index) => {
    for (const synonym of part.synonyms.slice(0, 3)) {
      add(variants, normalized.map((text, other) => (other === index ? synonym : text)), 'synonym');
    }
  });
  if (parts.filter((part) => part.synonyms.length > 0).length > 1) {
    add(variants, parts.map((part) => part.synonyms[0] ?? part.text), 'synonym');
  }

  const fallbacks: QueryVariant[] = [];
  if (parts.some((part) => part.guess)) add(fallbacks, parts.map((part) => part.guess ?? part.text), 'guess');
  const partials: QueryVariant[] = [];
  if (parts.length > 1) {
    for (const part of parts) {
      add(partials, [part.text], 'partial');
      if (part.synonyms[0]) add(partials, [part.synonyms[0]], 'partial');
    }
  }
  const terms = [...new Set(parts.flatMap((part) => [part.text, ...part.synonyms]))];
  return {variants: variants.slice(0, MAX_VARIANTS), terms, fallbacks, partials: partials.slice(0, MAX_VARIANTS)};
}

const bigrams = (text: string) => {
  const squashed = text.toLowerCase().replace(/\s+/g, '');
  return new Set(Array.from({length: Math.max(0, squashed.length - 1)}, (_, index) => squashed.slice(index, index + 2)));
};

/**
 * Glossary terms close to a query that found nothing: those sharing the most
 * two-letter pieces with it (컨테이너 이미지 → 이미지, 컨테이너), best first.
 */
export function suggestTerms(query: string, lexicon: Lexicon, limit = 5): GlossaryTermLink[] {
  const words = query.split(/\s+/).map(cleanWord).filter((word) => word && !isQuestionWord(word));
  const wanted = bigrams(words.join(' '));
  const tokens = words.map((word) => predicateStem(word).toLowerCase());
  return lexicon.terms
    .map((entry) => {
      const names = entry.names.map((name) => name.toLowerCase());
      const shared = names.reduce((best, name) => Math.max(best, [...bigrams(name)].filter((pair) => wanted.has(pair)).length), 0);
      const whole = names.some((name) => tokens.some((token) => token.length >= 2 && (name.includes(token) || token.includes(name)))) ? 2 : 0;
      return {entry, score: shared + whole};
    })
    .filter(({score}) => score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({entry}) => entry);
}
