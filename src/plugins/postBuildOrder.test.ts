import type {LoadContext, Plugin} from '@docusaurus/types';
import {describe, expect, it} from 'vitest';
import {postBuildInOrder} from './postBuildOrder';

const context = {} as LoadContext;
const props = {} as Parameters<NonNullable<Plugin['postBuild']>>[0];
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

/** Runs both postBuilds at once, as Docusaurus does. */
async function runTogether(pair: ReturnType<typeof postBuildInOrder>) {
  const plugins = (await Promise.all(pair.map((module) => module(context, {})))) as Plugin[];
  return Promise.allSettled(plugins.map((plugin) => plugin.postBuild?.(props)));
}

describe('postBuildInOrder', () => {
  it("starts the second postBuild only after the first one's has finished", async () => {
    const events: string[] = [];
    const first = (): Plugin => ({
      name: 'first',
      async postBuild() {
        events.push('first starts');
        await tick();
        events.push('first ends');
      },
    });
    const then = (): Plugin => ({name: 'then', postBuild: async () => void events.push('then runs')});
    await runTogether(postBuildInOrder(first, then));
    expect(events).toEqual(['first starts', 'first ends', 'then runs']);
  });

  it('skips the second postBuild when the first one failed, and keeps its error', async () => {
    let ran = false;
    const first = (): Plugin => ({
      name: 'first',
      postBuild: async () => {
        throw new Error('index failed');
      },
    });
    const then = (): Plugin => ({name: 'then', postBuild: async () => void (ran = true)});
    const [firstResult, thenResult] = await runTogether(postBuildInOrder(first, then));
    expect(firstResult).toMatchObject({status: 'rejected', reason: new Error('index failed')});
    expect(thenResult?.status).toBe('fulfilled');
    expect(ran).toBe(false);
  });

  it('runs the second at once when the first has no postBuild, and keeps the other hooks', async () => {
    let ran = false;
    const first = (): Plugin => ({name: 'first', getClientModules: () => ['a.ts']});
    const then = (): Plugin => ({name: 'then', postBuild: async () => void (ran = true)});
    const pair = postBuildInOrder(first, then);
    const firstPlugin = (await pair[0](context, {})) as Plugin;
    expect(firstPlugin.getClientModules?.()).toEqual(['a.ts']);
    await runTogether(pair);
    expect(ran).toBe(true);
  });
});
