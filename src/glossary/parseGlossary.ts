/**
 * Reads docs/glossary.md, the course's single source of terms:
 *
 *   ## 워크로드                        ← topic group
 *
 *   ### 파드 (Pod) {#pod}              ← term, English name(s) in parentheses, anchor id
 *
 *   파드는 쿠버네티스가 배포하는 가장 작은 단위입니다.   ← one-sentence definition
 *
 * Pure and dependency-free so the search index (synonyms), the `<Term>`
 * tooltips (src/plugins/glossaryTerms.ts) and the content checker share one
 * reading of the page. readGlossary.ts reads the file (cached) and names it.
 */
import {replaceEnclosed, replaceLinks} from '../security/linearText';

const keep = (text: string) => text;
const drop = () => '';

/** `### 파드 (Pod) {#pod} ##` → level 3 and `파드 (Pod) {#pod}`; null when the line is no heading. */
function heading(line: string): {level: number; text: string} | null {
  const start = HEADING_START.exec(line);
  if (!start) return null;
  // Trailing blanks, then a closing run of #, then blanks again.
  let text = line.slice(start[0].length).trimEnd();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end -= 1;
  text = text.slice(0, end).trim();
  return {level: start[1]!.length, text};
}

/**
 * `파드 (Pod) {#pod}` → the id `pod` and the text before it, like
 * `/\s*\{#([^}\s]+)\}\s*$/` but scanning from the end once: the id is the run
 * of characters other than `}` and blanks before the final `}`, from its first `{#`.
 */
function explicitId(text: string): {id: string; before: string} | null {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith('}')) return null;
  const close = trimmed.length - 1;
  let runStart = close;
  while (runStart > 0 && trimmed[runStart - 1] !== '}' && !/\s/.test(trimmed[runStart - 1]!)) runStart -= 1;
  const open = trimmed.indexOf('{#', runStart);
  if (open === -1 || open + 2 >= close) return null;
  return {id: trimmed.slice(open + 2, close), before: trimmed.slice(0, open)};
}

export type GlossaryEntry = {
  /** Anchor id from `{#id}`; the glossary link is `glossary#<id>`. */
  id: string;
  /** The term as the course writes it, e.g. "파드" or "kubelet". */
  term: string;
  /** Names in the parentheses, e.g. ["Pod"] or ["PersistentVolumeClaim", "PVC"]. */
  aliases: string[];
  /** The h2 topic the entry sits under, or null before the first h2. */
  group: string | null;
  /** The definition paragraph as written (Markdown). */
  definition: string;
  /** The definition as plain text (links, code, emphasis reduced to their text). */
  text: string;
  /**
   * Everyday phrases a reader may type for this term, from a "비슷한 말:" line
   * under the definition ("비슷한 말: 되돌리기, 이전 버전으로"). Search maps them to the term.
   */
  phrases: string[];
  /** 1-based line of the `###` heading in the file. */
  line: number;
};

export type GlossaryProblem = {line: number; message: string};

