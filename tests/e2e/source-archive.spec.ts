import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {test, expect} from '@playwright/test';
import {NO_GIT_HISTORY_NOTICE} from '../../src/config/gitHistory';
import {buildSite, minimalScratchSite, withoutGitHistory, WITHOUT_MANIFEST_CHECKER} from './scratchSite';

// `git archive HEAD | tar -x`, a ZIP download or a container build context
// holds the site without .git. The build must still succeed, leave out the
// last-update dates (which come from Git history) and say so once.
test.describe('Git 저장소 밖의 소스', () => {
  test.describe.configure({timeout: 180_000});

  test('builds without last-update dates and says so in one line', () => {
    const dir = withoutGitHistory(
      minimalScratchSite((siteDir) =>
        writeFileSync(path.join(siteDir, 'docs/archive-article.md'), '---\ntitle: 압축본의 글\n---\n\n날짜 없이 만들어지는 글입니다.\n'),
      ),
    );
    const {status, output} = buildSite(dir, {...WITHOUT_MANIFEST_CHECKER, GIT_CEILING_DIRECTORIES: path.dirname(dir)});
    expect(status, output).toBe(0);
    expect(output.split(NO_GIT_HISTORY_NOTICE).length - 1, output).toBe(1);

    const article = readFileSync(path.join(dir, 'build/docs/archive-article.html'), 'utf8');
    expect(article).toContain('날짜 없이 만들어지는 글입니다.');
    expect(article).not.toContain('theme-last-updated');
    const sitemap = readFileSync(path.join(dir, 'build/sitemap.xml'), 'utf8');
    expect(sitemap).toContain('/docs/archive-article</loc>');
    expect(sitemap).not.toContain('<lastmod>');
  });
});
