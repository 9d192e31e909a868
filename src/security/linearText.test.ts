import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {replaceEnclosed, replaceLinks} from './linearText';
import {randomTexts} from '../../tests/randomTexts';

const fixtures = JSON.parse(readFileSync(new URL('./__fixtures__/linear-text.json', import.meta.url), 'utf8')) as {
  alphabet: string[];
  examples: Record<string, string>;
};

const keep = (text: string) => text;
const strip = (text: string) => replaceEnclosed(replaceLinks(replaceLinks(text, '![', keep), '[', keep), '<', '>', () => '', {nonEmpty: true});

describe('linearText gives what the regular expressions it replaces give', () => {
  const texts = randomTexts(fixtures.alphabet, 20_000);

  it('replaceLinks = /!?\\[([^\\]]*)\\]\\([^)]*\\)/g', () => {
    for (const text of texts) {
      expect(replaceLinks(text, '![', (label) => `<${label}>`), text).toBe(text.replace(/!\[([^\]]*)\]\([^)]*\)/g, '<$1>'));
      expect(replaceLinks(text, '[', (label) => `<${label}>`), text).toBe(text.replace(/\[([^\]]*)\]\([^)]*\)/g, '<$1>'));
    }
  });

  it('replaceEnclosed = /<[^>]+>/g and /\\]\\([^)]*\\)/g', () => {
    for (const text of texts) {
      expect(replaceEnclosed(text, '<', '>', () => '_', {nonEmpty: true}), text).toBe(text.replace(/<[^>]+>/g, '_'));
      expect(replaceEnclosed(text, '](', ')', () => ']'), text).toBe(text.replace(/\]\([^)]*\)/g, ']'));
    }
  });

  for (const [input, expected] of Object.entries(fixtures.examples)) {
    it(`strips links and tags: ${JSON.stringify(input)}`, () => expect(strip(input)).toBe(expected));
  }
});
