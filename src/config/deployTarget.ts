/**
 * Where the site is served from. GitHub Pages serves a project site at
 * https://<owner>.github.io/<repo>/, so in GitHub Actions both values follow
 * from GITHUB_REPOSITORY; SITE_URL and BASE_URL override them anywhere.
 */
export type DeployTarget = {url: string; baseUrl: string; repository: string};

/** The project's home on GitHub, used where no GITHUB_REPOSITORY is set. */
export const DEFAULT_REPOSITORY = 'k8s-ipmun/k8s-ipmun';

type Env = Partial<Record<'SITE_URL' | 'BASE_URL' | 'GITHUB_REPOSITORY', string>>;

function withSlashes(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export function deployTarget(env: Env): DeployTarget {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const onGitHub = Boolean(owner && repo);
  // A repository named <owner>.github.io is a user site served from the root.
  const isUserSite = onGitHub && repo!.toLowerCase() === `${owner!.toLowerCase()}.github.io`;

  const url =
    env.SITE_URL?.replace(/\/+$/, '') ??
    (onGitHub ? `https://${owner!.toLowerCase()}.github.io` : 'http://localhost:3000');
  const baseUrl = withSlashes(
    env.BASE_URL ?? (onGitHub && !isUserSite ? repo! : '/'),
  );
  return {url, baseUrl, repository: onGitHub ? `${owner}/${repo}` : DEFAULT_REPOSITORY};
}
