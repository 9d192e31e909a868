/**
 * @docusaurus/mdx-loader writes `export const frontMatter = …` and
 * `export const contentTitle = …` into each page's JavaScript with the
 * stringify-object package, which puts a string between single quotes and
 * escapes `'` (as `\'`) and line breaks, but not `\`. So `\\'+(…)//` in a
 * title or keyword ended the string early and ran as code, in readers'
 * browsers and in Node while the site was built.
 *
 * forStringifyObject(value) returns a copy of `value` whose strings (and
 * object keys) stringify-object writes as JavaScript string literals that
 * read back as exactly the original text: every `\` and `'` gets a `\` in
 * front. stringify-object leaves `\'` as it is (its pattern is /\\?'/), and
 * no bare `'` is left for it to escape, so the page sees the text as the
 * author wrote it.
 */

const escapeForLiteral = (text: string) => text.replace(/[\\']/g, (character) => `\\${character}`);

export function forStringifyObject<T>(value: T): T {
  if (typeof value === 'string') return escapeForLiteral(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => forStringifyObject(item)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [escapeForLiteral(key), forStringifyObject(item)])) as T;
  }
  return value;
}
