import type {LoadContext, Plugin, PluginModule} from '@docusaurus/types';

type PluginFactory = (context: LoadContext) => Plugin | Promise<Plugin>;

/**
 * Docusaurus starts every plugin's `postBuild` at the same moment (core's
 * executePluginsPostBuild: `Promise.all`), whatever their order in the config.
 * A step that reads what another `postBuild` writes (the service worker lists
 * the Pagefind index among the files it keeps offline) must wait for it:
 * `[a, b] = postBuildInOrder(first, then)` gives both plugins back unchanged
 * except that `then`'s postBuild starts once `first`'s has finished, and not
 * at all when it failed (the build fails with `first`'s error).
 */
export function postBuildInOrder(first: PluginFactory, then: PluginFactory): [PluginModule, PluginModule] {
  // One build (per locale) makes each plugin once, before any postBuild runs.
  let firstDone: Promise<void> = Promise.resolve();
  let finish: (failed: boolean) => void = () => {};
  const before: PluginModule = async (context) => {
    const plugin = await first(context);
    firstDone = new Promise<void>((resolve, reject) => {
      finish = (failed) => (failed ? reject(new Error(`${plugin.name} postBuild failed`)) : resolve());
    });
    // Nobody else awaits it when `then` has no postBuild: never an unhandled rejection.
    firstDone.catch(() => {});
    const postBuild = plugin.postBuild?.bind(plugin);
    if (!postBuild) {
      finish(false);
      return plugin;
    }
    return {
      ...plugin,
      async postBuild(props) {
        try {
          await postBuild(props);
        } catch (error) {
          finish(true);
          throw error;
        }
        finish(false);
      },
    };
  };
  const after: PluginModule = async (context) => {
    const plugin = await then(context);
    const postBuild = plugin.postBuild?.bind(plugin);
    if (!postBuild) return plugin;
    return {
      ...plugin,
      async postBuild(props) {
        try {
          await firstDone;
        } catch {
          return; // `first` failed, and the build with it: nothing to add to.
        }
        await postBuild(props);
      },
    };
  };
  return [before, after];
}
