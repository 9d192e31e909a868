import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {MANIFEST_FILE} from '../plugins/offline/appManifest';
import {SERVICE_WORKER_FILE} from '../plugins/offline/serviceWorker';
import {findSiteFileProblems, formatSiteFileProblem} from './siteFiles';

// __fixtures__/files: an article, a drawing, a picture and a download (all fine),
// an HTML page, a script module, a style sheet and an SVG with <script> (not fine); the copy
// gets the symbolic links a pull request could add.
let siteDir: string;
beforeAll(() => {
  siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-files-'));
  fs.cpSync(path.join(__dirname, '__fixtures__/files'), siteDir, {recursive: true});
  fs.symlinkSync('/etc/hostname', path.join(siteDir, 'static/img/host.png'));
  fs.symlinkSync('/etc', path.join(siteDir, 'docs/guide/system'));
  fs.symlinkSync('./shot.png', path.join(siteDir, 'static/img/same.png')); // even inside the site: copying follows it
});
afterAll(() => fs.rmSync(siteDir, {recursive: true, force: true}));

const problems = () => findSiteFileProblems({siteDir, roots: [path.join(siteDir, 'docs'), path.join(siteDir, 'static')]}).map(formatSiteFileProblem);

describe('findSiteFileProblems', () => {
  it('names every symbolic link, active file and unsafe SVG, and nothing else', () => {
    const found = problems();
    expect(found.map((line) => line.split('  ')[0])).toEqual([
      'docs/guide/system:1:1',
      'static/img/bad.svg:2:3',
      'static/img/host.png:1:1',
      'static/img/same.png:1:1',
      'static/js/app.mjs:1:1',
      'static/page.HTML:1:1',
      'static/theme.css:1:1',
    ]);
    expect(found[0]).toMatch(/심볼릭 링크\(docs\/guide\/system → \/etc\)는 docs\/ 와 static\/ 에 둘 수 없습니다/);
    expect(found[1]).toMatch(/<script> 요소는 SVG에 쓸 수 없습니다/);
    expect(found[4]).toMatch(/\.mjs 파일은 docs\/ 와 static\/ 에 넣을 수 없습니다/);
    expect(found[5]).toMatch(/\.html 파일은/);
  });

  it("refuses a service worker or app manifest of a pull request's own: the build writes them (src/plugins/offline)", () => {
    // A worker at the site's root would answer every page of it, for every reader, until replaced.
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'site-files-offline-'));
    try {
      fs.mkdirSync(path.join(site, 'static'));
      for (const file of [SERVICE_WORKER_FILE, MANIFEST_FILE]) fs.writeFileSync(path.join(site, 'static', file), '{}');
      const found = findSiteFileProblems({siteDir: site, roots: [path.join(site, 'static')]}).map(formatSiteFileProblem);
      expect(found.map((line) => line.split('  ')[0]).sort()).toEqual([`static/${MANIFEST_FILE}:1:1`, `static/${SERVICE_WORKER_FILE}:1:1`].sort());
    } finally {
      fs.rmSync(site, {recursive: true, force: true});
    }
  });

  it('refuses a static folder that is itself a link, and ignores folders that do not exist', () => {
    const linked = fs.mkdtempSync(path.join(os.tmpdir(), 'site-files-linked-'));
    try {
      fs.symlinkSync('/etc', path.join(linked, 'static'));
      const found = findSiteFileProblems({siteDir: linked, roots: [path.join(linked, 'docs'), path.join(linked, 'static')]});
      expect(found.map(formatSiteFileProblem)).toEqual([expect.stringMatching(/^static:1:1  심볼릭 링크\(static → \/etc\)/)]);
    } finally {
      fs.rmSync(linked, {recursive: true, force: true});
    }
  });
});
