import type {LoadContext, Plugin} from '@docusaurus/types';
// Rspack implements these webpack interfaces; Docusaurus' own types use them.
import type {Compiler} from 'webpack';
import {classTokens, removeUnusedInfima} from './purge';

const NAME = 'k8s-unused-infima';

/**
 * Every page loads the one stylesheet, Infima included, and most of Infima
 * styles components this site never shows. The client scripts hold every
 * class a page can carry (the theme's components, each article compiled to
 * JavaScript, medium-zoom), so after bundling, Infima rules for classes none
 * of them names are removed (./purge.ts). This runs before the bundler hashes
 * the files, so the stylesheet's name still follows its content.
 */
export default function unusedInfima() {
  return (_context: LoadContext): Plugin => ({
    name: NAME,
    configureWebpack(_config, isServer) {
      if (isServer || process.env.NODE_ENV !== 'production') return {};
      return {
        plugins: [
          {
            apply(compiler: Compiler) {
              const {Compilation, sources} = compiler.webpack;
              compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
                // After the minifiers (same stage, tapped earlier), before the real content hash.
                compilation.hooks.processAssets.tap({name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1}, (assets) => {
                  const names = Object.keys(assets);
                  const used = classTokens(names.filter((name) => name.endsWith('.js')).map((name) => assets[name]!.source().toString()));
                  for (const name of names.filter((file) => file.endsWith('.css'))) {
                    compilation.updateAsset(name, new sources.RawSource(removeUnusedInfima(assets[name]!.source().toString(), used)));
                  }
                });
              });
            },
          },
        ],
      };
    },
  });
}
