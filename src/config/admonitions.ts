/**
 * Admonition types an article may use. `error` is our authors' own type (not a
 * Docusaurus default); src/theme/Admonition/Types.tsx renders it.
 */
export const CUSTOM_ADMONITION_TYPES = ['error'] as const;

export const ADMONITION_TYPES = ['note', 'tip', 'info', 'warning', 'danger', 'caution', ...CUSTOM_ADMONITION_TYPES] as const;
