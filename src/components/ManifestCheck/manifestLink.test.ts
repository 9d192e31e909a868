import {describe, expect, it} from 'vitest';
import {isCheckableManifest, manifestHash, yamlFromHash} from './manifestLink';

describe('the #yaml= fragment', () => {
  it('carries any YAML, Korean comments and tabs included, in URL-safe characters', () => {
    const yaml = 'apiVersion: v1\nkind: Pod  # 파드\nmetadata:\n\tname: "a+b/c?"\n';
    const hash = manifestHash(yaml);
    expect(hash).toMatch(/^#yaml=[A-Za-z0-9_-]+$/);
    expect(yamlFromHash(hash)).toBe(yaml);
    expect(yamlFromHash(hash.slice(1))).toBe(yaml);
  });

  it('reads nothing from other fragments, broken ones or huge ones', () => {
    for (const hash of ['', '#', '#section', '#yaml=%3Cscript%3E', '#yaml=a b', `#yaml=${'A'.repeat(500_000)}`]) {
      expect(yamlFromHash(hash), hash.slice(0, 30)).toBeUndefined();
    }
  });
});

describe('which code blocks get "검사기에서 열기"', () => {
  const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n';
  it('offers manifests the checker validates', () => {
    expect(isCheckableManifest('yaml', 'title="pod.yaml"', pod)).toBe(true);
    expect(isCheckableManifest('yml', undefined, `---\n${pod}`)).toBe(true);
    expect(isCheckableManifest('yaml', 'title="broken.yaml" expect-invalid', 'kind: Pod\n')).toBe(true);
  });

  it('does not offer other YAML, not-k8s blocks or other languages', () => {
    expect(isCheckableManifest('yaml', 'title="values.yaml"', 'replicaCount: 2\n')).toBe(false);
    expect(isCheckableManifest('yaml', 'title="kind.yaml" not-k8s', pod)).toBe(false);
    expect(isCheckableManifest('bash', undefined, pod)).toBe(false);
    expect(isCheckableManifest('yaml', undefined, 'spec:\n  apiVersion: v1\n  kind: Pod\n')).toBe(false);
  });
});
