import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {inertLogText, locatedMessage} from './logText';

const fixtures = JSON.parse(readFileSync(new URL('./__fixtures__/forged-log-lines.json', import.meta.url), 'utf8')) as Record<string, [string, string]>;

// What a CI runner or terminal treats as the end of a line.
const LINE_BREAK = /[\n\r\u000b\u000c\u0085\u2028\u2029]/;

describe('inertLogText', () => {
  for (const [name, [input, expected]] of Object.entries(fixtures)) {
    it(name, () => {
      const output = inertLogText(input);
      expect(output).toBe(expected);
      expect(output).not.toMatch(LINE_BREAK);
      expect(output).not.toContain('##[');
    });
  }

  it('leaves no control character of any code point', () => {
    const every = Array.from({length: 0xa0}, (_, point) => String.fromCharCode(point)).join('');
    expect(inertLogText(every)).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/);
  });
});

describe('locatedMessage', () => {
  it('names file, line and column the way npm run check does', () => {
    expect(locatedMessage('docs/04-workloads/pod.md', 23, 5, '메시지')).toBe('docs/04-workloads/pod.md:23:5  메시지');
  });

  it('keeps a file name holding a newline (git allows it) on one line', () => {
    const line = locatedMessage('docs/a\n::warning file=x::y.md', 1, 1, '메시지');
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toBe('docs/a\\n::warning file=x::y.md:1:1  메시지');
  });
});
