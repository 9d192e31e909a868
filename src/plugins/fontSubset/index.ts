import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {collectSiteText, unicodeRange, type SiteText} from './text';

/**
 * The course's own cut of Pretendard.
 *
 * Pretendard's dynamic subsets split the font into 92 slices by how common a
 * glyph is in Korean at large; an article of ours touches 15–20 of them, about
 * 400 KB. This plugin cuts Regular and Bold down to the characters this site
 * shows (see ./text.ts), about 110 KB for both, which the first page downloads
 * and every later page takes from the cache. A character outside the cut
 * (a word typed into the search box) falls through, glyph by glyph, to the
 * system fonts later in `--ifm-font-family-base`. The faces carry no
 * `unicode-range`: ./loadFonts.ts fetches both files itself, so a range would
 * save no download and only add ~3 KiB gzip of JavaScript to every page
 * (what each cut holds is written beside the faces, for the tests). The built
 * site ships no other Pretendard face: the dynamic subsets' 92 rules alone
 * weighed 33 KiB gzip of CSS on every page.
 *
 * Neither the fonts nor their faces are part of the first load (no
 * @font-face in the stylesheet, which Docusaurus bundles into one file):
 * ./loadFonts.ts registers them after the page has loaded, so the first paint
 * waits only for the HTML and the site's stylesheet, as in the stock
 * template, and is drawn in a system Korean font sized like Pretendard
 * (src/css/custom.css).
 *
 * The cut is made in `docusaurus build` only (cached in
 * node_modules/.cache/k8s-fonts); `npm start` loads the dynamic subsets, which
 * cover any character a draft may hold.
 */
const WEIGHTS = [
  {weight: 400, file: 'Pretendard-Regular.ttf', key: 'regular'},
  {weight: 700, file: 'Pretendard-Bold.ttf', key: 'bold'},
] as const;
// Hinting is for low-resolution screens of the past; the standard features
// keep kerning and punctuation right. Both roughly halve the file.
const SUBSET_OPTIONS = {targetFormat: 'woff2', noHinting: true, keepFeatures: ['kern', 'liga', 'calt', 'ccmp', 'locl', 'mark', 'mkmk']} as const;

const require = createRequire(__filename);

type SubsetFont = (font: Buffer, text: string, options: typeof SUBSET_OPTIONS) => Promise<Buffer>;

async function subset(source: string, text: string, cacheDir: string): Promise<Buffer> {
  const font = readFileSync(source);
  const key = createHash('sha256').update(font).update(text).update(JSON.stringify(SUBSET_OPTIONS)).digest('hex').slice(0, 20);
  const cached = path.join(cacheDir, `${key}.woff2`);
  if (existsSync(cached)) return readFileSync(cached);
  const subsetFont = require('subset-font') as SubsetFont;
  const output = await subsetFont(font, text, SUBSET_OPTIONS);
  mkdirSync(cacheDir, {recursive: true});
  const temporary = `${cached}.${process.pid}.tmp`;
  writeFileSync(temporary, output);
  renameSync(temporary, cached);
  return output;
}

/** One weight of the cut, as ./loadFonts.ts registers it with the FontFace API. */
export interface FontFaceSpec {
  weight: string;
  url: string;
}

/** The module ./loadFonts.ts imports: the URL the bundler gives each woff2 file. */
export function fontFacesModule(fileOf: (weight: number) => string): string {
  const imports = WEIGHTS.map(({weight}) => `import url${weight} from './${fileOf(weight)}';`);
  const faces = WEIGHTS.map(({weight}) => `{weight: '${weight}', url: url${weight}}`);
  return `${imports.join('\n')}\nexport default [${faces.join(', ')}];\n`;
}

/** What each weight of the cut holds, as `unicode-range` values (read by the font coverage test). */
export function cutRanges(text: SiteText): Record<string, string> {
  return Object.fromEntries(WEIGHTS.map(({weight, key}) => [weight, unicodeRange(text[key])]));
}

export const CUT_RANGES_FILE = 'cut-ranges.json';

export default function fontSubset() {
  return (context: LoadContext): Plugin => {
    const outDir = path.join(context.generatedFilesDir, 'k8s-fonts');
    const facesFile = path.join(outDir, 'faces.js');
    // The module must exist before the bundler looks for it, in `npm start`
    // too: /print imports ./loadFonts.ts, which then has no faces to add.
    mkdirSync(outDir, {recursive: true});
    if (!existsSync(facesFile)) writeFileSync(facesFile, 'export default [];\n');
    const building = process.env.NODE_ENV === 'production';
    if (!building) {
      return {
        name: 'k8s-font-subset',
        getClientModules: () => [require.resolve('pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css')],
      };
    }

    return {
      name: 'k8s-font-subset',

      // Not the faces themselves: ./loadFonts.ts asks for them after the page has loaded.
      getClientModules() {
        return [path.join(__dirname, 'loadFonts.ts')];
      },

      async loadContent() {
        const text = collectSiteText(context.siteDir);
        const cacheDir = path.join(context.siteDir, 'node_modules/.cache/k8s-fonts');
        const fileOf = (weight: number) => `pretendard-site-${weight}.woff2`;
        for (const {weight, file, key} of WEIGHTS) {
          const source = require.resolve(`pretendard/dist/public/static/alternative/${file}`);
          writeFileSync(path.join(outDir, fileOf(weight)), await subset(source, text[key], cacheDir));
        }
        writeFileSync(facesFile, fontFacesModule(fileOf));
        writeFileSync(path.join(outDir, CUT_RANGES_FILE), JSON.stringify(cutRanges(text)));
      },
    };
  };
}
