import {readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import {loadConfig, optimize, type Config} from 'svgo';

/**
 * Image budget of the course: what a reader on a phone and a slow connection
 * downloads per picture. `npm run images` (scripts/optimize-images.ts) brings
 * static/img/ within it; scripts/images.test.ts fails while it is not.
 */
export const MAX_BYTES = 300 * 1024;
export const MAX_WIDTH = 1600;

export const RASTER = /\.(png|jpe?g)$/i;
export const SVG = /\.svg$/i;

export const ROOT = path.resolve(__dirname, '..');
export const STATIC_IMG = path.join(ROOT, 'static/img');
export const SVGO_CONFIG = path.join(ROOT, 'svgo.config.mjs');

/** Every file under dir (paths may hold spaces and Hangul), sorted. */
export function listFiles(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

export type RasterInfo = {file: string; bytes: number; width: number; height: number};

export async function rasterInfo(file: string): Promise<RasterInfo> {
  const {width, height} = await sharp(file).metadata();
  return {file, bytes: statSync(file).size, width: width ?? 0, height: height ?? 0};
}

/** Why a raster image is over budget, in Korean, or null when it is within it. */
export function rasterProblem({bytes, width}: RasterInfo): string | null {
  const problems: string[] = [];
  if (bytes > MAX_BYTES) problems.push(`${Math.ceil(bytes / 1024)} KB (한도 ${MAX_BYTES / 1024} KB)`);
  if (width > MAX_WIDTH) problems.push(`가로 ${width}px (한도 ${MAX_WIDTH}px)`);
  return problems.length ? problems.join(', ') : null;
}

/**
 * Recompresses a PNG or JPEG in place: no wider than MAX_WIDTH, PNG as an
 * 8-bit palette (screenshots of terminals and consoles keep their look), JPEG
 * through mozjpeg. The file is only replaced when it had to be narrowed or the
 * result is at least 10% smaller, so running it again does not recompress a
 * JPEG over and over. Returns the sizes before and after.
 */
export async function optimizeRaster(file: string): Promise<{before: number; after: number}> {
  const input = readFileSync(file);
  const before = input.length;
  const {width = 0, format} = await sharp(input).metadata();
  let pipeline = sharp(input).rotate();
  if (width > MAX_WIDTH) pipeline = pipeline.resize({width: MAX_WIDTH, withoutEnlargement: true});
  if (format === 'png') pipeline = pipeline.png({palette: true, quality: 90, effort: 10, compressionLevel: 9});
  else if (format === 'jpeg') pipeline = pipeline.jpeg({mozjpeg: true, quality: 82});
  else return {before, after: before};
  const output = await pipeline.toBuffer();
  if (output.length < before * 0.9 || width > MAX_WIDTH) {
    writeFileSync(file, output);
    return {before, after: output.length};
  }
  return {before, after: before};
}

let svgoConfig: Promise<Config> | undefined;
export function loadSvgoConfig(): Promise<Config> {
  svgoConfig ??= loadConfig(SVGO_CONFIG) as Promise<Config>;
  return svgoConfig;
}

export async function optimizeSvgText(svg: string, file?: string): Promise<string> {
  return optimize(svg, {...(await loadSvgoConfig()), path: file}).data;
}

/** What an SVG lacks that readers need: a <title> and a viewBox to scale by. */
export function svgProblems(svg: string): string[] {
  const root = svg.match(/<svg\b[^>]*>/)?.[0] ?? '';
  const problems: string[] = [];
  if (!/\sviewBox="[^"]+"/.test(root)) problems.push('viewBox 가 없습니다');
  if (!/<title\b[^>]*>[^<]*\S[^<]*<\/title>/.test(svg)) problems.push('<title> 이 없습니다');
  return problems;
}

/** Optimises an SVG in place; returns whether it changed. */
export async function optimizeSvg(file: string): Promise<{before: number; after: number}> {
  const svg = readFileSync(file, 'utf8');
  const optimised = await optimizeSvgText(svg, file);
  if (optimised !== svg) writeFileSync(file, optimised);
  return {before: Buffer.byteLength(svg), after: Buffer.byteLength(optimised)};
}
