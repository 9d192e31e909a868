import {describe, expect, it} from 'vitest';
import {countPdfPages, embeddedFonts, pdfTitles} from './printPdf';

const utf16Hex = (text: string) => `FEFF${Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase()}`;

// The shape of Chromium's PDF objects, cut down to what the helpers read.
const pdf = Buffer.from(
  [
    '1 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >> endobj',
    '2 0 obj << /Type /Page /Parent 1 0 R >> endobj',
    '3 0 obj <</Type/Page/Parent 1 0 R>> endobj',
    '4 0 obj << /Type /FontDescriptor /FontName /AAAAAA+Pretendard-Regular >> endobj',
    '5 0 obj << /Type /FontDescriptor /FontName /BAAAAA+Pretendard-Regular >> endobj',
    '6 0 obj << /Type /FontDescriptor /FontName /LiberationMono >> endobj',
    `7 0 obj << /Title <${utf16Hex('쿠버네티스 입문')}> >> endobj`,
    `8 0 obj << /Title <${utf16Hex('파드')}> /Parent 9 0 R >> endobj`,
  ].join('\n'),
  'latin1',
);

describe('PDF reading', () => {
  it('counts page objects, not the page tree', () => {
    expect(countPdfPages(pdf)).toBe(2);
  });

  it('names each embedded font once, without its subset tag', () => {
    expect(embeddedFonts(pdf)).toEqual(['LiberationMono', 'Pretendard-Regular']);
  });

  it('reads the title and bookmarks as text', () => {
    expect(pdfTitles(pdf)).toEqual(['쿠버네티스 입문', '파드']);
  });
});
