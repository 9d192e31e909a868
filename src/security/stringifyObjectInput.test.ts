import {describe, expect, it} from 'vitest';
import {createRequire} from 'node:module';
import {forStringifyObject} from './stringifyObjectInput';

// The stringify-object that @docusaurus/mdx-loader itself loads.
const requireFromMdxLoader = createRequire(createRequire(import.meta.url).resolve('@docusaurus/mdx-loader'));
const stringifyObject = requireFromMdxLoader('stringify-object') as (value: unknown) => string;

// What @docusaurus/mdx-loader does with the frontmatter: stringify-object, then the page's JavaScript.
const roundTrip = (value: unknown): unknown => new Function(`return ${stringifyObject(value)};`)();

const HOSTILE = [
  String.raw`\\'+(globalThis.__pwned="title")//`,
  String.raw`\'`,
  String.raw`\\\'`,
  String.raw`끝 \ `,
  '\\',
  "it's",
  String.raw`\n \u0041 \x \0`,
  'line\nbreak\r\n',
  '\u2028\u2029',
  '</script><script>x</script>',
];

describe('forStringifyObject', () => {
  it('stringify-object alone lets a backslash end the string and run the rest (why this exists)', () => {
    roundTrip({title: String.raw`\\'+(globalThis.__ranTitle=1)//`});
    expect((globalThis as {__ranTitle?: unknown}).__ranTitle).toBe(1);
  });

  it('reads back every string and key exactly, and runs nothing', () => {
    const frontMatter = {title: HOSTILE[0], keywords: HOSTILE, [HOSTILE[1]!]: {nested: [HOSTILE[2], 1, true, null]}, sidebar_position: 3};
    expect(roundTrip(forStringifyObject(frontMatter))).toEqual(frontMatter);
    for (const text of HOSTILE) expect(roundTrip(forStringifyObject(text))).toBe(text);
    expect((globalThis as {__pwned?: unknown}).__pwned).toBeUndefined();
  });

  it('leaves the value it was given alone', () => {
    const frontMatter = {title: HOSTILE[0]};
    forStringifyObject(frontMatter);
    expect(frontMatter.title).toBe(HOSTILE[0]);
  });
});
