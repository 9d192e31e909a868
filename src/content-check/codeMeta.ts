/**
 * Meta words of a ```yaml fence that steer the manifest check: `not-k8s` (not
 * a Kubernetes manifest, skip it), `expect-invalid` (wrong on purpose, must
 * fail) and `patch` (a partial manifest: required fields may be missing). Shared by the checker and the code block's "검사기에서 열기" link, so
 * that link never offers a block the checker does not treat as a manifest.
 */
export const NOT_K8S = 'not-k8s';
export const EXPECT_INVALID = 'expect-invalid';
export const PATCH = 'patch';

/** Meta words of a code fence, without `key="value"` pairs (`title="pod.yaml" {3-5} expect-invalid` → [`{3-5}`, `expect-invalid`]). */
export function metaWords(meta: string | null | undefined): string[] {
  return (meta ?? '')
    .replace(/[\w-]+=("[^"]*"|'[^']*'|\S*)|"[^"]*"|'[^']*'/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}
