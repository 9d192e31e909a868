/**
 * Markdown preprocessor: authors paste Obsidian image paths such as
 * `![그림](/img/이미지 창고/Pasted image.png)`. CommonMark forbids spaces in a
 * bare link destination, so such a line would render as literal text. Wrapping
 * the destination in `<…>` is the CommonMark way to allow spaces; it keeps every
 * line where it was, so parser positions still point at the author's line.
 *
 * This has to run before parsing (the parser never sees a link otherwise), so it
 * works on text, skipping fenced code blocks and inline code spans.
 */

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * `url "title"` → the URL and the title, like `/^(.*?)\s+("[^"]*"|'[^']*')$/`
 * but found from the end: that pattern tried every split of a long run of
 * blanks (a link with 200,000 spaces took a minute).
 */
function splitTitle(destination: string): [string, string | undefined] {
  const quote = destination.at(-1);
  if (destination.length < 2 || (quote !== '"' && quote !== "'")) return [destination, undefined];
  const open = destination.lastIndexOf(quote, destination.length - 2);
  if (open < 1 || !/\s/.test(destination[open - 1]!)) return [destination, undefined];
  return [destination.slice(0, open).trimEnd(), destination.slice(open)];
}

function wrapDestination(raw: string): string {
  const trimmed = raw.trim();
  if (!/\s/.test(trimmed)) return raw;
  const [url, title] = splitTitle(trimmed);
  if (!/\s/.test(url)) return raw; // only the title had spaces
  return title ? `<${url}> ${title}` : `<${url}>`;
}

/** Index of the `]` closing a label that starts at `from` (`\]` and other escapes skipped), or -1. */
function labelEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i += 1) {
    if (text[i] === ']') return i;
    if (text[i] === '\\') i += 1;
  }
  return -1;
}

const NOT_IN_DESTINATION = new Set(['(', ')', '<', '>', '\n']);

/**
 * Rewrites `[text](dest)` and `![alt](dest)` whose dest has no angle
 * brackets, parentheses or newline, as
 * `/(!?\[(?:[^\]\\]|\\.)*\])\(([^()<>\n]*?)\)/g` would, in one pass: every
 * opening `[` before a label's `]` shares that `]`, and every destination
 * starting inside a scanned one stops where it stopped.
 */
function rewriteProse(text: string): string {
  let out = '';
  let copied = 0;
  let scannedTo = -1; // destinations starting at or before this end here (and failed)
  for (let at = text.indexOf('['); at !== -1; ) {
    const close = labelEnd(text, at + 1);
    if (close === -1) break;
    if (text[close + 1] === '(') {
      let end = close + 2;
      if (end <= scannedTo) end = scannedTo;
      else while (end < text.length && !NOT_IN_DESTINATION.has(text[end]!)) end += 1;
      if (text[end] === ')') {
        out += `${text.slice(copied, close + 1)}(${wrapDestination(text.slice(close + 2, end))})`;
        copied = end + 1;
        at = text.indexOf('[', copied);
        continue;
      }
      scannedTo = end;
    }
    at = text.indexOf('[', close + 1);
  }
  return out + text.slice(copied);
}

/** Rewrites one line, leaving `code spans` untouched. */
function rewriteLine(line: string): string {
  let out = '';
  let rest = line;
  for (;;) {
    const open = /`+/.exec(rest);
    if (!open) return out + rewriteProse(rest);
    const closeAt = rest.indexOf(open[0], open.index + open[0].length);
    if (closeAt === -1) return out + rewriteProse(rest);
    out += rewriteProse(rest.slice(0, open.index)) + rest.slice(open.index, closeAt + open[0].length);
    rest = rest.slice(closeAt + open[0].length);
  }
}

export function wrapSpacedUrls(markdown: string): string {
  let fence: string | undefined;
  return markdown
    .split('\n')
    .map((line) => {
      const marker = FENCE.exec(line)?.[1];
      if (fence) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
        return line;
      }
      if (marker) {
        fence = marker;
        return line;
      }
      return rewriteLine(line);
    })
    .join('\n');
}
