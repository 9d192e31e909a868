import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';

/**
 * Which characters the site shows, and in which weight. The site's own
 * Pretendard files (see ./index.ts) hold exactly these glyphs; anything else
 * (a word typed into the search box) shows in the system's Korean font, so
 * what a page shows must be in here (tests/e2e/seo.spec.ts checks the pages).
 */
export type SiteText = {regular: string; bold: string};

/**
 * Always in both weights: printable ASCII, the punctuation the course and the
 * theme use (« » around the pager's labels come from its CSS), the zero-width
 * space of Docusaurus' heading anchors, and what Korean dates are written with
 * (the "최종 수정" line formats them in the browser).
 */
export const ALWAYS =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~' +
  '·…‘’“”→←↑↓✓×–—©«»\u00a0\u200b' +
  '년월일시분초오전후요화수목금토';

/**
 * Modules whose messages the /manifest-check page shows (the checker's own
 * manifest core, src/content-check/manifests.ts and the modules it words
 * messages with): the page's text is more than its components.
 */
export const MANIFEST_CHECK_MESSAGES = ['manifests.ts', 'describe.ts', 'removedApis.ts', 'workloadSelectors.ts'].map((file) => `src/content-check/${file}`);

function files(dir: string, pattern: RegExp, skip: RegExp = /(^|\/)(__fixtures__|node_modules)(\/|$)|\.test\.tsx?$/): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !skip.test(file.split(path.sep).join('/')))
    .sort();
}

/** Text an article shows in bold: its title, headings, **strong**, admonition titles, table headers. */
export function boldMarkdown(markdown: string): string {
  const parts: string[] = [];
  const lines = markdown.split('\n');
  for (const [index, line] of lines.entries()) {
    const heading = line.match(/^#{1,6}\s+(.*)$/);
    if (heading) parts.push(heading[1]!);
    const title = line.match(/^\s*(?:title|sidebar_label):\s*(.*)$/);
    if (title) parts.push(title[1]!);
    const admonition = line.match(/^\s*:::\w+\s+(.*)$/);
    if (admonition) parts.push(admonition[1]!);
    // The row above a `| --- |` line is a table header.
    // (`\s*\|?\s*` would try every split of a long run of blanks.)
    if (/^\s*(?:\|\s*)?:?-{3,}/.test(line) && index > 0) parts.push(lines[index - 1]!);
  }
  // A tag's attributes stop at the next `<`, so an unclosed `<b` is scanned once, not to the end of the file.
  for (const match of markdown.matchAll(/\*\*([^*]+)\*\*|__([^_]+)__|<(?:strong|b|th|summary)\b[^<>]*>([^<]*)</g)) {
    parts.push(match[1] ?? match[2] ?? match[3] ?? '');
  }
  return parts.join('\n');
}

/** Values of the Docusaurus theme's Korean translation files (buttons, labels). */
function translations(siteDir: string): string {
  const dirs = [
    path.join(siteDir, 'node_modules/@docusaurus/theme-translations/locales/ko'),
    path.join(siteDir, 'src/i18n/ko'),
  ];
  return dirs
    .flatMap((dir) => files(dir, /\.json$/))
    .map((file) => JSON.stringify(Object.values(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)))
    .join('\n');
}

/**
 * Reads the articles (docs/), the interface (components, theme, config,
 * translations) and returns the characters per weight. Interface text goes into
 * both weights: where it shows in bold is up to the CSS.
 */
export function collectSiteText(siteDir: string): SiteText {
  const markdown = files(path.join(siteDir, 'docs'), /\.mdx?$/).map((file) => readFileSync(file, 'utf8'));
  const labels = files(path.join(siteDir, 'docs'), /^_category_\.json$/).map((file) => readFileSync(file, 'utf8'));
  const ui = [
    ...['src/components', 'src/theme', 'src/pages', 'src/clientModules'].flatMap((dir) => files(path.join(siteDir, dir), /\.(tsx?|css|json)$/)),
    ...['docusaurus.config.ts', 'sidebars.ts', ...MANIFEST_CHECK_MESSAGES].map((file) => path.join(siteDir, file)).filter(existsSync),
  ].map((file) => readFileSync(file, 'utf8'));
  const shared = [ALWAYS, ...labels, ...ui, translations(siteDir)].join('\n');
  return {
    regular: unique([shared, ...markdown].join('\n')),
    bold: unique([shared, ...markdown.map(boldMarkdown)].join('\n')),
  };
}

/** The distinct visible characters of a text, in code point order. */
export function unique(text: string): string {
  const points = new Set<number>();
  for (const char of text) {
    const point = char.codePointAt(0)!;
    // Controls, combining marks' carriers and private use are never shown as text.
    if (point < 0x20 || (point >= 0x7f && point < 0xa0) || (point >= 0xe000 && point <= 0xf8ff)) continue;
    points.add(point);
  }
  return String.fromCodePoint(...[...points].sort((a, b) => a - b));
}

/** `unicode-range` for the characters: consecutive code points merge, `U+AC00-AC01,U+AC04`. */
export function unicodeRange(chars: string): string {
  const points = [...new Set([...chars].map((char) => char.codePointAt(0)!))].sort((a, b) => a - b);
  const ranges: string[] = [];
  const hex = (point: number) => point.toString(16).toUpperCase();
  for (let start = 0; start < points.length; ) {
    let end = start;
    while (end + 1 < points.length && points[end + 1] === points[end]! + 1) end++;
    ranges.push(end === start ? `U+${hex(points[start]!)}` : `U+${hex(points[start]!)}-${hex(points[end]!)}`);
    start = end + 1;
  }
  return ranges.join(',');
}
