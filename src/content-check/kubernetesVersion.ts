import {COURSE_VERSIONS} from '../data/courseVersions';

/**
 * The release manifests are checked for: the course baseline. Removed API
 * versions are judged against it (removedApis.ts). The schemas come from
 * kubernetes-models 5.1 (its PodSpec already has 1.35's workloadRef); a field
 * added after that would be reported as unknown, so moving the baseline means
 * updating kubernetes-models too (npx tsx scripts/kubernetesCatalog.ts).
 */
export const KUBERNETES_VERSION: string = COURSE_VERSIONS.kubernetesMinor;
