import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

/**
 * theme-classic loads Prism on every page: its client module
 * `prism-include-languages` imports prism-react-renderer (Prism and its
 * bundled grammars, built when the module runs) to register
 * `additionalLanguages`. Code blocks are lazy islands here
 * (src/theme/MDXComponents/Code.tsx): their HTML comes highlighted from the
 * server, and nothing else highlights code. Building Prism's grammars was half
 * of main.js' start-up (about 100 ms at 4× CPU slowdown, one long task before
 * hydration). That client module is replaced by nothing, in both bundles, and
 * the grammars are registered by src/theme/CodeBlock, which loads with the
 * highlighter it feeds.
 */
export const PRISM_CLIENT_MODULE = path.join(path.dirname(require.resolve('@docusaurus/theme-classic/package.json')), 'lib', 'prism-include-languages');

export default function prismWithCodeBlock() {
  return (): Plugin => ({
    name: 'k8s-prism-with-code-block',
    configureWebpack() {
      // `$`: this file only. Docusaurus requires client modules by absolute path without extension.
      return {resolve: {alias: {[`${PRISM_CLIENT_MODULE}$`]: false}}};
    },
  });
}
