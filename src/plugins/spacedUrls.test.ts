import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import {visit} from 'unist-util-visit';
import type {Image, Link} from 'mdast';
import {wrapSpacedUrls} from './spacedUrls';
import {randomTexts} from '../../tests/randomTexts';

const fixture = readFileSync(new URL('./__fixtures__/spaced-urls.md', import.meta.url), 'utf8');

function urlsIn(markdown: string): string[] {
  const urls: string[] = [];
  visit(unified().use(remarkParse).parse(markdown), ['image', 'link'], (node) => {
    urls.push((node as Image | Link).url);
  });
  return urls;
}

describe('wrapSpacedUrls', () => {
  const output = wrapSpacedUrls(fixture);

  it('turns destinations with spaces and Hangul into real images and links', () => {
    expect(urlsIn(fixture)).toEqual(['/img/이미지 창고/그림 3.png', '/docs/pod']);
    expect(urlsIn(output)).toEqual([
      '/img/이미지 창고/Pasted image 1.png',
      '/img/이미지 창고/그림 2.png',
      '/img/이미지 창고/그림 3.png',
      '/docs/pod',
      '/img/c d.png',
    ]);
  });

  it('keeps titles and already wrapped destinations as written', () => {
    expect(output).toContain('[제목 있는 링크](</img/이미지 창고/그림 2.png> "그림 제목")');
    expect(output).toContain('[이미 감싼 링크](</img/이미지 창고/그림 3.png>)');
    expect(output).toContain('[띄어쓰기 없는 링크](/docs/pod "제목 안의 띄어쓰기")');
  });

  it('leaves code spans and fenced code blocks alone', () => {
    expect(output).toContain('`![코드 안](/img/a b.png)`');
    expect(output).toContain('![코드 블록 안](/img/a b.png)');
    expect(output).toContain('![물결 펜스 안](/img/a b.png)');
    expect(output).toContain('![여전히 펜스 안](/img/a b.png)');
  });

  it('keeps every line where it was', () => {
    expect(output.split('\n')).toHaveLength(fixture.split('\n').length);
  });
});

// The patterns wrapSpacedUrls used to run (super-linear on long runs of
// blanks or brackets): their meaning, kept as the reference for one line of prose.
const REFERENCE_LINK = /(!?\[(?:[^\]\\]|\\.)*\])\(([^()<>\n]*?)\)/g;
const REFERENCE_TITLE = /^(.*?)\s+("[^"]*"|'[^']*')$/;
function referenceProse(text: string): string {
  return text.replace(REFERENCE_LINK, (_match, label: string, raw: string) => {
    const trimmed = raw.trim();
    if (!/\s/.test(trimmed)) return `${label}(${raw})`;
    const titled = REFERENCE_TITLE.exec(trimmed);
    const [url, title] = titled ? [titled[1]!, titled[2]!] : [trimmed, undefined];
    if (!/\s/.test(url)) return `${label}(${raw})`;
    return `${label}(${title ? `<${url}> ${title}` : `<${url}>`})`;
  });
}

describe('wrapSpacedUrls on random prose', () => {
  it('rewrites links as the reference patterns do', () => {
    const alphabet = ['[', ']', '(', ')', '!', ' ', 'a', '\\', '"', "'", '<', '>', '](', ' "t"'];
    for (const line of randomTexts(alphabet, 30_000, 16, 3)) expect(wrapSpacedUrls(line), JSON.stringify(line)).toBe(referenceProse(line));
  });
});
