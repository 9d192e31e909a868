import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {inertLogText} from '../../security/logText';
import {APP_ICONS, MANIFEST_FILE, THEME_COLOR, appManifest} from './appManifest';
import {writeAppIcons} from './appIcons';
import {serveRetiringWorker} from './retiringWorker';
import {writeServiceWorker} from './serviceWorker';

const PLUGIN_NAME = 'k8s-offline';
const LOGO_FILE = 'static/img/logo.svg';

/**
 * The course as an installable app that works without network after the
 * first visit (issue #15): a web app manifest with its icons, and a service
 * worker that keeps the whole built site, the Pagefind index included. Its
 * postBuild must run after the search index is written: pair it with the
 * search plugin through ../postBuildOrder.ts (docusaurus.config.ts).
 *
 * Only `docusaurus build`: under `npm start` no manifest is named and no
 * worker registered (src/clientModules/offline.ts), and a worker left by a
 * built site on the same address retires itself (./retiringWorker.ts), so
 * authors always see their latest edit.
 */
export default function offline() {
  return (context: LoadContext): Plugin => {
    const {baseUrl, title, tagline} = context.siteConfig;
    const building = process.env.NODE_ENV === 'production';
    return {
      name: PLUGIN_NAME,

      configureWebpack(_config, isServer) {
        return building || isServer ? {} : {plugins: [serveRetiringWorker(PLUGIN_NAME)]};
      },

      getClientModules() {
        return [path.resolve(__dirname, '../../clientModules/offline')];
      },

      injectHtmlTags() {
        if (!building) return {};
        // iOS paints an icon's transparent parts black: the maskable one is opaque.
        const appleIcon = APP_ICONS.find((icon) => icon.purpose === 'maskable')!;
        return {
          headTags: [
            {tagName: 'link', attributes: {rel: 'manifest', href: `${baseUrl}${MANIFEST_FILE}`}},
            {tagName: 'meta', attributes: {name: 'theme-color', content: THEME_COLOR}},
            {tagName: 'link', attributes: {rel: 'apple-touch-icon', href: `${baseUrl}${appleIcon.file}`}},
          ],
        };
      },

      async postBuild({outDir}) {
        const started = Date.now();
        await writeAppIcons(path.join(context.siteDir, LOGO_FILE), outDir);
        await writeFile(path.join(outDir, MANIFEST_FILE), JSON.stringify(appManifest({title, tagline: tagline ?? '', baseUrl})));
        const {count, size, warnings} = await writeServiceWorker(outDir);
        // E.g. a file over the size limit: the site works, only that file is missing offline. File names come from pull requests.
        for (const warning of warnings) console.warn(`[오프라인] 오프라인 사본에서 빠진 것이 있습니다: ${inertLogText(warning)}`);
        console.log(
          `[오프라인] 서비스 워커: 파일 ${count}개 (${(size / 1024 / 1024).toFixed(1)} MB)를 오프라인용으로 저장합니다 (${((Date.now() - started) / 1000).toFixed(1)}초).`,
        );
      },
    };
  };
}
