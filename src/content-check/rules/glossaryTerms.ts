import fs from 'node:fs';
import path from 'node:path';
import {findUnknownTerms, readGlossaryEntries} from '../../plugins/glossaryTerms';
import type {Rule} from '../types';

/** `<Term id="…">` must name an entry of docs/glossary.md, as the build demands. */
export const glossaryTerms: Rule = {
  name: 'glossary-terms',
  check(article, site) {
    const glossary = path.join(site.siteDir, 'docs/glossary.md');
    if (!article.tree || !fs.existsSync(glossary)) return [];
    return findUnknownTerms(article.tree, readGlossaryEntries(glossary)).map((problem) => ({
      ...article.toSource(problem),
      severity: 'error' as const,
      message: problem.message,
    }));
  },
};
