import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import {APP_ICONS, type AppIcon} from './appManifest';

/** Launchers cut a maskable icon to any shape inside the middle 80 %: the logo stays within it. */
const MASKABLE_LOGO_SHARE = 0.7;
const LOGO_VIEWBOX = 64; // static/img/logo.svg

/** The logo, `size` pixels wide, as sharp's input (rendered from the vector, never scaled up from pixels). */
function logoAt(logo: Buffer, size: number) {
  return sharp(logo, {density: (72 * size) / LOGO_VIEWBOX}).resize(size, size);
}

async function drawIcon(logo: Buffer, {size, purpose}: AppIcon): Promise<Buffer> {
  // 256-colour palettes: a flat two-colour logo loses nothing, the files shrink to a third.
  const png = {palette: true, compressionLevel: 9, effort: 10} as const;
  if (purpose === 'any') return logoAt(logo, size).png(png).toBuffer();
  const inner = Math.round(size * MASKABLE_LOGO_SHARE);
  const drawn = await logoAt(logo, inner).png().toBuffer();
  return sharp({create: {width: size, height: size, channels: 4, background: '#ffffff'}})
    .composite([{input: drawn, gravity: 'centre'}])
    .png(png)
    .toBuffer();
}

/** Writes the app icons (APP_ICONS) into the built site from the course logo. */
export async function writeAppIcons(logoFile: string, outDir: string): Promise<void> {
  const logo = await readFile(logoFile);
  await Promise.all(
    APP_ICONS.map(async (icon) => {
      const target = path.join(outDir, icon.file);
      await mkdir(path.dirname(target), {recursive: true});
      await writeFile(target, await drawIcon(logo, icon));
    }),
  );
}
