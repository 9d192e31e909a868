import siteConfig from '@generated/docusaurus.config';
import type * as PrismNamespace from 'prismjs';

/**
 * Docusaurus' loader of `themeConfig.prism.additionalLanguages`
 * (theme-classic's prism-include-languages), less its PHP branch: that
 * branch's static `require` put prism-markup-templating, which only PHP and
 * template-language grammars use, into every code block's chunk. Called by
 * src/theme/CodeBlock, not by theme-classic's client module (src/plugins/prismWithCodeBlock). Adding one of
 * those to additionalLanguages means requiring
 * 'prismjs/components/prism-markup-templating.js' before it here (the build
 * fails without it, as the server render runs this too). The `require` below
 * resolves against only the listed grammars: theme-classic narrows the folder
 * to them.
 */
export default function prismIncludeLanguages(PrismObject: typeof PrismNamespace): void {
  const {additionalLanguages} = (siteConfig.themeConfig as {prism: {additionalLanguages: string[]}}).prism;
  const global = globalThis as {Prism?: typeof PrismNamespace};
  // Grammars register themselves on the global Prism: lend them this instance.
  const before = global.Prism;
  global.Prism = PrismObject;
  for (const language of additionalLanguages) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(`prismjs/components/prism-${language}`);
  }
  if (before === undefined) delete global.Prism;
  else global.Prism = before;
}
