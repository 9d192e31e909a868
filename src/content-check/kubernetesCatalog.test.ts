import fs from 'node:fs';
import {describe, expect, it} from 'vitest';
import {CATALOG_FILE, readKubernetesCatalog, renderKubernetesCatalog} from '../../scripts/kubernetesCatalog';
import {loadedModel, loadModels, stableHomesOf} from './kubernetesModels';

describe('the Kubernetes catalogue', () => {
  it('is what kubernetes-models holds (after an update: npx tsx scripts/kubernetesCatalog.ts)', async () => {
    expect(fs.readFileSync(CATALOG_FILE, 'utf8')).toBe(renderKubernetesCatalog(await readKubernetesCatalog()));
  });

  it('loads a stable kind on demand, and never a beta one or a name that is not a kind', async () => {
    expect(loadedModel('apps/v1', 'Deployment')).toBeUndefined();
    const odd = ['constructor', '__proto__', 'toString'].map((kind) => ({apiVersion: 'v1', kind}));
    await loadModels([{apiVersion: 'apps/v1', kind: 'Deployment'}, {apiVersion: 'extensions/v1beta1', kind: 'Ingress'}, ...odd]);
    expect(loadedModel('apps/v1', 'Deployment')?.kind).toBe('Deployment');
    expect(loadedModel('extensions/v1beta1', 'Ingress')).toBeUndefined();
    for (const {kind} of odd) expect(loadedModel('v1', kind), kind).toBeUndefined();
  });

  it('suggests the same group first, then the newest version', () => {
    expect(stableHomesOf('HorizontalPodAutoscaler', 'autoscaling/v2beta2')).toEqual(['autoscaling/v2', 'autoscaling/v1']);
    expect(stableHomesOf('Ingress', 'extensions/v1beta1')).toEqual(['networking.k8s.io/v1']);
    expect(stableHomesOf('Event', 'events.k8s.io/v1beta1')[0]).toBe('events.k8s.io/v1');
  });
});
