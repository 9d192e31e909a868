/**
 * API versions Kubernetes has stopped serving, and when (from the official
 * deprecation guide, https://kubernetes.io/docs/reference/using-api/deprecation-guide/).
 * Old tutorials are full of them; `kubectl apply` answers only "no matches for
 * kind", so the checker names the release and the apiVersion to use instead.
 */
import {stableHomesOf} from './kubernetesModels';
import {KUBERNETES_VERSION} from './kubernetesVersion';

interface Removal {
  apiVersion: string;
  /** The kinds this entry is about; every kind of the version when absent. */
  kinds?: string[];
  /** The Kubernetes release that no longer serves it. */
  removedIn: string;
}

/** More specific entries (with kinds) first. */
export const REMOVALS: readonly Removal[] = [
  {apiVersion: 'extensions/v1beta1', kinds: ['Ingress'], removedIn: '1.22'},
  {apiVersion: 'extensions/v1beta1', removedIn: '1.16'},
  {apiVersion: 'apps/v1beta1', removedIn: '1.16'},
  {apiVersion: 'apps/v1beta2', removedIn: '1.16'},
  {apiVersion: 'admissionregistration.k8s.io/v1beta1', removedIn: '1.22'},
  {apiVersion: 'apiextensions.k8s.io/v1beta1', removedIn: '1.22'},
  {apiVersion: 'apiregistration.k8s.io/v1beta1', removedIn: '1.22'},
  {apiVersion: 'authentication.k8s.io/v1beta1', removedIn: '1.22'},
  {apiVersion: 'authorization.k8s.io/v1beta1', removedIn: '1.22'},
  {apiVersion: 'certificates.k8s.io/v1beta1', removedIn: '1.22'},
  {apiVersion: 'coordination.k8s.io/v1beta1', removedIn: '1.22'},
  {apiVersion: 'networking.k8s.io/v1beta1', removedIn: '1.22'},
  {apiVersion: 'rbac.authorization.k8s.io/v1beta1', removedIn: '1.22'},
  {apiVersion: 'scheduling.k8s.io/v1beta1', removedIn: '1.22'},
  {apiVersion: 'storage.k8s.io/v1beta1', kinds: ['CSIStorageCapacity'], removedIn: '1.27'},
  {apiVersion: 'storage.k8s.io/v1beta1', removedIn: '1.22'},
  {apiVersion: 'batch/v1beta1', removedIn: '1.25'},
  {apiVersion: 'discovery.k8s.io/v1beta1', removedIn: '1.25'},
  {apiVersion: 'events.k8s.io/v1beta1', removedIn: '1.25'},
  {apiVersion: 'autoscaling/v2beta1', removedIn: '1.25'},
  {apiVersion: 'policy/v1beta1', removedIn: '1.25'},
  {apiVersion: 'node.k8s.io/v1beta1', removedIn: '1.25'},
  {apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta1', removedIn: '1.26'},
  {apiVersion: 'autoscaling/v2beta2', removedIn: '1.26'},
  {apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2', removedIn: '1.29'},
  // Deprecated in 1.29, removed in 1.32.
  {apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3', removedIn: '1.32'},
];

/** Kinds that went away with no successor object, and what replaced them. */
const NO_SUCCESSOR: Record<string, string> = {
  PodSecurityPolicy:
    '대신할 오브젝트는 없습니다. 파드 보안 기준은 네임스페이스 레이블(pod-security.kubernetes.io/enforce)로 켜는 파드 보안 어드미션(Pod Security Admission)으로 적용하세요.',
  DeploymentRollback: '대신할 오브젝트는 없습니다. 이전 버전으로 되돌리려면 kubectl rollout undo deployment/<이름> 을 쓰세요.',
};

const releaseNumber = (release: string) => release.split('.').map(Number) as [number, number];
const isAfter = (a: string, b: string) => {
  const [aMajor, aMinor] = releaseNumber(a);
  const [bMajor, bMinor] = releaseNumber(b);
  return aMajor > bMajor || (aMajor === bMajor && aMinor > bMinor);
};

/**
 * Why `apiVersion`/`kind` cannot be applied to a Kubernetes
 * {@link KUBERNETES_VERSION} cluster and what to write instead; undefined when
 * the version is not one Kubernetes has removed.
 */
export function removedApiMessage(apiVersion: string, kind: string): string | undefined {
  const removal = REMOVALS.find((entry) => entry.apiVersion === apiVersion && (!entry.kinds || entry.kinds.includes(kind)));
  if (!removal) return undefined;
  const when = isAfter(removal.removedIn, KUBERNETES_VERSION)
    ? `은(는) 지원 중단(deprecated)된 API 버전이라 Kubernetes ${removal.removedIn}부터는 쓸 수 없습니다.`
    : `은(는) Kubernetes ${removal.removedIn}에서 없어진 API 버전입니다.`;
  const home = stableHomesOf(kind, apiVersion)[0];
  const instead = home ? `apiVersion: ${home} 을(를) 쓰세요.` : (NO_SUCCESSOR[kind] ?? '지금 쓰는 안정(stable) API 버전이 없습니다.');
  return `${apiVersion} 의 ${kind} ${when} ${instead}`;
}
