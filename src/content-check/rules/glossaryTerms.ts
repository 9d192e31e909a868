import fs from 'node:fs';
import path from 'node:path';
import {posixPath} from '@docusaurus/utils';
import {GLOSSARY_IN_DOCS} from '../../glossary/readGlossary';
import {findUnknownTerms, readGlossaryEntries} from '../../plugins/glossaryTerms';
import type {Rule} from '../types';

/**
 * `<Term id="…">` must name an entry of the glossary, as the build demands.
 * The glossary is a doc like the others (docs/glossary.md), so it is looked
 * up in the checked site's docs folder and named relative to the site.
 */
export const glossaryTerms: Rule = {
  name: 'glossary-terms',
  check(article, site) {
    const glossary = path.join(site.docsDir, GLOSSARY_IN_DOCS);
    if (!article.tree || !fs.existsSync(glossary)) return [];
    const glossaryFile = posixPath(path.relative(site.siteDir, glossary));
    return findUnknownTerms(article.tree, readGlossaryEntries(glossary), glossaryFile).map((problem) => ({
      ...article.toSource(problem),
      severity: 'error' as const,
      message: problem.message,
    }));
  },
};
