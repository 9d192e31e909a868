import fs from 'node:fs';
import path from 'node:path';

/**
 * Markdown files the docs plugin would load: `.md`/`.mdx` under `docsDir`,
 * without `_` files or folders (partials), dot-files and `__tests__`. Sorted.
 *
 * Kept apart from site.ts (which pulls in the unified pipeline) so light
 * callers can share it: the search index (src/plugins/search) and the wiki
 * link index (src/plugins/obsidian/wikiIndex.ts).
 */
export function listDocFiles(docsDir: string): string[] {
  if (!fs.existsSync(docsDir)) return [];
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      if (entry.name.startsWith('_') || entry.name.startsWith('.') || entry.name === '__tests__') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.mdx?$/.test(entry.name)) found.push(full);
    }
  };
  walk(docsDir);
  return found.sort();
}
