import {execFile} from 'node:child_process';
import {readFileSync, existsSync} from 'node:fs';
import {promisify} from 'node:util';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {listDocFiles} from '../../content-check/docFiles';
import {synonymGroups} from '../../glossary/parseGlossary';
import {GLOSSARY_FILE, readGlossary} from '../../glossary/readGlossary';
import {learnStems, markdownProse} from '../../search/vocabulary';
import type {LexiconData} from '../../search/normalizeQuery';
import {inertLogText} from '../../security/logText';

export const PLUGIN_NAME = 'k8s-search';

/** The glossary's synonyms and the stems the articles use: all the search box needs besides Pagefind. */
export function readLexicon(siteDir: string): LexiconData {
  const glossaryPath = path.join(siteDir, GLOSSARY_FILE);
  if (!existsSync(glossaryPath)) {
    throw new Error(
      `[검색] ${GLOSSARY_FILE} 가 없습니다. 검색의 동의어(파드 ↔ Pod …)는 용어집에서 읽습니다.\n` +
        '  용어집을 "### 파드 (Pod) {#pod}" 제목 + 한 문장 정의 형식으로 써 주세요 (src/glossary/parseGlossary.ts).',
    );
  }
  const {entries, problems} = readGlossary(glossaryPath);
  if (entries.length === 0) {
    throw new Error(`[검색] ${GLOSSARY_FILE} 에서 용어를 하나도 읽지 못했습니다. 항목은 "### 파드 (Pod) {#pod}" 형식의 ### 제목이어야 합니다.`);
  }
  for (const problem of problems) console.warn(`[검색] ${GLOSSARY_FILE}:${problem.line}  ${inertLogText(problem.message)}`);

  // Only the articles the docs plugin publishes: `_` partials are not searchable text.
  const texts = listDocFiles(path.join(siteDir, 'docs')).map((file) => markdownProse(readFileSync(file, 'utf8')));
  return {
    synonyms: synonymGroups(entries),
    stems: learnStems(texts),
    phrases: entries.flatMap((entry) => entry.phrases.map((phrase): [string, string] => [phrase, entry.term.split(' / ')[0]!])),
    terms: entries.map((entry) => ({id: entry.id, term: entry.term, names: [entry.term, ...entry.aliases]})),
  };
}

/**
 * Site search, offline: the build indexes every article with Pagefind (only
 * the text inside `data-pagefind-body`, see src/theme/DocItem/Content), and the
 * search box (src/theme/SearchBar) loads that index when a reader opens it.
 * The glossary's synonyms and the articles' stems go to the search box as a
 * lazily imported JSON chunk.
 */
export default function searchIndex() {
  return (context: LoadContext): Plugin => ({
    name: PLUGIN_NAME,

    getPathsToWatch() {
      return [path.join(context.siteDir, 'docs/**/*.{md,mdx}')];
    },

    async loadContent() {
      return readLexicon(context.siteDir);
    },

    async contentLoaded({content, actions}) {
      await actions.createData('lexicon.json', JSON.stringify(content));
    },

    async postBuild({outDir}) {
      const started = Date.now();
      let pageCount: number;
      try {
        const {stdout} = await promisify(execFile)(process.execPath, [path.join(__dirname, 'pagefindIndex.mjs'), outDir], {
          maxBuffer: 16 * 1024 * 1024,
        });
        pageCount = (JSON.parse(stdout) as {pageCount: number}).pageCount;
      } catch (error) {
        const {stderr, message} = error as {stderr?: string; message: string};
        throw new Error(`[검색] Pagefind 색인을 만들지 못했습니다: ${stderr?.trim() || message}`);
      }
      if (pageCount === 0) {
        throw new Error('[검색] 색인할 글이 없습니다: 글 본문에 data-pagefind-body 가 붙어 있는지 확인하세요 (src/theme/DocItem/Content).');
      }
      console.log(`[검색] Pagefind 색인: 글 ${pageCount}개 (${((Date.now() - started) / 1000).toFixed(1)}초)`);
    },
  });
}
