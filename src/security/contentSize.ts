/**
 * How big an article (docs/**.md, .mdx, the glossary included) may be. The
 * largest article of the course is about 35 KB with lines of at most ~840
 * characters; the limits leave ample room for that while keeping every step
 * that reads an article (parsers, our plugins, the font subsetter, the search
 * index) within a known amount of work whatever a pull request holds.
 * `npm run check` (src/content-check/index.ts) and the build
 * (src/plugins/contentLimits.ts) both ask this module first and read nothing
 * further of an article that is too big.
 */

export const MAX_ARTICLE_BYTES = 200 * 1024;
export const MAX_LINE_CHARS = 5000;
/**
 * Container markers at the start of one line. The Markdown parser takes time
 * growing with the square of the number of lines when each line opens lists
 * inside lists (`- - x`: 24 KB took 10 s), and with the square of the depth
 * for `> > > …`; the course never puts more than one marker on a line.
 */
export const MAX_LIST_MARKERS_PER_LINE = 1;
export const MAX_QUOTE_DEPTH = 10;

export interface SizeProblem {
  line: number;
  column: number;
  message: string;
}

/** List markers (`-`, `*`, `+`, `1.`, `1)`) and quote markers (`>`) that open the line at `start`. */
function containerMarkers(source: string, start: number): {lists: number; quotes: number} {
  let lists = 0;
  let quotes = 0;
  let i = start;
  const blank = (at: number) => source[at] === ' ' || source[at] === '\t';
  for (;;) {
    while (blank(i)) i += 1;
    const char = source[i];
    if (char === '>') {
      quotes += 1;
      i += 1;
      continue;
    }
    if ((char === '-' || char === '*' || char === '+') && blank(i + 1)) {
      lists += 1;
      i += 2;
      continue;
    }
    let digits = i;
    while (digits - i < 9 && source[digits]! >= '0' && source[digits]! <= '9') digits += 1;
    if (digits > i && (source[digits] === '.' || source[digits] === ')') && blank(digits + 1)) {
      lists += 1;
      i = digits + 2;
      continue;
    }
    return {lists, quotes};
  }
}

/** What is too big about an article's text; empty when it is within the limits. Linear in the text. */
export function contentSizeProblems(source: string): SizeProblem[] {
  const bytes = Buffer.byteLength(source, 'utf8');
  if (bytes > MAX_ARTICLE_BYTES) {
    return [
      {
        line: 1,
        column: 1,
        message: `글이 너무 큽니다: ${Math.ceil(bytes / 1024)} KB (한 글은 최대 ${MAX_ARTICLE_BYTES / 1024} KB). 글을 주제별로 두 편 이상으로 나눠 주세요.`,
      },
    ];
  }
  let longLines = 0;
  let first: SizeProblem | undefined;
  let nesting: SizeProblem | undefined;
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index <= source.length; index += 1) {
    const char = source.charCodeAt(index);
    // Every line break a Markdown parser or browser honours (LF, CR).
    if (index < source.length && char !== 0x0a && char !== 0x0d) continue;
    const length = index - lineStart;
    if (length > MAX_LINE_CHARS) {
      longLines += 1;
      first ??= {line, column: MAX_LINE_CHARS + 1, message: ''};
    }
    if (!nesting) {
      const {lists, quotes} = containerMarkers(source.slice(lineStart, Math.min(index, lineStart + MAX_LINE_CHARS)), 0);
      if (lists > MAX_LIST_MARKERS_PER_LINE) {
        nesting = {line, column: 1, message: '한 줄에 목록 기호가 겹쳐 있습니다 (- - … 처럼). 안쪽 목록은 다음 줄에 들여 써서 만드세요 (예: 줄 앞에 공백 두 칸 + - 항목).'};
      } else if (quotes > MAX_QUOTE_DEPTH) {
        nesting = {line, column: 1, message: `인용(>)이 너무 깊게 겹쳐 있습니다 (최대 ${MAX_QUOTE_DEPTH}단계). > 의 개수를 줄여 주세요.`};
      }
    }
    if (char === 0x0d && source.charCodeAt(index + 1) === 0x0a) index += 1;
    line += 1;
    lineStart = index + 1;
  }
  const problems = nesting ? [nesting] : [];
  if (!first) return problems;
  const more = longLines > 1 ? ` 이런 줄이 ${longLines}개 있습니다.` : '';
  first.message = `줄이 너무 깁니다 (한 줄은 최대 ${MAX_LINE_CHARS.toLocaleString('en-US')}자).${more} 문단은 문장 사이에서 줄을 바꾸고, 긴 코드나 데이터는 여러 줄로 나누거나 파일로 따로 올려 링크하세요.`;
  return [first, ...problems].sort((a, b) => a.line - b.line);
}
