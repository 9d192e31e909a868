/**
 * Admonition types an article may use. `error` is our authors' own type (not a
 * Docusaurus default); src/theme/Admonition/Types.tsx renders it.
 */
export const CUSTOM_ADMONITION_TYPES = ['error'] as const;

export const ADMONITION_TYPES = ['note', 'tip', 'info', 'warning', 'danger', 'caution', ...CUSTOM_ADMONITION_TYPES] as const;

/**
 * `:::quiz 질문` (or the callout `> [!quiz] 질문`) is a knowledge check, not
 * an admonition: src/plugins/quiz/ turns it into the Quiz component, so it is
 * not among Docusaurus' admonition keywords.
 */
export const QUIZ_DIRECTIVE = 'quiz';

/** Every `:::type` box an article may open. */
export const BOX_TYPES = [...ADMONITION_TYPES, QUIZ_DIRECTIVE] as const;
