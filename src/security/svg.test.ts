import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {cssProblem, findSvgProblems} from './svg';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '__fixtures__/svg', name), 'utf8');
const root = path.resolve(__dirname, '../..');

function svgFiles(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? svgFiles(full) : entry.name.endsWith('.svg') ? [full] : [];
  });
}

describe('findSvgProblems', () => {
  it('accepts a drawing that uses every kind of allowed element, attribute and style', () => {
    expect(findSvgProblems(fixture('drawing.svg'))).toEqual([]);
  });

  it("accepts the course's own SVGs (diagrams, logo, favicon)", () => {
    const files = [...svgFiles(path.join(root, 'static')), ...svgFiles(path.join(root, 'docs'))];
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) expect(findSvgProblems(fs.readFileSync(file, 'utf8')), file).toEqual([]);
  });

  it('refuses everything that runs script or loads another file, each at its line', () => {
    const found = findSvgProblems(fixture('hostile.svg')).map(({line, column, message}) => `${line}:${column} ${message.split(/[.(]/)[0]}`);
    expect(found).toEqual([
      '2:1 <?xml-stylesheet …?> 는 SVG에 쓸 수 없습니다 ',
      '3:1 <svg> 의 onLoad 속성은 쓸 수 없습니다 ',
      '4:3 <script> 요소는 SVG에 쓸 수 없습니다',
      '5:3 <foreignObject> 요소는 SVG에 쓸 수 없습니다',
      '6:3 <h:script> ',
      '7:3 <a> 요소는 SVG에 쓸 수 없습니다',
      '8:3 <use href="https://evil',
      '9:3 <use xlink:href="javascript:alert',
      '10:3 <image href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">: SVG 안의 링크·참조는 같은 그림 안의 #id 나 ',
      '11:3 url',
      '11:3 <rect> 의 ed:label 속성은 SVG에 쓸 수 없습니다 ',
      '12:3 image-set',
      '13:3 @font-face 규칙은 SVG의 스타일에 쓸 수 없습니다 ',
      '14:3 SVG의 스타일에는 \\ 이스케이프를 쓸 수 없습니다 ',
      '15:18 <set attributeName="xlink:href">: 애니메이션으로 xlink:href 을',
      '15:76 <animate attributeName="onclick">: 애니메이션으로 onclick 을',
      '16:3 <rect> 의 xml:base 속성은 SVG에 쓸 수 없습니다 ',
    ]);
  });

  it('refuses DOCTYPE and entities, and files that are not well-formed SVG', () => {
    const entity = '<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/hostname">]>\n<svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>';
    expect(findSvgProblems(entity)[0]).toEqual({line: 2, column: 1, message: expect.stringMatching(/^<!DOCTYPE>·<!ENTITY> 는 SVG에 쓸 수 없습니다/)});
    expect(findSvgProblems('<svg xmlns="http://www.w3.org/2000/svg"><rect>')).toEqual([{line: 1, column: 47, message: expect.stringMatching(/^XML로 읽을 수 없습니다/)}]);
    expect(findSvgProblems('<svg><rect/></svg>')[0]!.message).toMatch(/SVG가 아닌 이름공간 없음/);
    expect(findSvgProblems('<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>')).toHaveLength(1);
    expect(findSvgProblems('<rect xmlns="http://www.w3.org/2000/svg"/>')[0]!.message).toMatch(/<svg> 로 시작해야 합니다/);
    expect(findSvgProblems('<?xml version="1.0"?>')[0]!.message).toMatch(/<svg> 요소가 없습니다/);
    const flood = findSvgProblems(`<svg xmlns="http://www.w3.org/2000/svg">${'<a/>'.repeat(1000)}</svg>`);
    expect(flood).toHaveLength(31);
    expect(flood.at(-1)!.message).toMatch(/^문제가 30개를 넘어 여기서 검사를 멈췄습니다/);
    const crowded = `<svg xmlns="http://www.w3.org/2000/svg">\n<rect${Array.from({length: 300}, (_, i) => ` a${i}="1"`).join('')}/></svg>`;
    expect(findSvgProblems(crowded)).toEqual([{line: 2, column: 1, message: expect.stringMatching(/^요소 하나에 속성이 200개보다 많습니다/)}]);
    const deep = `<svg xmlns="http://www.w3.org/2000/svg">${'<g>'.repeat(150)}${'</g>'.repeat(150)}</svg>`;
    expect(findSvgProblems(deep)).toEqual([{line: 1, column: 338, message: expect.stringMatching(/^요소가 100단계보다 깊게 겹쳐 있습니다/)}]);
  });
});

