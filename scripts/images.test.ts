import {mkdtempSync, readFileSync, writeFileSync, mkdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import sharp, {type Sharp} from 'sharp';
import {describe, expect, it} from 'vitest';
import {
  listFiles,
  MAX_WIDTH,
  optimizeRaster,
  optimizeSvg,
  optimizeSvgText,
  RASTER,
  rasterInfo,
  rasterProblem,
  STATIC_IMG,
  SVG,
  svgProblems,
} from './images';

const FIX = '`npm run images` 로 고칠 수 있습니다';

describe('static/img', () => {
  it('holds no raster image over 300 KB or wider than 1600 px', async () => {
    const rasters = listFiles(STATIC_IMG, RASTER);
    const problems = [];
    for (const file of rasters) {
      const problem = rasterProblem(await rasterInfo(file));
      if (problem) problems.push(`${path.relative(STATIC_IMG, file)}: ${problem}`);
    }
    expect(problems, FIX).toEqual([]);
  });

  it('holds only SVGs that svgo.config.mjs leaves unchanged, each with a <title> and a viewBox', async () => {
    const svgs = listFiles(STATIC_IMG, SVG);
    expect(svgs.length).toBeGreaterThan(0);
    const notOptimised = [];
    const lacking = [];
    for (const file of svgs) {
      const svg = readFileSync(file, 'utf8');
      if ((await optimizeSvgText(svg, file)) !== svg) notOptimised.push(path.relative(STATIC_IMG, file));
      for (const problem of svgProblems(svg)) lacking.push(`${path.relative(STATIC_IMG, file)}: ${problem}`);
    }
    expect(notOptimised, FIX).toEqual([]);
    expect(lacking).toEqual([]);
  }, 60_000);
});

describe('optimizeSvgText', () => {
  const diagram = `<?xml version="1.0" encoding="UTF-8"?>
<!-- 손으로 그린 그림 -->
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100" width="200" height="100" role="img" aria-labelledby="d-title d-desc">
  <title id="d-title">파드와 노드</title>
  <desc id="d-desc">노드 한 대 위의 파드 두 개</desc>
  <metadata>editor junk</metadata>
  <g><rect x="10.000" y="10" width="80" height="40" fill="#ffffff"/></g>
  <text x="20" y="35" font-size="14">파드 web</text>
</svg>`;

  it('keeps the viewBox, title, description, role, aria and text, and drops the rest', async () => {
    const out = await optimizeSvgText(diagram);
    expect(out).toContain('viewBox="0 0 200 100"');
    expect(out).toContain('<title id="d-title">파드와 노드</title>');
    expect(out).toMatch(/<desc id="d-desc">\s*노드 한 대 위의 파드 두 개\s*<\/desc>/);
    expect(out).toContain('role="img"');
    expect(out).toContain('aria-labelledby="d-title d-desc"');
    expect(out).toContain('>파드 web</text>');
    expect(out).toContain('<rect');
    expect(out).not.toContain('<?xml');
    expect(out).not.toContain('metadata');
    expect(out).not.toContain('10.000');
    expect(out.length).toBeLessThan(diagram.length);
    expect(await optimizeSvgText(out), 'a second run changes nothing').toBe(out);
  });

  it('names what an SVG lacks', () => {
    expect(svgProblems(diagram)).toEqual([]);
    expect(svgProblems('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect/></svg>')).toEqual([
      'viewBox 가 없습니다',
      '<title> 이 없습니다',
    ]);
  });
});

describe('optimizeRaster', () => {
  // Files are made here, in a folder whose name has a space and Hangul, as
  // authors' pasted images do.
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'images-')), '이미지 창고');
  mkdirSync(dir);

  /** A screenshot-like picture: flat colours and some noise. */
  async function picture(width: number, height: number): Promise<Sharp> {
    const pixels = Buffer.alloc(width * height * 3);
    for (let i = 0; i < pixels.length; i += 3) {
      const x = (i / 3) % width;
      const shade = x % 97 < 60 ? 30 : 230;
      pixels[i] = shade;
      pixels[i + 1] = shade + ((i * 7) % 13);
      pixels[i + 2] = 200;
    }
    return sharp(pixels, {raw: {width, height, channels: 3}});
  }

  it('narrows a wide PNG to 1600 px and makes it smaller', async () => {
    const file = path.join(dir, 'Pasted image 넓은 화면.png');
    writeFileSync(file, await (await picture(2400, 900)).png({compressionLevel: 0}).toBuffer());
    const {before, after} = await optimizeRaster(file);
    expect(after).toBeLessThan(before);
    const info = await rasterInfo(file);
    expect(info.width).toBe(MAX_WIDTH);
    expect(info.height).toBe(600);
    expect(rasterProblem(info)).toBeNull();
  }, 30_000);

  it('recompresses a JPEG and leaves an already small file alone', async () => {
    const file = path.join(dir, '사진 1.jpg');
    writeFileSync(file, await (await picture(800, 400)).jpeg({quality: 100}).toBuffer());
    const first = await optimizeRaster(file);
    expect(first.after).toBeLessThan(first.before);
    const second = await optimizeRaster(file);
    expect(second.after).toBe(second.before);
  });

  it('reports an image over budget in Korean', () => {
    expect(rasterProblem({file: 'x.png', bytes: 400 * 1024, width: 2000, height: 10})).toBe('400 KB (한도 300 KB), 가로 2000px (한도 1600px)');
  });

  it('optimises an SVG file in place', async () => {
    const file = path.join(dir, '그림 1.svg');
    writeFileSync(file, '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>점</title><!-- c --><circle cx="5.000" cy="5" r="2"/></svg>');
    const {before, after} = await optimizeSvg(file);
    expect(after).toBeLessThan(before);
    expect(readFileSync(file, 'utf8')).toContain('<title>점</title>');
  });
});
