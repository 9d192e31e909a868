/**
 * Text replacements that take time in proportion to the text, for the places
 * where a regular expression like `/<[^>]+>/g` or `/\[([^\]]*)\]\([^)]*\)/g`
 * would be tried again from every opening character and rescan the rest of
 * the text each time (`<<<<…` or `![![![…` without a closing character took
 * quadratic time). Each helper finds its closing character once with
 * `indexOf`; when it is missing, no later opening can match either.
 */

/**
 * Replaces every `open` + run without `close` + `close`, like
 * `text.replace(/<open>([^<close>]*)<close>/g, …)` (`[^…]+` when `nonEmpty`).
 */
export function replaceEnclosed(
  text: string,
  open: string,
  close: string,
  replace: (inner: string) => string,
  {nonEmpty = false} = {},
): string {
  let out = '';
  let copied = 0;
  for (let at = text.indexOf(open); at !== -1; ) {
    const innerStart = at + open.length;
    const end = text.indexOf(close, innerStart);
    if (end === -1) break; // no later opening can be closed either
    if (nonEmpty && end === innerStart) {
      at = text.indexOf(open, at + 1);
      continue;
    }
    out += text.slice(copied, at) + replace(text.slice(innerStart, end));
    copied = end + close.length;
    at = text.indexOf(open, copied);
  }
  return out + text.slice(copied);
}

/**
 * Replaces every Markdown link `[label](target)` (or image, with `prefix`
 * `![`) by `replace(label)`, like `text.replace(/\[([^\]]*)\]\([^)]*\)/g, …)`.
 */
export function replaceLinks(text: string, prefix: '[' | '![', replace: (label: string) => string): string {
  let out = '';
  let copied = 0;
  for (let at = text.indexOf(prefix); at !== -1; ) {
    const labelStart = at + prefix.length;
    const labelEnd = text.indexOf(']', labelStart);
    if (labelEnd === -1) break;
    if (text[labelEnd + 1] !== '(') {
      // Every opening before this `]` ends its label at the same `]`: none can match.
      at = text.indexOf(prefix, labelEnd + 1);
      continue;
    }
    const end = text.indexOf(')', labelEnd + 2);
    if (end === -1) break;
    out += text.slice(copied, at) + replace(text.slice(labelStart, labelEnd));
    copied = end + 1;
    at = text.indexOf(prefix, copied);
  }
  return out + text.slice(copied);
}
