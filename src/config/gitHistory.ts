import {spawnSync} from 'node:child_process';

/**
 * Whether `dir` lies in a Git working tree, so that Docusaurus can read each
 * article's last change from its history ("최종 수정" under an article, the
 * sitemap's <lastmod>). A source archive (`git archive`, a ZIP download, a
 * container build context without .git) is not; neither is a machine without
 * git. There Docusaurus' Git reader stops the build ("outside any Git
 * worktree"), so docusaurus.config.ts turns it off and the dates are left out.
 */
export function insideGitWorktree(dir: string): boolean {
  const result = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], {cwd: dir, encoding: 'utf8'});
  return result.status === 0 && result.stdout.trim() === 'true';
}

/** The one line a build outside Git prints. */
export const NO_GIT_HISTORY_NOTICE =
  '[최종 수정] Git 저장소 밖에서 빌드하므로 글의 최종 수정 날짜(글 아래, sitemap.xml)를 넣지 않습니다. 날짜가 필요하면 git clone 한 폴더에서 빌드하세요.';

// `docusaurus build` evaluates the config twice (locales, then the site), each
// time afresh, so "already said" lives on the process, not in this module.
const NOTICE_SHOWN = Symbol.for('k8s-ipmun.noGitHistoryNotice');

/**
 * Whether the build at `siteDir` can date its articles from Git; if not, says
 * so once per process (in `docusaurus build` only: `start` never reads Git).
 */
export function gitHistoryForBuild(siteDir: string): boolean {
  if (insideGitWorktree(siteDir)) return true;
  const processState = globalThis as {[NOTICE_SHOWN]?: true};
  if (process.env.NODE_ENV === 'production' && !processState[NOTICE_SHOWN]) {
    processState[NOTICE_SHOWN] = true;
    console.log(NO_GIT_HISTORY_NOTICE);
  }
  return false;
}
