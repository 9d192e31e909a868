/**
 * How the course writes a command and what the terminal prints: the commands
 * alone in a ```bash block (no `$ ` prompt, so the copy button copies exactly
 * what to type), and right below it the output in a ```text block titled
 * "출력". The checker (src/content-check/rules/commandOutput.ts) enforces the
 * form; the code block theme (src/theme/CodeBlock) renders and copies by it.
 */

/** Title of an output block: ```text title="출력". */
export const OUTPUT_TITLE = '출력';

/** Language of an output block: plain text, never highlighted as shell. */
export const OUTPUT_LANGUAGE = 'text';

/** Fences whose lines a reader types into a terminal. */
export const COMMAND_LANGUAGES: ReadonlySet<string> = new Set(['bash', 'sh', 'shell', 'zsh']);

/** Prompt-and-output languages the course does not use (the copy button would copy prompts and output). */
export const PROMPT_LANGUAGES: ReadonlySet<string> = new Set(['console', 'shell-session', 'shellsession', 'terminal']);

/** `title="…"` of a code fence's meta string, as Docusaurus reads it. */
export function codeTitle(meta: string | null | undefined): string | undefined {
  return /(?:^|\s)title=(["'])(.*?)\1/.exec(meta ?? '')?.[2];
}

/** A shell prompt at the start of a command line (`$ kubectl get pods`); `# …` is a comment and stays. */
export const PROMPT_PATTERN = /^(\s*)\$\s/;
