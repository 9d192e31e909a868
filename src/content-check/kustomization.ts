/**
 * A kustomization.yaml is not a Kubernetes API object: kubectl reads it
 * itself (`kubectl kustomize`, `apply -k`) and never sends it to the API
 * server, so kubernetes-models has no schema for it and the manifest check
 * would only warn "custom resource, not checked". Articles teach it, though,
 * and a typo in it (`namePrefx`) silently does nothing in kustomize. So the
 * checker holds its own strict schema of the Kustomization fields (as
 * kustomize v5 reads them, `kustomize.config.k8s.io/v1beta1`), and names the
 * fields kustomize v5 deprecates together with what replaces them.
 */
import Ajv, {type ErrorObject} from 'ajv';

export const KUSTOMIZATION_API_VERSION = 'kustomize.config.k8s.io/v1beta1';
export const KUSTOMIZATION_KIND = 'Kustomization';

export const isKustomization = (apiVersion: string, kind: string) =>
  apiVersion === KUSTOMIZATION_API_VERSION && kind === KUSTOMIZATION_KIND;

/**
 * Fields kustomize v5 still reads but deprecates (`kustomize edit fix`
 * rewrites them), with the field to write instead.
 */
export const DEPRECATED_KUSTOMIZATION_FIELDS: Readonly<Record<string, string>> = {
  bases: 'resources',
  commonLabels: 'labels',
  imageTags: 'images',
  patchesJson6902: 'patches',
  patchesStrategicMerge: 'patches',
  vars: 'replacements',
};

type Schema = Record<string, unknown>;

const string: Schema = {type: 'string'};
const boolean: Schema = {type: 'boolean'};
const strings: Schema = {type: 'array', items: string};
const stringMap: Schema = {type: 'object', additionalProperties: string};
const strict = (properties: Record<string, Schema>, required: string[] = []): Schema => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});
const listOf = (item: Schema): Schema => ({type: 'array', items: item});

const generatorOptions = strict({
  labels: stringMap,
  annotations: stringMap,
  disableNameSuffixHash: boolean,
  immutable: boolean,
});

const generator = (extra: Record<string, Schema> = {}) =>
  strict(
    {
      name: string,
      namespace: string,
      behavior: {type: 'string', enum: ['create', 'replace', 'merge']},
      files: strings,
      literals: strings,
      envs: strings,
      options: generatorOptions,
      ...extra,
    },
    ['name'],
  );

const patchTarget = strict({
  group: string,
  version: string,
  kind: string,
  name: string,
  namespace: string,
  labelSelector: string,
  annotationSelector: string,
});

/** The Kustomization fields of kustomize v5 (kubectl 1.37 embeds v5), each as strict as kustomize reads it. */
export const KUSTOMIZATION_SCHEMA = strict(
  {
    apiVersion: {type: 'string', const: KUSTOMIZATION_API_VERSION},
    kind: {type: 'string', const: KUSTOMIZATION_KIND},
    metadata: strict({name: string, namespace: string, labels: stringMap, annotations: stringMap}),
    resources: strings,
    components: strings,
    namespace: string,
    namePrefix: string,
    nameSuffix: string,
    labels: listOf(
      strict({pairs: stringMap, includeSelectors: boolean, includeTemplates: boolean, fields: listOf({type: 'object'})}, [
        'pairs',
      ]),
    ),
    commonAnnotations: stringMap,
    images: listOf(strict({name: string, newName: string, newTag: string, digest: string, tagSuffix: string}, ['name'])),
    replicas: listOf(strict({name: string, count: {type: 'integer', minimum: 0}}, ['name', 'count'])),
    patches: listOf(
      strict({
        path: string,
        patch: string,
        target: patchTarget,
        options: strict({allowNameChange: boolean, allowKindChange: boolean}),
      }),
    ),
    configMapGenerator: listOf(generator()),
    secretGenerator: listOf(generator({type: string})),
    generatorOptions,
  },
  ['apiVersion', 'kind'],
);

const validate = new Ajv({allErrors: true, strict: true}).compile(KUSTOMIZATION_SCHEMA);

/** ajv's errors for a Kustomization object (empty when it is valid). */
export function kustomizationSchemaErrors(kustomization: unknown): ErrorObject[] {
  return validate(kustomization) ? [] : [...(validate.errors ?? [])];
}

/** The field kustomize v5 wants instead of a deprecated top-level one (`commonLabels` → `labels`). */
export const replacementOf = (field: string): string | undefined =>
  Object.hasOwn(DEPRECATED_KUSTOMIZATION_FIELDS, field) ? DEPRECATED_KUSTOMIZATION_FIELDS[field] : undefined;

/** The fields the schema declares where an `additionalProperties` error was raised, for typo guesses. */
export function kustomizationFieldsAt(schemaPath: string): string[] {
  // ajv names the failing keyword `#/…/additionalProperties`; the object schema above it lists `properties`.
  let node: unknown = KUSTOMIZATION_SCHEMA;
  for (const segment of schemaPath.replace(/^#\//, '').split('/').slice(0, -1)) {
    node = (node as Record<string, unknown> | undefined)?.[segment];
  }
  return Object.keys((node as {properties?: Record<string, unknown>} | undefined)?.properties ?? {});
}
