import type {Plugin} from '@docusaurus/types';

/**
 * The server bundle keeps every dynamically imported module in its one file.
 * A lazy island (src/components/LazyIsland) is rendered on the server from its
 * module, required synchronously: had it to wait for a chunk, React would put
 * the island's HTML at the end of the page with an inline script to move it.
 * The browser bundle is untouched: there the island's code stays a chunk of
 * its own, loaded when the reader nears it.
 */
export default function lazyIslandServer() {
  return (): Plugin => ({
    name: 'k8s-lazy-island-server',
    configureWebpack(_config, isServer) {
      if (!isServer) return {};
      return {module: {parser: {javascript: {dynamicImportMode: 'eager'}}}};
    },
  });
}
