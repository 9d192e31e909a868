import {describe, expect, it} from 'vitest';
import {classTokens, removeUnusedInfima, requiredClasses} from './purge';

const infima = (rules: string) => `@layer docusaurus.infima{${rules}}`;

describe('classTokens', () => {
  it('splits class lists and code into the words a class could be', () => {
    const tokens = classTokens(['e.className="button button--primary";', 'clsx("menu__link",a&&"menu__link--active")']);
    for (const name of ['button', 'button--primary', 'menu__link', 'menu__link--active']) expect(tokens).toContain(name);
  });
});

describe('requiredClasses', () => {
  it('asks only for the classes outside functional pseudo-classes', () => {
    expect(requiredClasses('.markdown a:not(.button)')).toEqual(['markdown']);
    expect(requiredClasses('.navbar .dropdown:is(.open, .x)>.menu')).toEqual(['navbar', 'dropdown', 'menu']);
    expect(requiredClasses('html[data-theme=dark] body')).toEqual([]);
  });
});

describe('removeUnusedInfima', () => {
  const used = new Set(['button', 'alert']);

  it('removes Infima rules for classes no script names, and selectors of a list that none names', () => {
    const css = infima('.avatar{margin:0}.button,.pills__item{color:red}.alert{padding:1px}a:not(.hero){color:blue}');
    const purged = removeUnusedInfima(css, used);
    expect(purged).not.toContain('.avatar');
    expect(purged).not.toContain('.pills__item');
    expect(purged).toContain('.button{color:red}');
    expect(purged).toContain('.alert{padding:1px}');
    expect(purged).toContain('a:not(.hero){color:blue}');
  });

  it('drops media queries left empty and keeps what is not a class rule', () => {
    const css = infima('@media (min-width:997px){.hero{padding:4rem}}:root{--ifm-x:1}@keyframes spin{from{opacity:0}}');
    const purged = removeUnusedInfima(css, used);
    expect(purged).not.toContain('@media');
    expect(purged).toContain(':root{--ifm-x:1}');
    expect(purged).toContain('@keyframes spin{from{opacity:0}}');
  });

  it('leaves CSS outside the Infima layer alone, whose class names may be built from data', () => {
    const css = `.callout-fold--tip{color:green}@layer docusaurus.theme-classic{.codeBlockTitle{font-weight:700}}`;
    expect(removeUnusedInfima(css, used)).toBe(css);
  });
});
