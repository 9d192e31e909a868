import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import satori, {type Font} from 'satori';
import sharp from 'sharp';
import {OG_HEIGHT, OG_WIDTH} from '../../seo/ogImage';

/**
 * Draws the 1200×630 card that a link to an article shows in a messenger or on
 * social media: the course's mark, the chapter, the Korean title and the
 * description, in the site's own font (Pretendard's TrueType cut from its npm
 * package: satori cannot read WOFF2, and turns TrueType outlines into paths a
 * third faster than OpenType's CFF). satori lays the card out as SVG with the
 * glyphs as paths; sharp turns it into PNG on libuv's worker threads, so
 * several cards rasterise on other cores while satori lays out the next one.
 */
export type OgCard = {title: string; description?: string; section?: string; siteTitle: string};

const require = createRequire(__filename);

let fonts: Font[] | undefined;
/** Loaded once per build: each weight is about 2.7 MB. */
export function loadFonts(): Font[] {
  fonts ??= (
    [
      ['Regular', 400],
      ['Bold', 700],
    ] as const
  ).map(([name, weight]) => ({
    name: 'Pretendard',
    data: readFileSync(require.resolve(`pretendard/dist/public/static/alternative/Pretendard-${name}.ttf`)),
    weight,
    style: 'normal' as const,
  }));
  return fonts;
}

const PRIMARY = '#2f63d6';
const LOGO = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><path fill="#2f63d6" d="m32 3 24 12v34L32 61 8 49V15z"/><path fill="none" stroke="#fff" stroke-linecap="round" stroke-width="4" d="M32 18v28M20 25l24 14m0-14L20 39"/><circle cx="32" cy="32" r="7" fill="#2f63d6" stroke="#fff" stroke-width="4"/></svg>',
)}`;

/** Cuts text to at most `max` characters at a word boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if ([...clean].length <= max) return clean;
  const cut = [...clean].slice(0, max).join('');
  const atSpace = cut.lastIndexOf(' ');
  return `${(atSpace > max * 0.6 ? cut.slice(0, atSpace) : cut).replace(/[\s,.·:;]+$/, '')}…`;
}

type Node = {type: string; props: {style?: Record<string, unknown>; children?: unknown; [key: string]: unknown}};
const h = (type: string, style: Record<string, unknown>, children?: unknown, props: Record<string, unknown> = {}): Node => ({
  type,
  props: {style, children, ...props},
});

function card({title, description, section, siteTitle}: OgCard): Node {
  const titleText = clip(title, 40);
  const titleSize = [...titleText].length > 18 ? 64 : 76;
  const text = (style: Record<string, unknown>, children: string) => h('div', {display: 'flex', ...style}, children);
  return h(
    'div',
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      fontFamily: 'Pretendard',
      color: '#111827',
      // Flat colours: a PNG of a gradient is three times the bytes.
      backgroundColor: '#f3f6fd',
      wordBreak: 'keep-all',
    },
    [
      h('div', {display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flexGrow: 1, padding: '60px 80px 56px'}, [
        h('div', {display: 'flex', alignItems: 'center'}, [
          h('img', {width: 60, height: 60, marginRight: 20}, undefined, {src: LOGO, width: 60, height: 60}),
          text({fontSize: 34, fontWeight: 700, color: PRIMARY}, siteTitle),
        ]),
        h('div', {display: 'flex', flexDirection: 'column'}, [
          ...(section ? [text({fontSize: 30, fontWeight: 700, color: '#4b5563', marginBottom: 16}, section)] : []),
          text({fontSize: titleSize, fontWeight: 700, lineHeight: 1.25, letterSpacing: '-0.02em'}, titleText),
          ...(description ? [text({fontSize: 30, lineHeight: 1.5, color: '#374151', marginTop: 24}, clip(description, 80))] : []),
        ]),
      ]),
      h('div', {display: 'flex', height: 16, backgroundColor: PRIMARY}),
    ],
  );
}

export async function renderOgImage(content: OgCard): Promise<Buffer> {
  const svg = await satori(card(content) as Parameters<typeof satori>[0], {width: OG_WIDTH, height: OG_HEIGHT, fonts: loadFonts()});
  // sharp's default compression: about 40 KB a card. Level 9 saves a quarter of
  // that but more than doubles the CPU time, for files only link previews fetch.
  return sharp(Buffer.from(svg)).png().toBuffer();
}
