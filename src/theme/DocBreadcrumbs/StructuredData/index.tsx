import type {ReactNode} from 'react';

/**
 * Docusaurus writes a BreadcrumbList here with the article alone (our chapters
 * have no page of their own). src/theme/DocItem/Metadata writes the fuller
 * one (home → article) instead, so this one stays empty.
 */
export default function DocBreadcrumbsStructuredData(): ReactNode {
  return null;
}