describe('cssProblem', () => {
  it('reads a style sheet whole: text and CDATA pieces together, as the browser does', () => {
    const split = '<svg xmlns="http://www.w3.org/2000/svg"><style>@imp<![CDATA[ort "https://evil.example/x.css";]]></style></svg>';
    expect(findSvgProblems(split)).toEqual([{line: 1, column: 41, message: expect.stringMatching(/^@import 규칙/)}]);
  });

  it('allows drawing styles and url(#id) only', () => {
    expect(cssProblem('.a{fill:url(#g);stroke:rgb(0 0 0 / 50%)} @media (max-width: 10px){.a{opacity:.5}} /* url(https://x) in a comment */')).toBeUndefined();
    expect(cssProblem('fill: url( "#g" )')).toBeUndefined();
    expect(cssProblem('fill: url("https://x/y")')).toMatch(/url\("https:\/\/x\/y"\) 은\(는\) 쓸 수 없습니다/);
    expect(cssProblem('@import "x.css";')).toMatch(/@import 규칙/);
    expect(cssProblem('@IMPORT "x.css";')).toMatch(/@IMPORT 규칙/);
    expect(cssProblem('background: -webkit-image-set(a 1x)')).toMatch(/-webkit-image-set\(…\)/);
    expect(cssProblem('fill: ur/**/l(x)')).toMatch(/l\(…\)/);
    expect(cssProblem('fill: URL(https://x)')).toMatch(/URL\(…\) 은\(는\)|url\(https:\/\/x\) 은\(는\)/);
  });
});

/**
 * Fastest time of `large` over fastest of `small`, in turns so both see the
 * same machine: other work (tests run in parallel) only ever adds time.
 */
function timeRatio(large: () => void, small: () => void): number {
  const best = {large: Infinity, small: Infinity};
  for (let turn = 0; turn < 9; turn++) {
    for (const [which, run] of [['small', small], ['large', large]] as const) {
      const start = performance.now();
      run();
      best[which] = Math.min(best[which], performance.now() - start);
    }
  }
  return best.large / best.small;
}

describe('linear time', () => {
  const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg">${body}</svg>`;
  const style = (css: string) => svg(`<style>${css}</style>`);
  it.each([
    ['style: an unclosed comment run', (n: number) => style('/*'.repeat(n / 2))],
    ['style: a long name with no (', (n: number) => style(`.a{fill:${'a'.repeat(n)}}`)],
    ['style: many url( with no )', (n: number) => style('url(#a '.repeat(n / 7))],
    ['many elements nested up to the limit', (n: number) => svg(`${'<g>'.repeat(98)}${'</g>'.repeat(98)}`.repeat(n / 686))],
    ['many elements with many attributes', (n: number) => svg(`<rect${Array.from({length: 150}, (_, i) => ` data-a${i}="1"`).join('')}/>`.repeat(n / 1800))],
  ])('%s: doubling the input does not more than triple the time', (_, make) => {
    const small = make(1_000_000);
    const large = make(2_000_000);
    findSvgProblems(large); // warm up
    expect(timeRatio(() => findSvgProblems(large), () => findSvgProblems(small))).toBeLessThan(3);
  }, 60_000);
});
