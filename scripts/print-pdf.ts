/**
 * `npm run pdf [-- 빌드폴더 [출력파일]]`: the whole course as one A4 PDF, printed
 * by Chromium from the built site's /print page (src/components/PrintCourse),
 * with the site's Korean font embedded and page numbers. Written to
 * build/k8s-intro.pdf, so a deploy publishes it with the site, unless it grew
 * past SITE_PDF_LIMIT_BYTES: then it goes beside build/ (a CI artifact only).
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {countPdfPages, embeddedFonts, PDF_FILE, printCourse, SITE_PDF_LIMIT_BYTES} from './printPdf';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<void> {
  const buildDir = path.resolve(process.argv[2] ?? 'build');
  const started = Date.now();
  const pdf = await printCourse(buildDir);
  const fonts = embeddedFonts(pdf);
  if (!fonts.some((font) => font.startsWith('Pretendard'))) {
    throw new Error(`PDF에 사이트 글꼴(Pretendard)이 들어 있지 않습니다 (들어 있는 글꼴: ${fonts.join(', ') || '없음'}). 글꼴 파일이 빌드에 있는지 확인하세요.`);
  }
  const onSite = pdf.length <= SITE_PDF_LIMIT_BYTES;
  const output = path.resolve(process.argv[3] ?? (onSite ? path.join(buildDir, PDF_FILE) : path.join(buildDir, '..', PDF_FILE)));
  mkdirSync(path.dirname(output), {recursive: true});
  writeFileSync(output, pdf);
  console.log(
    `[PDF] ${path.relative(process.cwd(), output)}: ${countPdfPages(pdf)}쪽, ${megabytes(pdf.length)}, 글꼴 ${fonts.join(', ')} (${((Date.now() - started) / 1000).toFixed(1)}초)` +
      (onSite ? '' : `\n[PDF] ${megabytes(SITE_PDF_LIMIT_BYTES)}를 넘어 사이트에는 올리지 않습니다.`),
  );
}

main().catch((error: unknown) => {
  console.error(`[PDF] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
