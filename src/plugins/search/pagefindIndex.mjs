// Indexes a built site with Pagefind's Node API: node pagefindIndex.mjs <outDir>
// Prints {"pageCount": N, "htmlFiles": M} on success. A separate process because pagefind is
// ESM-only and Docusaurus loads plugins through a CommonJS transpiler.
import path from 'node:path';
import {readFile, rm} from 'node:fs/promises';
import * as pagefind from 'pagefind';

// Pagefind also writes ready-made UIs; the site has its own search box.
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

function check(errors) {
  if (errors && errors.length > 0) throw new Error(errors.join('\n'));
}

const outDir = process.argv[2];
try {
  if (!outDir) throw new Error('usage: node pagefindIndex.mjs <outDir>');
  const {index, errors} = await pagefind.createIndex({
    // Heading anchors ("#") and buttons (copy, toggles) are no content.
    excludeSelectors: ['.hash-link', 'button'],
  });
  check(errors);
  const added = await index.addDirectory({path: outDir});
  check(added.errors);
  const outputPath = path.join(outDir, 'pagefind');
  check((await index.writeFiles({outputPath})).errors);
  await Promise.all(UNUSED_FILES.map((file) => rm(path.join(outputPath, file), {force: true})));
  // addDirectory counts every HTML file; the index holds only pages with data-pagefind-body.
  const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8'));
  const pageCount = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  process.stdout.write(JSON.stringify({pageCount, htmlFiles: added.page_count}));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : error}\n`);
  process.exitCode = 1;
} finally {
  await pagefind.close();
}
