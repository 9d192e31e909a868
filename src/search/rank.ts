/**
 * Merging the results of several Pagefind queries (the query as typed, without
 * particles, with synonyms) into one ranked list. Pure.
 */

/** Pagefind's result data, the parts the search box reads. */
export type PagefindAnchor = {element: string; id: string; text?: string; location: number};
export type PagefindWordLocation = {weight: number; balanced_score: number; location: number};
export type PagefindSubResult = {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  weighted_locations?: PagefindWordLocation[];
  anchor?: PagefindAnchor;
};
export type PagefindFragment = {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
};

export type Scored<T> = {id: string; score: number; result: T};

/** How much the other queries that found a page add to its best one. */
export const AGREEMENT = 0.3;

/**
 * One entry per page. Each query's scores are scaled to its best result (an
 * exact word scores far above a prefix match, so "쿠버네티스를" and "쿠버네티스"
 * are not comparable as they come) and weighted. A page counts its best query
 * in full and the others it matched a little (파드 and Pod agree), so pages
 * that only match loosely in many variants do not outrank the page that
 * matches the query as typed. The result kept is the one from the best query,
 * for its excerpt.
 */
export function fuseRuns<T extends {id: string; score: number}>(runs: {weight: number; results: readonly T[]}[]): Scored<T>[] {
  const fused = new Map<string, Scored<T> & {best: number}>();
  for (const {weight, results} of runs) {
    const top = Math.max(0, ...results.map((result) => result.score));
    if (top <= 0) continue;
    for (const result of results) {
      const part = (result.score / top) * weight;
      const seen = fused.get(result.id);
      if (!seen) {
        fused.set(result.id, {id: result.id, score: part, result, best: part});
      } else {
        seen.score += part;
        if (part > seen.best) Object.assign(seen, {best: part, result});
      }
    }
  }
  return [...fused.values()]
    .map(({id, score, result, best}) => ({id, score: best + AGREEMENT * (score - best), result}))
    .sort((a, b) => b.score - a.score);
}

const squash = (text: string) => text.toLowerCase().replace(/[\s\-_/·()]+/g, '');

/**
 * A page titled what was searched for ("컨피그맵" → 컨피그맵) ranks above pages
 * that only mention it; one titled by a term of a longer query ("파드 삭제" →
 * 파드) or whose title contains the query, a little above.
 */
export function titleBoost(title: string | undefined, queries: readonly string[], terms: readonly string[] = []): number {
  if (!title) return 1;
  const wanted = squash(title);
  const query = queries.map(squash).filter((text) => text.length > 0);
  const term = terms.map(squash).filter((text) => text.length > 0);
  if (query.includes(wanted)) return 2;
  if (term.includes(wanted)) return 1.5;
  if (query.some((text) => text.length >= 2 && wanted.includes(text))) return 1.3;
  if (term.some((text) => text.length >= 2 && wanted.includes(text))) return 1.15;
  return 1;
}

/** GitHub Pages and `docusaurus serve` answer /docs/pod for /docs/pod.html; the site links without it. */
export function cleanUrl(url: string): string {
  return url.replace(/\.html(?=$|[#?])/, '');
}

export type Section = {title: string | null; url: string; excerpt: string};

/** Terms of the query that say more than the page title: "port-forward" on the page 서비스, not "서비스". */
function telling(terms: readonly string[], pageTitle: string): string[] {
  const title = squash(pageTitle);
  return terms.map(squash).filter((term) => term.length >= 2 && !title.includes(term));
}

/**
 * The part of the page that matched best: its heading (none for the text above
 * the first heading), link and excerpt. A section whose heading names a term
 * of the query the page title does not ("kubectl port-forward로 …" for
 * "서비스 port-forward") counts three times; one titled exactly by such a term wins.
 */
export function bestSection(fragment: PagefindFragment, terms: readonly string[] = []): Section {
  const wanted = telling(terms, fragment.meta.title ?? '');
  const named = (sub: PagefindSubResult) => wanted.some((term) => squash(sub.title).includes(term));
  // A heading followed at once by a subheading has an excerpt of just its own words: it counts half.
  const weigh = (sub: PagefindSubResult) =>
    (sub.weighted_locations?.reduce((sum, location) => sum + location.balanced_score, 0) ?? sub.locations.length) *
    (sub.excerpt.replace(/<[^>]*>/g, '').length < 40 ? 0.5 : 1) *
    (named(sub) ? 3 : 1);
  // The part above the first heading is mostly the title: a section under a heading tells more.
  const subs = fragment.sub_results ?? [];
  const under = subs.filter((sub) => sub.anchor);
  // A section titled exactly what was asked ("## Pending") is the answer, however short.
  const titled = under.filter((sub) => wanted.includes(squash(sub.title)));
  let best: PagefindSubResult | undefined;
  for (const sub of titled.length > 0 ? titled : under.length > 0 ? under : subs) if (!best || weigh(sub) > weigh(best)) best = sub;
  if (!best) return {title: null, url: cleanUrl(fragment.url), excerpt: fragment.excerpt};
  return {title: best.anchor ? best.title : null, url: cleanUrl(best.url), excerpt: best.excerpt};
}

/**
 * A page whose best section is headed by a term of the query ("## Pending" for
 * "파드가 Pending에서 안 넘어가요") answers it more directly than pages that
 * only mention the term: ×1.5, or ×1.15 when the heading contains it.
 */
export function sectionBoost(section: string | null, pageTitle: string, terms: readonly string[]): number {
  if (!section) return 1;
  const heading = squash(section);
  const wanted = telling(terms, pageTitle);
  if (wanted.includes(heading)) return 1.5;
  if (wanted.some((term) => heading.includes(term))) return 1.15;
  return 1;
}

export type ExcerptPart = {text: string; mark: boolean};

const ENTITIES: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' '};

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/** Pagefind's excerpt (escaped text with <mark>) as parts to render without innerHTML. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) mark = true;
    else if (/^<\/mark>$/i.test(piece)) mark = false;
    else if (piece) parts.push({text: decode(piece.replace(/<[^>]*>/g, '')), mark});
  }
  return parts;
}
