import type {Root} from 'mdast';
import type {Document, LineCounter} from 'yaml';
import type {FrontMatterProblem} from '../security/frontMatter';
import type {SizeProblem} from '../security/contentSize';
import type {UnsafeFinding} from './rules/unsafeContent';

export type Severity = 'error' | 'warning';

/** One finding, in the coordinates of the article as its author wrote it (1-based). */
export interface Problem {
  /** Site-relative path with forward slashes, e.g. `docs/04-workloads/pod.md`. */
  file: string;
  line: number;
  column: number;
  severity: Severity;
  /** Name of the rule that found it (file name in `rules/`). */
  rule: string;
  /** Korean, for a first-time contributor: what is wrong and how to fix it. */
  message: string;
}

/** A problem before the runner adds the file name (a rule may name another file, e.g. a `_category_.json`). */
export type Finding = Omit<Problem, 'file' | 'rule'> & {file?: string};

export interface Position {
  line: number;
  column: number;
}

export interface FrontMatter {
  /** Line of the first YAML line (the one after `---`); undefined without frontmatter. */
  firstLine?: number;
  /** The parsed YAML document, with ranges for every key. */
  document?: Document.Parsed;
  lineCounter?: LineCounter;
  /** Plain data; empty when there is no frontmatter or it does not parse. */
  data: Record<string, unknown>;
  /** What stops the build too (src/security/frontMatter.ts): not YAML, a fence with a language, a dangerous field. */
  problems: FrontMatterProblem[];
}

export interface MdxSyntaxError {
  line: number;
  column: number;
  reason: string;
  ruleId?: string;
  source?: string;
}

/** One article, parsed once; every rule reads this. */
export interface Article {
  /** Absolute path. */
  filePath: string;
  /** Site-relative path with forward slashes. */
  file: string;
  /** The text as the author wrote it (empty when it is over the size limits). */
  source: string;
  /** Why the article is too big to be read (src/security/contentSize.ts); empty when it is not. */
  oversized: SizeProblem[];
  /** `source` split into lines (index 0 is line 1). */
  sourceLines: string[];
  /** The text after the site's preprocessing (same lines, columns may shift). */
  processed: string;
  /** The MDX tree; undefined when the article is not valid MDX (see `syntaxError`). */
  tree?: Root;
  syntaxError?: MdxSyntaxError;
  frontMatter: FrontMatter;
  /** What could run code or load another site's files (rules/unsafeContent.ts), before and after the site's transforms. */
  unsafe: UnsafeFinding[];
  /** Docusaurus doc id, e.g. `workloads/pod`. */
  id: string;
  /** URL path, e.g. `/docs/workloads/pod`. */
  permalink: string;
  /** Maps a position in `processed` back to the author's text. */
  toSource(position: Position | undefined): Position;
  /** Heading anchors (and other element ids) the page will have. */
  anchors(): Set<string>;
}

export interface SiteOptions {
  /** Folder that holds `docs/` and `static/`. */
  siteDir: string;
  /** Docs folder, relative to siteDir. */
  docsDir?: string;
  /** Static folders, relative to siteDir. */
  staticDirs?: string[];
  /** Where docs are served, as in the docs plugin's `routeBasePath`. */
  routeBasePath?: string;
  /** Images larger than this many bytes are errors. */
  imageBudgetBytes?: number;
}

export interface Site {
  siteDir: string;
  docsDir: string;
  staticDirs: string[];
  routeBasePath: string;
  imageBudgetBytes: number;
  articles: Article[];
  byFilePath: Map<string, Article>;
  byPermalink: Map<string, Article>;
  byId: Map<string, Article>;
}

export interface Rule {
  name: string;
  check(article: Article, site: Site): Finding[] | Promise<Finding[]>;
}

/** A problem a site rule found, naming its own file. */
export type SiteFinding = Omit<Problem, 'rule'>;

/** A rule about the site's files as a whole (not one article), run once per check. */
export interface SiteRule {
  name: string;
  check(site: Site): SiteFinding[] | Promise<SiteFinding[]>;
}
