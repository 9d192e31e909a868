import type {Nodes, Parents, Root, Text} from 'mdast';
import type {Point, Position} from 'unist';
import type {VFile} from 'vfile';
import {location} from 'vfile-location';

/**
 * Helpers shared by the Obsidian plugins. Obsidian's own syntax (`[[…]]`,
 * `![[…]]`, `==…==`, `%%…%%`) is plain text to CommonMark and MDX, so the
 * plugins find it in `text` nodes after parsing. Code (fenced and inline) is
 * never a `text` node, so it is never rewritten; `$…$` and `$$…$$` math is
 * text without remark-math, so its spans are skipped explicitly.
 */

/** Nodes whose text is never Obsidian syntax. */
const OPAQUE = new Set(['code', 'inlineCode', 'yaml', 'html', 'math', 'inlineMath', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

export function isOpaque(node: Nodes): boolean {
  return OPAQUE.has(node.type);
}

const isBlank = (char: string | undefined) => char !== undefined && /\s/.test(char);
const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';
// What `.` does not match: a backslash before one of these escapes nothing.
const LINE_END = new Set(['\n', '\r', '\u2028', '\u2029']);

/**
 * `[start, end)` ranges of `$$…$$` and `$…$` math in a text value: the
 * matches of `/\$\$[\s\S]+?\$\$|\$(?=\S)(?:[^$\n\\]|\\.)*?(?<=\S)\$(?!\d)/g`,
 * found in one pass. That pattern, tried again from every `$`, rescanned the
 * rest of the line each time (`$` and 100,000 `\$` took half a minute).
 * Here a failed inline scan is not repeated: every `$` it passed over was
 * escaped, and a scan starting there would meet the same end.
 */
export function mathRanges(value: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  // Every `$$` position, for the first alternative's closing `$$` (found by a moving pointer).
  const doubles: number[] = [];
  for (let i = value.indexOf('$$'); i !== -1; i = value.indexOf('$$', i + 1)) doubles.push(i);
  let nextDouble = 0;
  const displayEnd = (start: number): number => {
    if (value[start + 1] !== '$') return -1;
    while (nextDouble < doubles.length && doubles[nextDouble]! < start + 3) nextDouble += 1;
    return nextDouble < doubles.length ? doubles[nextDouble]! + 2 : -1;
  };
  /** End of `$…$` from `start`, or the negated index where the scan stopped. */
  const inlineEnd = (start: number): number => {
    if (start + 1 >= value.length || isBlank(value[start + 1])) return -(start + 1);
    let i = start + 1;
    for (;;) {
      const char = value[i];
      if (char === undefined || char === '\n') return -i; // `[^$\n\\]` stops only at a line feed
      if (char === '$') return !isBlank(value[i - 1]) && !isDigit(value[i + 1]) ? i + 1 : -i;
      if (char === '\\') {
        if (i + 1 >= value.length || LINE_END.has(value[i + 1]!)) return -i;
        i += 2;
      } else {
        i += 1;
      }
    }
  };
  let at = value.indexOf('$');
  while (at !== -1) {
    const display = displayEnd(at);
    if (display !== -1) {
      ranges.push([at, display]);
      at = value.indexOf('$', display);
      continue;
    }
    const inline = inlineEnd(at);
    if (inline > 0) {
      ranges.push([at, inline]);
      at = value.indexOf('$', inline);
      continue;
    }
    // Each `$` the failed scan passed over may still open `$$…$$`, never `$…$`.
    const stop = -inline;
    let next = value.indexOf('$', at + 1);
    while (next !== -1 && next < stop && displayEnd(next) === -1) next = value.indexOf('$', next + 1);
    if (next !== -1 && next < stop) {
      const end = displayEnd(next);
      ranges.push([next, end]);
      at = value.indexOf('$', end);
    } else {
      at = next === -1 ? -1 : value.indexOf('$', stop);
    }
  }
  return ranges;
}

export function inRanges(ranges: Array<[number, number]>, index: number): boolean {
  return ranges.some(([start, end]) => index >= start && index < end);
}

/** Every `pattern` match in `value` that does not start inside math. */
export function matchesOutsideMath(value: string, pattern: RegExp): RegExpExecArray[] {
  const math = mathRanges(value);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(value); match; match = pattern.exec(value)) {
    if (!inRanges(math, match.index)) found.push(match);
    if (match[0].length === 0) pattern.lastIndex += 1;
  }
  return found;
}

/** Calls `fn` for every parent, children before their parent, skipping code and other opaque nodes. */
export function eachParentBottomUp(node: Parents, fn: (parent: Parents) => void): void {
  for (const child of node.children) {
    if ('children' in child && !isOpaque(child)) eachParentBottomUp(child, fn);
  }
  fn(node);
}

// The index of the last source text asked about (plugins ask many times per file).
let lastSource: string | undefined;
let lastPlace: ReturnType<typeof location> | undefined;

function pointAtOffset(source: string, offset: number): Point {
  if (source !== lastSource || !lastPlace) {
    lastSource = source;
    lastPlace = location(source);
  }
  return lastPlace.toPoint(offset) ?? lastPlace.toPoint(source.length)!;
}

/**
 * Where character `index` of a text node's value is in the source. The value
 * drops blockquote markers, indentation and escapes, so the characters are
 * matched against the source one by one; without the source (or when they do
 * not match) the position is counted from the node's start.
 */
export function pointIn(node: Text, index: number, source?: string): Point | undefined {
  const start = node.position?.start;
  if (!start) return undefined;
  const end = node.position?.end.offset;
  if (source !== undefined && start.offset !== undefined && end !== undefined) {
    let at = start.offset;
    let aligned = true;
    for (let i = 0; i <= index && i < node.value.length; i += 1) {
      const found = source.indexOf(node.value[i]!, i === 0 ? at : at + 1);
      if (found === -1 || found >= end) {
        aligned = false;
        break;
      }
      at = found;
    }
    if (aligned) return pointAtOffset(source, index >= node.value.length ? end : at);
  }
  const before = node.value.slice(0, index);
  const newlines = before.split('\n').length - 1;
  const column = newlines === 0 ? start.column + index : index - before.lastIndexOf('\n');
  return {line: start.line + newlines, column};
}

/** The position of `value.slice(from, to)` of a text node. */
export function positionIn(node: Text, from: number, to: number, source?: string): Position | undefined {
  const start = pointIn(node, from, source);
  const end = pointIn(node, to, source);
  return start && end ? {start, end} : undefined;
}

/** A piece of a text node, positioned in the source. */
export function sliceText(node: Text, from: number, to: number, source?: string): Text {
  const position = positionIn(node, from, to, source);
  return position ? {type: 'text', value: node.value.slice(from, to), position} : {type: 'text', value: node.value.slice(from, to)};
}

/** The text the tree was parsed from, when the plugin runs with a file. */
export function sourceOf(file: VFile | undefined): string | undefined {
  const value = file?.value;
  if (typeof value === 'string') return value;
  return value ? new TextDecoder().decode(value) : undefined;
}

/** A problem a syntax plugin found; `npm run check` reports it (rules/obsidian.ts), the build warns. */
export interface ObsidianProblem {
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
}

interface RootData {
  obsidianProblems?: ObsidianProblem[];
}

export function reportProblem(tree: Root, problem: ObsidianProblem): void {
  const data = (tree.data ??= {}) as RootData;
  (data.obsidianProblems ??= []).push(problem);
}

export function problemsOf(tree: Root): ObsidianProblem[] {
  return ((tree.data ?? {}) as RootData).obsidianProblems ?? [];
}
