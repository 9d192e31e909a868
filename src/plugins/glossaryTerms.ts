import path from 'node:path';
import type {Root} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import type {GlossaryEntry} from '../glossary/parseGlossary';
import {GLOSSARY_FILE, readGlossary} from '../glossary/readGlossary';
import {closest} from '../content-check/closest';
import {fileLabel} from './fileLabel';
import {locatedMessage} from '../security/logText';

/**
 * Glossary tooltips: an article writes `<Term id="pod">파드</Term>` and the
 * reader sees the glossary's definition on hover, focus or tap.
 *
 * This remark plugin resolves every `<Term id>` against docs/glossary.md at
 * build time and hands the entry to the component as props (term, english,
 * definition, href). Each page so carries only the definitions it uses; no
 * glossary JSON ships with every page. An unknown id stops the build with the
 * article, line and column, and the closest id the author probably meant.
 *
 * The content checker reuses `findUnknownTerms` to report the same problem
 * without building the site.
 */

export type GlossaryTermsOptions = {
  /** Folder holding docs/ (error messages give paths relative to it). Default: the current folder. */
  siteDir?: string;
  /** The glossary, relative to siteDir. Default: docs/glossary.md. */
  glossaryFile?: string;
  /** Route of the glossary page, without baseUrl (Link adds it). Default: /docs/glossary. */
  glossaryUrl?: string;
};

export type UnknownTerm = {
  /** The id as written; empty when `<Term>` has no literal id. */
  id: string;
  /** 1-based, in the coordinates of the text the tree was parsed from. */
  line: number;
  column: number;
  /** Korean, without the file prefix. */
  message: string;
  /** The glossary id the author most likely meant. */
  suggestion?: string;
};

type TermElement = MdxJsxTextElement | MdxJsxFlowElement;

const TERM_PROPS = ['term', 'english', 'definition', 'href'];

function isTerm(node: {type: string; name?: string | null}): node is TermElement {
  return (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Term';
}

function literalId(node: TermElement): string | null {
  const attribute = node.attributes.find((attr): attr is MdxJsxAttribute => attr.type === 'mdxJsxAttribute' && attr.name === 'id');
  return typeof attribute?.value === 'string' ? attribute.value.trim() : null;
}

/** The id an unknown `id` most likely meant: a term or English name written as the id, or a near spelling. */
export function suggestTermId(id: string, entries: readonly GlossaryEntry[]): string | undefined {
  const wanted = id.trim().toLowerCase();
  const byName = entries.find(
    (entry) => entry.term.toLowerCase() === wanted || entry.aliases.some((alias) => alias.toLowerCase() === wanted),
  );
  if (byName) return byName.id;
  return closest(id, entries.map((entry) => entry.id).filter(Boolean));
}

function unknownMessage(id: string, entries: readonly GlossaryEntry[], glossaryFile: string): {message: string; suggestion?: string} {
  if (id === '') {
    return {message: `<Term> 에 id="…" 가 없습니다. 용어집(${glossaryFile})의 id 를 적어 주세요 (예: <Term id="pod">파드</Term>).`};
  }
  const suggestion = suggestTermId(id, entries);
  const head = `알 수 없는 용어 id "${id}" 입니다. 용어집(${glossaryFile})에 있는 id: `;
  if (suggestion) {
    const entry = entries.find((candidate) => candidate.id === suggestion)!;
    return {message: `${head}"${suggestion}"(${entry.term})를 쓰려던 것인가요?`, suggestion};
  }
  const ids = entries.map((entry) => entry.id).filter(Boolean);
  return {message: `${head}${ids.join(', ')}. 새 용어라면 용어집에 "### 용어 (English) {#id}" 항목을 먼저 추가하세요.`};
}

/**
 * Every `<Term>` whose id is missing or not in the glossary, with its position
 * in the tree. For the content checker (src/content-check): map the position
 * back with `article.toSource(...)` and report `message`.
 */
export function findUnknownTerms(
  tree: Root,
  entries: readonly GlossaryEntry[],
  glossaryFile: string = GLOSSARY_FILE,
): UnknownTerm[] {
  const known = new Set(entries.map((entry) => entry.id).filter(Boolean));
  const unknown: UnknownTerm[] = [];
  visit(tree, (node) => {
    if (!isTerm(node)) return;
    const id = literalId(node) ?? '';
    if (id !== '' && known.has(id)) return;
    const start = node.position?.start;
    unknown.push({id, line: start?.line ?? 1, column: start?.column ?? 1, ...unknownMessage(id, entries, glossaryFile)});
  });
  return unknown;
}

const withIds = new WeakMap<object, GlossaryEntry[]>();

/** The glossary's entries that have an id, read again only when the file changes (so `npm start` picks up edits). */
export function readGlossaryEntries(file: string): GlossaryEntry[] {
  const glossary = readGlossary(file);
  let entries = withIds.get(glossary);
  if (!entries) {
    entries = glossary.entries.filter((entry) => entry.id !== '');
    withIds.set(glossary, entries);
  }
  return entries;
}

function setProps(node: TermElement, props: Record<string, string>): void {
  node.attributes = node.attributes.filter((attr) => !(attr.type === 'mdxJsxAttribute' && TERM_PROPS.includes(attr.name)));
  for (const [name, value] of Object.entries(props)) node.attributes.push({type: 'mdxJsxAttribute', name, value});
}

export default function glossaryTerms(options: GlossaryTermsOptions = {}) {
  const siteDir = options.siteDir ?? process.cwd();
  const glossaryFile = options.glossaryFile ?? GLOSSARY_FILE;
  const glossaryUrl = (options.glossaryUrl ?? '/docs/glossary').replace(/\/$/, '');

  return (tree: Root, file: VFile) => {
    const terms: TermElement[] = [];
    visit(tree, (node) => {
      if (isTerm(node)) terms.push(node);
    });
    if (terms.length === 0) return;

    const entries = readGlossaryEntries(path.resolve(siteDir, glossaryFile));
    const where = fileLabel(file, siteDir);
    const unknown = findUnknownTerms(tree, entries, glossaryFile);
    if (unknown.length > 0) {
      throw new Error(unknown.map((problem) => locatedMessage(where, problem.line, problem.column, problem.message)).join('\n'));
    }

    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    for (const node of terms) {
      const entry = byId.get(literalId(node)!)!;
      setProps(node, {
        term: entry.term,
        english: entry.aliases.join(', '),
        definition: entry.text,
        href: `${glossaryUrl}#${entry.id}`,
      });
    }
  };
}
