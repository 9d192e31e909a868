import {chromium, type Page} from '@playwright/test';
import {serveStatic} from '../bench/staticServer';
import {deployTarget} from '../src/config/deployTarget';
import {FAMILY} from '../src/plugins/fontSubset/family';
import {printPath} from '../src/plugins/printCourse/printBook';
import {CHROME_FLAGS, CHROME_PATH} from '../tests/chromium';

/** The PDF's name, in build/ beside the site (on the site only under SITE_PDF_LIMIT_BYTES). */
export const PDF_FILE = 'k8s-intro.pdf';
/** Beyond this the PDF stays a build artifact: Pages serves every reader the whole file. */
export const SITE_PDF_LIMIT_BYTES = 40 * 1024 * 1024;

/**
 * Waits until the print page is ready for paper: hydrated (its effect has
 * made every lazy picture load now), every picture loaded, the site's
 * Pretendard cut loaded (else Chromium would embed a fallback font).
 */
export async function waitForPrintReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('main img[loading="lazy"]') === null);
  await page.waitForFunction(() => [...document.images].every((image) => image.complete));
  // The print page puts the site's Pretendard to use as it starts (src/plugins/fontSubset/loadFonts.ts).
  await page.waitForFunction((family) => [...document.fonts].filter((face) => face.family.replace(/"/g, '') === family && face.status === 'loaded').length === 2, FAMILY);
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}

/** The print settings of the course PDF: A4 and margins from the page's @page rule (page numbers there too), colours kept, a bookmark per heading. */
export async function coursePdf(page: Page): Promise<Buffer> {
  return page.pdf({preferCSSPageSize: true, printBackground: true, outline: true, tagged: true});
}

/** Pages in a PDF as Chromium writes it (page objects are not compressed). */
export function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** The fonts a PDF embeds, by the name in each font descriptor ("Pretendard-Regular"; the subset tag ABCDEF+ left off). */
export function embeddedFonts(pdf: Buffer): string[] {
  const names = [...pdf.toString('latin1').matchAll(/\/FontName\s*\/(?:[A-Z]{6}\+)?([^\s/<>[\]()]+)/g)].map((match) => match[1]!);
  return [...new Set(names)].sort();
}

/** The document title and bookmark titles of a PDF (written as UTF-16 hex strings, `<FEFF…>`): its readable outline. */
export function pdfTitles(pdf: Buffer): string[] {
  return [...pdf.toString('latin1').matchAll(/\/Title\s*<FEFF([0-9A-Fa-f\s]*)>/g)].map((match) =>
    Buffer.from(match[1]!.replace(/\s/g, ''), 'hex').swap16().toString('utf16le'),
  );
}

/** Serves a built site (built for `baseUrl`) and prints its /print page to a PDF. */
export async function printCourse(buildDir: string, baseUrl = deployTarget(process.env).baseUrl): Promise<Buffer> {
  const server = await serveStatic(buildDir, baseUrl);
  const browser = await chromium.launch({executablePath: CHROME_PATH, args: CHROME_FLAGS});
  try {
    const page = await browser.newPage({colorScheme: 'light'});
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(`${server.url}${printPath(baseUrl)}`, {waitUntil: 'load', timeout: 120_000});
    if (response?.status() !== 200) throw new Error(`인쇄 페이지를 열지 못했습니다 (${response?.status()}): 먼저 npm run build 로 사이트를 빌드하세요.`);
    await waitForPrintReady(page);
    if (errors.length > 0) throw new Error(`인쇄 페이지에서 스크립트 오류가 났습니다:\n${errors.join('\n')}`);
    return await coursePdf(page);
  } finally {
    await browser.close();
    await server.close();
  }
}
