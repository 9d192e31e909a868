import {obsidianSyntax} from './obsidian';
import sourceCaption from './sourceCaption';
import demoteInnerH1 from './demoteInnerH1';

/**
 * The site's own tree transforms that change what later steps see, in order:
 * Obsidian syntax (callouts, `[[…]]`, `==…==`, `%%…%%`) becomes the converted
 * form's tree, `###### 출처 :` lines stop being headings, inner H1s become H2s.
 * The build (docusaurus.config.ts) and `npm run check` (src/content-check/parse.ts)
 * run this one list, and check for unsafe content before and after it
 * (rejectUnsafeContent.ts), so the two always judge the same trees.
 */
export const siteTransforms = [...obsidianSyntax, sourceCaption, demoteInnerH1];
