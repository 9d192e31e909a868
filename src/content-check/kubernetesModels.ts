/**
 * Which kinds Kubernetes has, and their kubernetes-models schemas, loaded on
 * demand. No Node-only imports: `npm run check` and the /manifest-check page
 * load schemas the same way (kubernetesCatalog.generated.ts), so the page
 * fetches only the chunks of the kinds a reader pastes.
 */
import {KINDS_BY_API_VERSION, SCHEMA_LOADERS} from './kubernetesCatalog.generated';


export interface KubernetesModel {
  apiVersion: string;
  kind: string;
  prototype: {validate(): void};
}

export const isPrerelease = (apiVersion: string): boolean => /v\d+(alpha|beta)\d+$/.test(apiVersion);
export const groupOf = (apiVersion: string): string => (apiVersion.includes('/') ? apiVersion.split('/')[0]! : '');
/** Own keys only: an apiVersion like `constructor` or `__proto__` names nothing. */
const owns = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);
const versionOf = (apiVersion: string): string => apiVersion.split('/').pop()!;

/** Every `group/version` kubernetes-models has (`v1`, `apps/v1`, `extensions/v1beta1`, …). */
export const knownGroupVersions = (): string[] => Object.keys(KINDS_BY_API_VERSION);

/** Top-level kinds of one group/version; empty for an unknown one. */
export const kindsOf = (apiVersion: string): readonly string[] =>
  owns(KINDS_BY_API_VERSION, apiVersion) ? KINDS_BY_API_VERSION[apiVersion]! : [];

export const hasKind = (apiVersion: string, kind: string): boolean => kindsOf(apiVersion).includes(kind);

/**
 * Stable group/versions that serve `kind`, the one to suggest first: the same
 * group as `from` (autoscaling/v2beta2 → autoscaling/v2, not autoscaling/v1),
 * then the newest version.
 */
export function stableHomesOf(kind: string, from = ''): string[] {
  const major = (apiVersion: string) => Number(/^v(\d+)/.exec(versionOf(apiVersion))?.[1] ?? 0);
  const sameGroup = (apiVersion: string) => (groupOf(apiVersion) === groupOf(from) ? 1 : 0);
  return knownGroupVersions()
    .filter((apiVersion) => !isPrerelease(apiVersion) && hasKind(apiVersion, kind))
    .sort((a, b) => sameGroup(b) - sameGroup(a) || major(b) - major(a));
}

function isModel(value: unknown, apiVersion: string, kind: string): value is KubernetesModel {
  const candidate = value as Partial<KubernetesModel> | undefined;
  return typeof value === 'function' && candidate?.kind === kind && candidate.apiVersion === apiVersion;
}

const loaded = new Map<string, KubernetesModel>();
const keyOf = (apiVersion: string, kind: string) => `${apiVersion}/${kind}`;

/** Loads the schemas of these kinds (each once); kinds without a schema are left out. */
export async function loadModels(kinds: Iterable<{apiVersion: string; kind: string}>): Promise<void> {
  const wanted = new Map<string, {apiVersion: string; kind: string}>();
  for (const {apiVersion, kind} of kinds) {
    const key = keyOf(apiVersion, kind);
    if (!loaded.has(key) && owns(SCHEMA_LOADERS, apiVersion) && hasKind(apiVersion, kind)) wanted.set(key, {apiVersion, kind});
  }
  await Promise.all(
    [...wanted].map(async ([key, {apiVersion, kind}]) => {
      const exported = (await SCHEMA_LOADERS[apiVersion]!())[kind];
      if (isModel(exported, apiVersion, kind)) loaded.set(key, exported);
    }),
  );
}

/** The schema of a kind `loadModels` has loaded; undefined when there is none to check against. */
export const loadedModel = (apiVersion: string, kind: string): KubernetesModel | undefined => loaded.get(keyOf(apiVersion, kind));
