/**
 * Text we print that an article's author controls (messages quoting the
 * article, file names — git allows newlines in them) must stay on the line
 * we put it on. A CI runner reads every output line that starts with `::`
 * (after blanks) as a workflow command, and `##[` anywhere in a line as the
 * older form; a terminal obeys escape sequences; bidi controls reorder what
 * a reviewer reads. So line breaks of every kind and all other control
 * characters are shown as visible escapes (`\n`, `\u2028`), and `##[` loses
 * its bracket's meaning. Used by `npm run check` (every output mode) and by
 * the build's messages from our plugins.
 */

// C0 and C1 controls (tab stays: it moves nothing to a new line), DEL, the
// Unicode line and paragraph separators, and the bidi embedding, override and
// isolate controls.
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = {'\n': '\\n', '\r': '\\r'};

function visibleEscape(char: string): string {
  return NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** One line of text that no reader of the log can mistake for a command. */
export function inertLogText(text: string): string {
  return text.replace(CONTROL, visibleEscape).replaceAll('##[', '##\\[');
}

/** `docs/04-workloads/pod.md:23:5  메시지`, the one shape of every message about an article. */
export function locatedMessage(file: string, line: number, column: number, message: string): string {
  return `${inertLogText(file)}:${line}:${column}  ${inertLogText(message)}`;
}
