import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {mathRanges} from './text';
import {randomTexts} from '../../../tests/randomTexts';

const alphabet = (JSON.parse(readFileSync(new URL('../../security/__fixtures__/linear-text.json', import.meta.url), 'utf8')) as {alphabet: string[]}).alphabet;

// The pattern mathRanges used to run (super-linear on `$` and many `\$`): its meaning, kept as the reference.
const REFERENCE = /\$\$[\s\S]+?\$\$|\$(?=\S)(?:[^$\n\\]|\\.)*?(?<=\S)\$(?!\d)/g;
const reference = (value: string) => [...value.matchAll(REFERENCE)].map((match) => [match.index, match.index + match[0].length]);

describe('mathRanges', () => {
  it('finds inline and display math, not prices', () => {
    expect(mathRanges('값 $x^2$ 와 $$\\sum$$, 가격 $5 와 $10')).toEqual([[2, 7], [10, 18]]);
  });

  it('finds what the reference pattern finds, on random text', () => {
    for (const text of randomTexts([...alphabet, '$', '\\$', '\r'], 30_000, 14, 5)) expect(mathRanges(text), JSON.stringify(text)).toEqual(reference(text));
  });
});
