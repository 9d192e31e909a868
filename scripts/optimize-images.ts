/**
 * `npm run images [-- 파일…]`: recompresses the PNG/JPEG files under
 * static/img/ (at most 1600 px wide, PNG as a palette image, JPEG through
 * mozjpeg) and optimises the SVGs with svgo.config.mjs, in place. With no
 * files given, it goes through all of static/img/. Then it lists what is still
 * over budget (300 KB, 1600 px) or an SVG without a <title> or viewBox.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {
  listFiles,
  optimizeRaster,
  optimizeSvg,
  RASTER,
  rasterInfo,
  rasterProblem,
  ROOT,
  STATIC_IMG,
  SVG,
  svgProblems,
} from './images';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<number> {
  const given = process.argv.slice(2).map((file) => path.resolve(file));
  const files = given.length ? given : [...listFiles(STATIC_IMG, RASTER), ...listFiles(STATIC_IMG, SVG)];
  let saved = 0;
  let problems = 0;
  for (const file of files) {
    const name = path.relative(ROOT, file);
    if (!RASTER.test(file) && !SVG.test(file)) {
      console.log(`건너뜀 ${name} (PNG, JPEG, SVG만 다룹니다)`);
      continue;
    }
    const {before, after} = RASTER.test(file) ? await optimizeRaster(file) : await optimizeSvg(file);
    saved += before - after;
    if (after !== before) console.log(`${name}: ${kb(before)} → ${kb(after)}`);
    const problem = RASTER.test(file) ? rasterProblem(await rasterInfo(file)) : svgProblems(readFileSync(file, 'utf8')).join(', ') || null;
    if (problem) {
      problems++;
      console.error(`✗ ${name}: ${problem}`);
    }
  }
  console.log(`그림 ${files.length}개, ${kb(saved)} 줄였습니다.`);
  if (problems) console.error(`${problems}개는 아직 손봐야 합니다: 그림을 잘라 내거나 가로 폭을 줄이고, SVG에는 <title>과 viewBox를 넣어 주세요.`);
  return problems ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
