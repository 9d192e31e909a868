import fs from 'node:fs';
import path from 'node:path';
import {parseGlossary, type Glossary} from './parseGlossary';

/**
 * The glossary file, read once and shared by the search index
 * (src/plugins/search), the `<Term>` tooltips (src/plugins/glossaryTerms.ts)
 * and the content checker (src/content-check/rules/glossaryTerms.ts).
 */

/** The glossary is a doc of its own (/docs/glossary): this file in the docs folder. */
export const GLOSSARY_IN_DOCS = 'glossary.md';

/** The glossary relative to the site folder, as messages name it. */
export const GLOSSARY_FILE = `docs/${GLOSSARY_IN_DOCS}`;

const cache = new Map<string, {mtimeMs: number; glossary: Glossary}>();

/**
 * The glossary in `file`, parsed; read again only when the file changes (so
 * `npm start` picks up edits). The result is shared between callers: don't
 * change it. Throws like `fs.statSync` when the file is missing; callers check
 * first and say so in their own words.
 */
export function readGlossary(file: string): Glossary {
  const key = path.resolve(file);
  const {mtimeMs} = fs.statSync(key);
  const cached = cache.get(key);
  if (cached && cached.mtimeMs === mtimeMs) return cached.glossary;
  const glossary = parseGlossary(fs.readFileSync(key, 'utf8'));
  cache.set(key, {mtimeMs, glossary});
  return glossary;
}
