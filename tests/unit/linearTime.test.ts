import {describe, expect, it} from 'vitest';
import {doublingRatio, LINEAR} from '../linearTime';
import {parseGlossary, plainText} from '../../src/glossary/parseGlossary';
import {wrapSpacedUrls} from '../../src/plugins/spacedUrls';
import {mathRanges} from '../../src/plugins/obsidian/text';
import {boldMarkdown} from '../../src/plugins/fontSubset/text';
import {markdownProse} from '../../src/search/vocabulary';
import {replaceEnclosed, replaceLinks} from '../../src/security/linearText';
import {inertLogText} from '../../src/security/logText';
import {contentSizeProblems} from '../../src/security/contentSize';
import {closest} from '../../src/content-check/closest';

/**
 * Every scan over article text that a crafted pull request once stalled
 * (issue 12: 41 s for a glossary heading, 36 s for `$` and `\$`s, 67 s for a
 * spaced link), and the ones found like them, with the input that made each
 * super-linear. Doubling the input must not much more than double the time.
 */
const cases: Array<[string, (input: string) => unknown, (size: number) => string, number]> = [
  ['glossary heading with a long run of blanks', parseGlossary, (n) => `### 파드${' '.repeat(n)}x\n\n정의.`, 20_000],
  ['glossary heading with many {# and no }', parseGlossary, (n) => `### 파드 ${'{#a'.repeat(n)}\n\n정의.`, 10_000],
  ['glossary definition with many ![ and no ]', parseGlossary, (n) => `### 파드 {#pod}\n\n${'!['.repeat(n)}`, 10_000],
  ['plain text of many < without >', plainText, (n) => '<'.repeat(n), 20_000],
  ['plain text of many [ without ]', plainText, (n) => '['.repeat(n), 20_000],
  ['plain text of many [a]( without )', plainText, (n) => '[a]('.repeat(n), 10_000],
  ['spaced URL: link with a long run of spaces', wrapSpacedUrls, (n) => `[링크](a${' '.repeat(n)}b)`, 20_000],
  ['spaced URL: spaces before a title quote', wrapSpacedUrls, (n) => `[링크](a${' '.repeat(n)}"b)`, 20_000],
  ['spaced URL: many [ without ]', wrapSpacedUrls, (n) => '['.repeat(n), 20_000],
  ['spaced URL: many [a](x without )', wrapSpacedUrls, (n) => `${'[a](x'.repeat(n)}<`, 5_000],
  ['math: $ and many \\$', mathRanges, (n) => `$${'\\$'.repeat(n)}`, 20_000],
  ['math: many $$ without a closing pair', mathRanges, (n) => '$$ a'.repeat(n), 10_000],
  ['math: many $ before a digit', mathRanges, (n) => `${'$a '.repeat(n)}`, 10_000],
  ['font subset: table rule after a long run of blanks', boldMarkdown, (n) => `${' '.repeat(n)}x`, 20_000],
  ['font subset: many <b without >', boldMarkdown, (n) => '<b '.repeat(n), 10_000],
  ['search words: many ]( without )', markdownProse, (n) => ']('.repeat(n), 20_000],
  ['search words: many < without >', markdownProse, (n) => '<'.repeat(n), 20_000],
  ['enclosed: many opening without closing', (text) => replaceEnclosed(text, '<', '>', () => ''), (n) => '<a'.repeat(n), 20_000],
  ['links: many ![ without ]', (text) => replaceLinks(text, '![', (label) => label), (n) => '!['.repeat(n), 20_000],
  ['log text: control characters', inertLogText, (n) => '\n::x##['.repeat(n), 5_000],
  ['size limits: a long line', contentSizeProblems, (n) => 'x'.repeat(n), 20_000],
];

describe('text scans over article text take linear time', () => {
  for (const [name, run, make, size] of cases) {
    it(name, () => {
      expect(doublingRatio(run, make, size)).toBeLessThan(LINEAR);
    });
  }
});

describe('typo guesses stay bounded however long the words', () => {
  it('closest: a long broken anchor against long headings', () => {
    const headings = (size: number) => Array.from({length: 20}, (_, i) => `${'가'.repeat(size)}${i}`);
    expect(doublingRatio((word) => closest(word, headings(word.length)), (n) => 'x'.repeat(n), 2_000)).toBeLessThan(LINEAR);
  });
});
