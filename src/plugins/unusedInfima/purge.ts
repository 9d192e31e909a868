import postcss, {type AtRule, type Document, type Node, type Rule} from 'postcss';

/** The cascade layer Docusaurus puts Infima in (future.v4.useCssCascadeLayers). */
export const INFIMA_LAYER = 'docusaurus.infima';

/** Words a script could name a class by: `button button--primary` gives both. */
export function classTokens(scripts: Iterable<string>): Set<string> {
  const tokens = new Set<string>();
  for (const script of scripts) for (const [token] of script.matchAll(/[A-Za-z_][\w-]*/g)) tokens.add(token);
  return tokens;
}

/**
 * Classes an element must carry to match `selector`. What sits inside a
 * functional pseudo-class (`:not(.button)`, `:is(…)`, `:where(…)`,
 * `:has(…)`) asks nothing of the element itself, so it is left out: a rule
 * with `a:not(.button)` stays whether or not `.button` is used.
 */
export function requiredClasses(selector: string): string[] {
  let outside = '';
  let depth = 0;
  for (const char of selector) {
    if (char === '(') depth++;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) outside += char;
  }
  return [...outside.matchAll(/\.([A-Za-z_][\w-]*)/g)].map((match) => match[1]!);
}

function inLayer(rule: Rule, layer: string): boolean {
  for (let parent: Node | Document | undefined = rule.parent; parent; parent = parent.parent) {
    if (parent.type === 'atrule' && (parent as AtRule).name === 'layer' && (parent as AtRule).params === layer) return true;
  }
  return false;
}

/**
 * Infima's rules for components no script of the site names (avatars, pills,
 * hero banners …) removed from `css`, and selectors of a list that no script
 * names dropped from it. Only the Infima layer is touched: our own CSS builds
 * class names from data (`callout-fold--tip`) that no script spells out.
 */
export function removeUnusedInfima(css: string, usedClasses: ReadonlySet<string>): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    if (!inLayer(rule, INFIMA_LAYER)) return;
    const kept = rule.selectors.filter((selector) => requiredClasses(selector).every((name) => usedClasses.has(name)));
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  // A media query or layer block left empty goes too.
  root.walkAtRules((atRule) => {
    if (atRule.nodes?.length === 0) atRule.remove();
  });
  return root.toString();
}
