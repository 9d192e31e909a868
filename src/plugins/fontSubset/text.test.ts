import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {boldMarkdown, collectSiteText, unicodeRange, unique} from './text';
import type {LoadContext, Plugin} from '@docusaurus/types';
import fontSubset, {cutRanges, fontFacesModule} from './index';

describe('boldMarkdown', () => {
  it('takes the text an article shows in bold', () => {
    const markdown = [
      '---',
      'title: 파드 이야기',
      '---',
      '## 학습 목표',
      '보통 글에 **굵은 말**과 __밑줄 굵게__ 가 섞여 있습니다.',
      ':::warning 조심하세요',
      '본문',
      ':::',
      '| 층 | 하는 일 |',
      '| --- | --- |',
      '| 파드 | 실행 |',
      '<summary>펼쳐 보기</summary>',
    ].join('\n');
    const bold = boldMarkdown(markdown);
    for (const expected of ['파드 이야기', '학습 목표', '굵은 말', '밑줄 굵게', '조심하세요', '| 층 | 하는 일 |', '펼쳐 보기']) {
      expect(bold).toContain(expected);
    }
    expect(bold).not.toContain('보통');
    expect(bold).not.toContain('실행');
  });
});

describe('unique and unicodeRange', () => {
  it('keeps each visible character once, in code point order', () => {
    expect(unique('파드 파드\n\tab')).toBe(' ab드파');
  });

  it('merges consecutive code points into ranges', () => {
    expect(unicodeRange('가각갂 ab d')).toBe('U+20,U+61-62,U+64,U+AC00-AC02');
  });
});

describe('collectSiteText', () => {
  it('reads articles, chapter labels and the interface; bold gets only what shows in bold', () => {
    const site = mkdtempSync(path.join(tmpdir(), 'font-text-'));
    mkdirSync(path.join(site, 'docs/01-장'), {recursive: true});
    mkdirSync(path.join(site, 'src/components/Box'), {recursive: true});
    writeFileSync(path.join(site, 'docs/01-장/글.md'), '# 제목뿐\n\n본문만 있는 문장.\n');
    writeFileSync(path.join(site, 'docs/01-장/_category_.json'), '{"label": "장이름"}');
    writeFileSync(path.join(site, 'src/components/Box/index.tsx'), 'export const label = "단추";');
    writeFileSync(path.join(site, 'src/components/Box/index.test.ts'), '"시험용 글자 뷁"');
    const {regular, bold} = collectSiteText(site);
    for (const char of '제목뿐본문만있는문장장이름단추') expect(regular).toContain(char);
    for (const char of '제목뿐장이름단추') expect(bold).toContain(char);
    expect(bold).not.toContain('본');
    expect(regular).not.toContain('뷁');
    expect(regular).toContain('년'); // dates shown by the browser
    expect(bold).toContain('\u200b'); // heading anchors
  });
});

describe('fontFacesModule and cutRanges', () => {
  it('imports both weights; the characters each holds are listed apart, not shipped to readers', () => {
    const module = fontFacesModule((weight) => `f-${weight}.woff2`);
    expect(module).toContain("import url400 from './f-400.woff2';\nimport url700 from './f-700.woff2';");
    expect(module).toContain(`export default [{weight: '400', url: url400}, {weight: '700', url: url700}];`);
    expect(module).not.toContain('U+');
    expect(cutRanges({regular: 'ab가', bold: 'a가'})).toEqual({400: 'U+61-62,U+AC00', 700: 'U+61,U+AC00'});
  });
});

describe('fontSubset outside a build', () => {
  it('still writes the faces module /print imports, empty, so `npm start` compiles on a fresh clone', async () => {
    const generatedFilesDir = mkdtempSync(path.join(tmpdir(), 'k8s-fonts-'));
    const plugin = (fontSubset() as (context: LoadContext) => Plugin)({generatedFilesDir} as LoadContext);
    expect(process.env.NODE_ENV).not.toBe('production');
    expect(plugin.loadContent).toBeUndefined();
    try {
      const faces = (await import(path.join(generatedFilesDir, 'k8s-fonts/faces.js'))) as {default: unknown[]};
      expect(faces.default).toEqual([]);
    } finally {
      rmSync(generatedFilesDir, {recursive: true, force: true});
    }
  });
});