export type Glossary = {entries: GlossaryEntry[]; problems: GlossaryProblem[]};

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
// `### 파드 (Pod) {#pod}`: the hashes, then at least one blank. The rest is
// trimmed by hand (see `heading`): a pattern like `(.*?)\s*#*\s*$` tries every
// split of a long run of blanks and took minutes on a crafted line.
const HEADING_START = /^\s{0,3}(#{1,6})\s/;
// "파드 (Pod)", "파드(Pod)", also with full-width parentheses.
const TRAILING_PARENS = /^(.*?)\s*[(（]([^()（）]+)[)）]$/;
// "비슷한 말: 되돌리기, 이전 버전으로" (the label may be bold).
const PHRASES_LINE = /^\s*(?:\*\*)?비슷한 말(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*(.*)$/;

/** Markdown inline syntax reduced to its visible text (in linear time: see src/security/linearText.ts). */
export function plainText(markdown: string): string {
  const withoutLinks = replaceLinks(replaceLinks(markdown, '![', keep), '[', keep);
  return replaceEnclosed(withoutLinks, '<', '>', drop, {nonEmpty: true})
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(\*|_)(.+?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits "Job / CronJob" or "PersistentVolumeClaim, PVC" into names. */
function splitNames(text: string): string[] {
  return text
    .split(/\s*[/,，]\s*/)
    .map((name) => name.trim())
    .filter(Boolean);
}

export function parseHeading(raw: string): {term: string; aliases: string[]; id: string | null} {
  let text = raw;
  let id: string | null = null;
  const idMatch = explicitId(text);
  if (idMatch) {
    id = idMatch.id;
    text = idMatch.before;
  }
  text = plainText(text);
  // "레이블 (label) / 셀렉터 (selector)": each name carries its own parentheses.
  const parts = text.split(/\s+\/\s+/);
  if (parts.length > 1 && parts.every((part) => TRAILING_PARENS.test(part))) {
    const parsed = parts.map((part) => parseHeading(part));
    return {term: parsed.map((part) => part.term).join(' / '), aliases: parsed.flatMap((part) => part.aliases), id};
  }
  const parens = TRAILING_PARENS.exec(text);
  if (parens && parens[1]!.trim() !== '') {
    return {term: parens[1]!.trim(), aliases: splitNames(parens[2]!), id};
  }
  return {term: text.trim(), aliases: [], id};
}

export function parseGlossary(source: string): Glossary {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const entries: GlossaryEntry[] = [];
  const problems: GlossaryProblem[] = [];
  let group: string | null = null;
  let fence: string | null = null;
  let start = 0;

  // Frontmatter
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
    if (end > 0) start = end + 1;
  }

  let current: {entry: Omit<GlossaryEntry, 'phrases'>; paragraph: string[]; phrases: string[]; done: boolean} | null = null;
  const finish = () => {
    if (!current) return;
    const definition = current.paragraph.join('\n').trim();
    if (definition === '') {
      problems.push({line: current.entry.line, message: `"${current.entry.term}" 항목에 정의 문장이 없습니다.`});
    }
    entries.push({...current.entry, definition, text: plainText(definition), phrases: current.phrases});
    current = null;
  };

  for (let index = start; index < lines.length; index++) {
    const line = lines[index]!;
    const fenceMatch = FENCE.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length) fence = null;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      if (current) current.done = true;
      continue;
    }

    const found = heading(line);
    if (found) {
      const {level} = found;
      if (level <= 3) finish();
      if (level === 2) {
        group = plainText(explicitId(found.text)?.before ?? found.text);
      } else if (level === 3) {
        const {term, aliases, id} = parseHeading(found.text);
        const lineNumber = index + 1;
        if (!id) problems.push({line: lineNumber, message: `"${term}" 제목에 {#id} 가 없습니다 (예: ### 파드 (Pod) {#pod}).`});
        current = {
          entry: {id: id ?? '', term, aliases, group, definition: '', text: '', line: lineNumber},
          paragraph: [],
          phrases: [],
          done: false,
        };
      } else if (current) {
        current.done = true;
      }
      continue;
    }

    const phrases = current && current.paragraph.length > 0 ? PHRASES_LINE.exec(line) : null;
    if (phrases && current) {
      current.phrases.push(...phrases[1]!.split(/[,，]/).map((phrase) => plainText(phrase)).filter(Boolean));
      current.done = true;
      continue;
    }
    if (!current || current.done) continue;
    if (line.trim() === '') {
      if (current.paragraph.length > 0) current.done = true;
      continue;
    }
    current.paragraph.push(line.trim());
  }
  finish();

  const seen = new Map<string, number>();
  for (const entry of entries) {
    if (!entry.id) continue;
    const first = seen.get(entry.id);
    if (first !== undefined) {
      problems.push({line: entry.line, message: `{#${entry.id}} 가 ${first}번째 줄에서 이미 쓰였습니다.`});
    } else {
      seen.set(entry.id, entry.line);
    }
  }
  return {entries, problems};
}

/**
 * Groups of names that mean the same thing, for search: ["파드", "Pod"],
 * ["잡", "Job"], ["크론잡", "CronJob"] (a heading "잡 / 크론잡 (Job / CronJob)"
 * pairs its names in order), ["퍼시스턴트볼륨클레임", "PersistentVolumeClaim", "PVC"].
 */
export function synonymGroups(entries: readonly GlossaryEntry[]): string[][] {
  const groups: string[][] = [];
  for (const entry of entries) {
    const names = splitNames(entry.term);
    if (names.length > 1 && names.length === entry.aliases.length) {
      names.forEach((name, index) => groups.push([name, entry.aliases[index]!]));
    } else {
      groups.push([...names, ...entry.aliases]);
    }
    // One-word everyday names ("되돌리기" for 롤백) and commands ("rollout undo") are synonyms too;
    // longer Korean phrases are matched apart (src/search/questions.ts).
    const words = entry.phrases.filter((phrase) => !/\s/.test(phrase) || !/[가-힣]/.test(phrase));
    if (words.length > 0) groups[groups.length - 1] = [...groups.at(-1)!, ...words];
  }
  return groups
    .map((group) => [...new Set(group.map((name) => name.trim()).filter(Boolean))])
    .filter((group) => group.length > 1);
}
