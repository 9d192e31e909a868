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
// `[text](dest)` or `![alt](dest)`, where dest has no angle brackets or newlines.
const LINK = /(!?\[(?:[^\]\\]|\\.)*\])\(([^()<>\n]*?)\)/g;
const TITLE = /^(.*?)\s+("[^"]*"|'[^']*')$/;

function wrapDestination(raw: string): string {
  const trimmed = raw.trim();
  if (!/\s/.test(trimmed)) return raw;
  const titled = TITLE.exec(trimmed);
  const [url, title] = titled ? [titled[1]!, titled[2]!] : [trimmed, undefined];
  if (!/\s/.test(url)) return raw; // only the title had spaces
  return title ? `<${url}> ${title}` : `<${url}>`;
}

function rewriteProse(text: string): string {
  return text.replace(LINK, (_m, label: string, dest: string) => `${label}(${wrapDestination(dest)})`);
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
