import obsidianComments from './comments';
import obsidianCallouts from './callouts';
import obsidianWikiLinks from './wikiLinks';
import obsidianHighlights from './highlights';

/**
 * Articles may be written in Obsidian's own syntax; these remark plugins turn
 * it into the tree the converted form (`:::note 제목`, `<mark>`,
 * `![](/img/…)`, `[..](./x.md)`) parses to. The order matters: comments go
 * first (nothing inside `%%…%%` is read), callouts before the inline syntax
 * (their titles hold links and highlights too).
 *
 * The same list runs in the build (docusaurus.config.ts,
 * `beforeDefaultRemarkPlugins`) and in `npm run check`
 * (src/content-check/parse.ts). Site-dependent resolution comes after:
 * resolveWikiLinks.ts in the build, rules/obsidian.ts in the checker.
 */
export const obsidianSyntax = [obsidianComments, obsidianCallouts, obsidianWikiLinks, obsidianHighlights];

export {default as resolveWikiLinks} from './resolveWikiLinks';
