/**
 * The search box's engine, loaded when a reader first opens search: Pagefind's
 * own script from the built site (`<baseUrl>pagefind/pagefind.js`) and the
 * lexicon chunk (glossary synonyms, known stems). Nothing here runs on page load.
 */
import {expandQuery, makeLexicon, suggestTerms, type GlossaryTermLink, type Lexicon, type LexiconData, type QueryVariant} from './normalizeQuery';
import {bestSection, cleanUrl, excerptParts, fuseRuns, sectionBoost, titleBoost, type ExcerptPart, type PagefindFragment} from './rank';

type PagefindResult = {id: string; score: number; data: () => Promise<PagefindFragment>};
type Pagefind = {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string) => Promise<{results: PagefindResult[]} | null>;
  preload?: (term: string) => Promise<void>;
};

export type SearchHit = {
  id: string;
  /** Link to the best-matching section (or the page). */
  url: string;
  pageUrl: string;
  title: string;
  section: string | null;
  excerpt: ExcerptPart[];
  score: number;
};

export type SearchEngine = {
  search: (query: string) => Promise<SearchHit[]>;
  /** Glossary terms close to a query that found nothing. */
  suggest: (query: string) => GlossaryTermLink[];
};

const CANDIDATES = 12;
const SHOWN = 8;
/** Fewer pages than this for the whole question: add the best partial matches. */
const ENOUGH = 3;
/**
 * The glossary names every term and its everyday phrases, so it matches many
 * questions; it defines, the articles answer: it ranks below them.
 */
const GLOSSARY_WEIGHT = 0.5;
const isGlossary = (pageUrl: string) => /\/docs\/glossary$/.test(pageUrl);

async function runAll(pagefind: Pagefind, variants: QueryVariant[]) {
  return Promise.all(
    variants.map(async (variant) => ({
      weight: variant.weight,
      variant,
      results: (await pagefind.search(variant.query))?.results ?? [],
    })),
  );
}

export async function searchWith(pagefind: Pagefind, lexicon: Lexicon, query: string): Promise<SearchHit[]> {
  const {variants, terms, fallbacks, partials} = expandQuery(query, lexicon);
  if (variants.length === 0) return [];
  let runs = await runAll(pagefind, variants);
  let tried = variants;
  if (runs.every((run) => run.results.length === 0) && fallbacks.length > 0) {
    runs = await runAll(pagefind, fallbacks);
    tried = fallbacks;
  }
  // A question's words rarely all stand in one article: its parts, each alone,
  // then rank the pages that match most of them (fuseRuns adds agreement).
  if (fuseRuns(runs).length < ENOUGH && partials.length > 0) {
    runs = [...runs, ...(await runAll(pagefind, partials))];
    tried = [...tried, ...partials];
  }
  const queries = tried.map((variant) => variant.query);
  const candidates = fuseRuns(runs).slice(0, CANDIDATES);
  const hits = await Promise.all(
    candidates.map(async ({id, score, result}): Promise<SearchHit> => {
      const data = await result.data();
      const title = data.meta.title ?? '';
      const section = bestSection(data, terms);
      return {
        id,
        url: section.url,
        pageUrl: cleanUrl(data.url),
        title,
        section: section.title && section.title !== title ? section.title : null,
        excerpt: excerptParts(section.excerpt),
        score: score * titleBoost(title, queries, terms) * sectionBoost(section.title, title, terms) * (isGlossary(cleanUrl(data.url)) ? GLOSSARY_WEIGHT : 1),
      };
    }),
  );
  return hits.sort((a, b) => b.score - a.score).slice(0, SHOWN);
}

let loading: Promise<SearchEngine> | null = null;

/** Loads Pagefind and the lexicon once; later calls share the same engine. */
export function loadSearchEngine(baseUrl: string): Promise<SearchEngine> {
  loading ??= (async () => {
    const [pagefind, lexicon] = await Promise.all([
      import(/* webpackIgnore: true */ `${baseUrl}pagefind/pagefind.js`) as Promise<Pagefind>,
      import('@generated/k8s-search/default/lexicon.json') as Promise<{default: LexiconData}>,
    ]);
    await pagefind.options({baseUrl, excerptLength: 24});
    await pagefind.init();
    const ready = makeLexicon(lexicon.default);
    return {search: (query: string) => searchWith(pagefind, ready, query), suggest: (query: string) => suggestTerms(query, ready)};
  })();
  loading.catch(() => {
    loading = null; // let the reader try again
  });
  return loading;
}
