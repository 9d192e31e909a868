import {mkdir, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import {buildOutline} from '../courseOutline/outline';
import {ogImageFile} from '../../seo/ogImage';
import {renderOgImage, type OgCard} from './render';

export const PLUGIN_NAME = 'k8s-seo';

/** robots.txt: crawl everything, and where the sitemap is (an absolute URL, as robots.txt requires). */
export function robotsTxt(siteUrl: string, baseUrl: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl.replace(/\/+$/, '')}${base}sitemap.xml\n`;
}

export type OgJob = {file: string; card: OgCard};

/** One card per listed article, named after its URL, and one for the home page. */
export function ogJobs(docsContent: LoadedContent, sidebarId: string, site: {title: string; tagline: string; baseUrl: string}): OgJob[] {
  const version = docsContent.loadedVersions[0];
  if (!version) return [];
  const sidebar = version.sidebars[sidebarId];
  const chapterOf = new Map<string, string>();
  if (sidebar) {
    for (const chapter of buildOutline(sidebar as Parameters<typeof buildOutline>[0], version.docs).chapters) {
      for (const doc of chapter.docs) if (chapter.label) chapterOf.set(doc.id, chapter.label);
    }
  }
  const docs = version.docs
    .filter((doc) => !doc.unlisted && !doc.draft && !doc.frontMatter.image)
    .map(
      (doc): OgJob => ({
        file: ogImageFile(doc.permalink, site.baseUrl),
        card: {title: doc.title, description: doc.description, section: chapterOf.get(doc.id), siteTitle: site.title},
      }),
    );
  return [{file: ogImageFile(site.baseUrl, site.baseUrl), card: {title: '처음 배우는 쿠버네티스', description: site.tagline, siteTitle: site.title}}, ...docs];
}

/**
 * Runs `task` on every item with at most `limit` in flight. The cards' layout
 * is JavaScript on this thread, their rasterising is not: keeping a few in
 * flight lets every core work, where one at a time left all but one idle.
 */
export async function inParallel<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  const running = new Set<Promise<void>>();
  try {
    for (const item of items) {
      const run: Promise<void> = task(item).finally(() => running.delete(run));
      running.add(run);
      if (running.size >= limit) await Promise.race(running);
    }
    await Promise.all(running);
  } catch (error) {
    // Let the others finish, so none fails later with no one listening.
    await Promise.allSettled(running);
    throw error;
  }
}

/**
 * Search-engine and link-preview files, made at build time:
 * - `robots.txt` with the absolute sitemap URL (siteConfig.url + baseUrl);
 * - a 1200×630 Open Graph card per article in `og/` (see ./render.ts), which
 *   src/theme/DocItem/Metadata names in the page head.
 * `postBuild` does not run under `npm start`, so development stays fast.
 */
export default function seo(options: {sidebarId: string}) {
  return (context: LoadContext): Plugin => {
    let jobs: OgJob[] = [];
    return {
      name: PLUGIN_NAME,

      async allContentLoaded({allContent}) {
        const docsContent = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
        const {title, tagline} = context.siteConfig;
        jobs = docsContent ? ogJobs(docsContent, options.sidebarId, {title, tagline, baseUrl: context.baseUrl}) : [];
      },

      async postBuild({outDir, siteConfig}) {
        await writeFile(path.join(outDir, 'robots.txt'), robotsTxt(siteConfig.url, siteConfig.baseUrl));
        const started = Date.now();
        await inParallel(jobs, os.availableParallelism() * 2, async ({file, card}) => {
          const target = path.join(outDir, file);
          await mkdir(path.dirname(target), {recursive: true});
          await writeFile(target, await renderOgImage(card));
        });
        console.log(`[seo] 공유 카드 그림 ${jobs.length}장을 만들었습니다 (${((Date.now() - started) / 1000).toFixed(1)}초).`);
      },
    };
  };
}
