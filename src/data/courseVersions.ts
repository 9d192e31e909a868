/**
 * The one version baseline of the course: every command and every output
 * block in docs/ was checked against this Kubernetes release on this kind
 * release. Articles show it (src/theme/DocItem/Content) and the checker
 * (src/content-check/rules/nodeImages.ts) fails an article that names a kind
 * node image this kind release did not build.
 *
 * Source: the kind v0.33.0 release notes ("Images pre-built for this
 * release"). Kubernetes 1.37 is supported until 2027-10-28
 * (kubernetes.io/releases). When moving the baseline, take the new kind
 * release's list as a whole and re-check the output blocks that show
 * versions (kubectl version, kubectl get nodes, kind create cluster).
 */
export interface KindNodeImage {
  /** Tag of kindest/node, e.g. `v1.37.0`. */
  tag: string;
  /** Digest the kind release notes give for this tag. */
  digest: string;
}

export const COURSE_VERSIONS = {
  /** Kubernetes minor the course teaches. */
  kubernetesMinor: '1.37',
  /** Full version of the default node image, as `kubectl get nodes` prints it. */
  kubernetes: 'v1.37.0',
  /** kind release; its default node image is `defaultNodeImage`. */
  kind: 'v0.33.0',
  defaultNodeImage: {
    tag: 'v1.37.0',
    digest: 'sha256:a1ed56cfb0e7b93589bdf97c8cd566405a265939e3620fc4f5de89adff580ae5',
  },
  /** Every node image kind v0.33.0 was released with (default first). */
  kindNodeImages: [
    {tag: 'v1.37.0', digest: 'sha256:a1ed56cfb0e7b93589bdf97c8cd566405a265939e3620fc4f5de89adff580ae5'},
    {tag: 'v1.36.4', digest: 'sha256:099e049362a1526b2db71494e1947aae99bd16290d7c895f2b7ea312e3cbfaed'},
    {tag: 'v1.35.8', digest: 'sha256:07b2536e30b803ed61d1677a79df6115f798ce64c80f9e22f6ed45afd09323c0'},
    {tag: 'v1.34.11', digest: 'sha256:44e222ee2132dab25ff87301682f89eb82c7880ea3a1bf543bfe9708fd08d67d'},
  ] satisfies KindNodeImage[],
} as const;

/** "1.37", "0.33": how articles name the baseline in prose. */
export function shortVersion(version: string): string {
  return version.replace(/^v/, '').split('.').slice(0, 2).join('.');
}

/** The line every article shows, e.g. "쿠버네티스 1.37, kind 0.33에서 확인". */
export const BASELINE_LABEL = `쿠버네티스 ${COURSE_VERSIONS.kubernetesMinor}, kind ${shortVersion(COURSE_VERSIONS.kind)}에서 확인`;
