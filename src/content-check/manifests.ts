/**
 * Strict validation of Kubernetes manifests (like `kubeconform -strict`),
 * built on the `kubernetes-models` package: the one core behind the checker's
 * `manifests` rule and the /manifest-check page (no Node-only imports; schemas
 * are loaded per kind, kubernetesModels.ts).
 *
 * kubernetes-models ships each kind's OpenAPI schema compiled into an ajv
 * validator (no JSON schema files). Those validators check types, enums,
 * formats and required fields, but let unknown fields through. To catch
 * unknown fields we watch the validator work: it reads every property its
 * schema declares (`data.restartPolicy === undefined ? … : …`) and walks the
 * keys of free-form maps (`for (key in data)`). So we hand it the manifest
 * wrapped in Proxies that record, for every object, which keys were read and
 * whether its keys were enumerated; a key the validator never looked at is a
 * field the schema does not have. (`manifests.test.ts` checks this against
 * every field that kubernetes-models declares.)
 */
import {isMap, LineCounter, parseAllDocuments, type YAMLError} from 'yaml';
import {closest, didYouMean} from './closest';
import {EXPECT_INVALID, metaWords, NOT_K8S, PATCH} from './codeMeta';
import {describeValue, mustBe, typeHint} from './describe';
import {isKustomization, kustomizationFieldsAt, kustomizationSchemaErrors, replacementOf} from './kustomization';
import {groupOf, hasKind, isPrerelease, knownGroupVersions, kindsOf, loadedModel, loadModels, stableHomesOf} from './kubernetesModels';
import {MAX_YAML_CHARS} from './manifestLimits';
import {removedApiMessage} from './removedApis';
import {selectorProblems} from './workloadSelectors';
import {formatPath, keyText, locateInYaml, pointerToPath, valueAt, type PathSegment, type PathTarget} from './yamlPaths';

export type {PathSegment} from './yamlPaths';

/** A problem in a manifest object, located by its JSON path. */
export interface ObjectProblem {
  path: PathSegment[];
  /** Where to point in the YAML: the key, its value, or the object that lacks something. */
  at: PathTarget;
  severity: 'error' | 'warning';
  message: string;
}

/** A problem in a YAML text; line 1 is the text's first line, line 0 the code block itself. */
export interface ManifestProblem {
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface ObjectValidation {
  /** False when no schema was found (for example a custom resource), so nothing was checked. */
  validated: boolean;
  problems: ObjectProblem[];
}

/** Keys the generated validators skip because they collide with JSON-schema words. */
const UNCHECKED_KEYS = /^(description|x-kubernetes-.*)$/;

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** Korean for one ajv error; undefined when another error already says it. */
function explainSchemaError(
  error: AjvError,
  field: string,
  actual: unknown,
  oneOfTypes: string[] | undefined,
): Pick<ObjectProblem, 'at' | 'message'> | undefined {
  const wrongType = (expected: string[]) => ({
    at: 'value' as const,
    message: `${field} 의 값은 ${mustBe(expected)} 하는데 ${describeValue(actual)} 입니다.${typeHint(expected, actual)}`,
  });
  switch (error.keyword) {
    case 'oneOf':
    case 'anyOf':
      return wrongType([...new Set(oneOfTypes)]);
    case 'type':
      return oneOfTypes ? undefined : wrongType(String(error.params.type).split(','));
    case 'required': {
      const missing = String(error.params.missingProperty);
      const owner = field === '(문서 전체)' ? '매니페스트' : field;
      return {at: 'object', message: `${owner} 에 꼭 있어야 하는 필드 ${missing} 이(가) 없습니다. ${missing}: 를 추가하세요.`};
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const guess = typeof actual === 'string' ? didYouMean(actual, allowed) : '';
      return {
        at: 'value',
        message: `${field} 에는 ${JSON.stringify(actual)} 을(를) 쓸 수 없습니다. 다음 중 하나를 쓰세요: ${allowed.join(', ')}${guess}`,
      };
    }
    case 'format': {
      const format = String(error.params.format);
      const hint =
        format === 'byte'
          ? ' data 에는 base64로 인코딩한 값을 씁니다. 평문을 쓰려면 stringData 를 쓰세요.'
          : ` ${format} 형식에 맞게 고쳐 주세요.`;
      return {at: 'value', message: `${field} 의 값 ${JSON.stringify(actual)} 이(가) ${format} 형식이 아닙니다.${hint}`};
    }
    default:
      return {
        at: 'value',
        message: `${field} 의 값이 쿠버네티스 스키마와 맞지 않습니다 (${error.keyword}: ${error.message ?? JSON.stringify(error.params)}).`,
      };
  }
}

function schemaProblems(errors: AjvError[], data: unknown, {partial = false}: ValidationOptions = {}): ObjectProblem[] {
  // A patch (`patch` meta word) names only the fields it changes, so required fields may be missing.
  if (partial) errors = errors.filter((error) => error.keyword !== 'required');
  // IntOrString and Quantity are `oneOf`s of types: one line for each, listing the types.
  const alternatives = new Map<string, string[]>();
  for (const error of errors) {
    if (error.keyword === 'oneOf' || error.keyword === 'anyOf') alternatives.set(error.instancePath, []);
  }
  for (const error of errors) {
    if (error.keyword === 'type') alternatives.get(error.instancePath)?.push(String(error.params.type));
  }
  const problems = new Map<string, ObjectProblem>();
  for (const error of errors) {
    const where = pointerToPath(error.instancePath, data);
    const explained = explainSchemaError(error, formatPath(where), valueAt(data, where), alternatives.get(error.instancePath));
    if (explained) problems.set(`${where.join('/')}|${explained.message}`, {path: where, severity: 'error', ...explained});
  }
  return [...problems.values()];
}

interface ObservedObject {
  path: PathSegment[];
  target: object;
  read: Set<string>;
  enumerated: boolean;
}

/** Wraps `value` so that every object in it records which keys were read or listed. */
function observe(value: unknown, segments: PathSegment[], seen: ObservedObject[]): unknown {
  if (value === null || typeof value !== 'object') return value;
  const record: ObservedObject = {path: segments, target: value, read: new Set(), enumerated: false};
  seen.push(record);
  const children = new Map<string, unknown>();
  return new Proxy(value, {
    get(target, key, receiver) {
      const child = Reflect.get(target, key, receiver) as unknown;
      if (typeof key !== 'string') return child;
      record.read.add(key);
      if (child === null || typeof child !== 'object') return child;
      if (!children.has(key)) {
        const segment = Array.isArray(target) && /^\d+$/.test(key) ? Number(key) : key;
        children.set(key, observe(child, [...segments, segment], seen));
      }
      return children.get(key);
    },
    ownKeys(target) {
      record.enumerated = true;
      return Reflect.ownKeys(target);
    },
  });
}

const unknownFieldMessage = (field: string, guess: string | undefined) =>
  guess
    ? `알 수 없는 필드 ${field} 입니다. 철자를 확인하세요 (혹시 ${guess}?)`
    : `알 수 없는 필드 ${field} 입니다. 철자와 들여쓰기(필드의 위치)를 확인하세요.`;

function unknownFieldProblems(observed: ObservedObject[]): ObjectProblem[] {
  const problems: ObjectProblem[] = [];
  for (const {path: where, target, read, enumerated} of observed) {
    // Lists are checked item by item; maps (labels, data, …) take any key; an
    // object the validator never opened is free-form (or already has a type error).
    if (Array.isArray(target) || enumerated || read.size === 0) continue;
    for (const key of Object.keys(target)) {
      if (read.has(key) || UNCHECKED_KEYS.test(key)) continue;
      problems.push({
        path: [...where, key],
        at: 'key',
        severity: 'error',
        message: unknownFieldMessage(formatPath([...where, key]), closest(key, read)),
      });
    }
  }
  return problems;
}

function apiVersionProblem(apiVersion: string, kind: string): ObjectValidation {
  const problem = (message: string, severity: 'error' | 'warning' = 'error'): ObjectValidation => ({
    validated: false,
    problems: [{path: ['apiVersion'], at: 'value', severity, message}],
  });
  const group = groupOf(apiVersion);
  const known = knownGroupVersions();
  const builtInGroups = new Set(known.map(groupOf));
  if (hasKind(apiVersion, kind)) {
    // A beta version the removal table does not know yet (a newer kubernetes-models).
    return problem(`${apiVersion} 은(는) 베타/알파 API라서 기본 설정의 클러스터에서는 쓸 수 없을 수 있고, 검사하지 않았습니다.`, 'warning');
  }
  if (known.includes(apiVersion)) {
    const guess = closest(kind, kindsOf(apiVersion));
    const elsewhere = stableHomesOf(kind, apiVersion);
    const hint = guess
      ? ` (혹시 ${guess}?)`
      : elsewhere.length
        ? ` ${kind} 은(는) apiVersion: ${elsewhere[0]} 으로 씁니다.`
        : ' 쿠버네티스 오브젝트가 아닌 YAML(예: kubeconfig)이라면 코드 블록 meta에 not-k8s 를 붙이세요.';
    return {
      validated: false,
      problems: [
        {path: ['kind'], at: 'value', severity: 'error', message: `${apiVersion} 에는 kind ${kind} 이(가) 없습니다.${hint}`},
      ],
    };
  }
  if (group === '' || !group.includes('.') || builtInGroups.has(group)) {
    const homes = stableHomesOf(kind, apiVersion);
    const hint = homes.length
      ? ` ${kind} 은(는) apiVersion: ${homes[0]} 으로 씁니다.`
      : didYouMean(apiVersion, known.filter((gv) => !isPrerelease(gv)));
    return problem(`알 수 없는 apiVersion ${apiVersion} 입니다.${hint}`);
  }
  return problem(
    `${apiVersion} 은(는) 쿠버네티스 기본 API가 아니어서(커스텀 리소스) 스키마 검사를 하지 못했습니다. 쿠버네티스 매니페스트가 아니라면 코드 블록 meta에 not-k8s 를 붙이세요.`,
    'warning',
  );
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const isListOfManifests = (manifest: Record<string, unknown>) => manifest.apiVersion === 'v1' && manifest.kind === 'List';

/** The apiVersion/kind pairs whose schemas a manifest needs (a v1 List's items, item by item). */
function kindsIn(manifest: unknown): {apiVersion: string; kind: string}[] {
  if (!isPlainObject(manifest)) return [];
  if (isListOfManifests(manifest)) return Array.isArray(manifest.items) ? manifest.items.flatMap(kindsIn) : [];
  const {apiVersion, kind} = manifest;
  return typeof apiVersion === 'string' && typeof kind === 'string' ? [{apiVersion, kind}] : [];
}

/**
 * A kustomization.yaml, against the course's own strict schema of it
 * (./kustomization.ts): kubectl reads it, the API server never sees it.
 */
function validateKustomization(kustomization: object, options: ValidationOptions): ObjectValidation {
  const errors = kustomizationSchemaErrors(kustomization);
  const problems: ObjectProblem[] = [];
  for (const error of errors) {
    if (error.keyword !== 'additionalProperties') continue;
    const where = pointerToPath(error.instancePath, kustomization);
    const key = String(error.params.additionalProperty);
    const field = formatPath([...where, key]);
    const replacement = where.length === 0 ? replacementOf(key) : undefined;
    problems.push({
      path: [...where, key],
      at: 'key',
      severity: 'error',
      message: replacement
        ? `${field} 은(는) Kustomize v5에서 사용 중단(deprecated)된 필드입니다. ${replacement} 를 쓰세요.`
        : unknownFieldMessage(field, closest(key, kustomizationFieldsAt(error.schemaPath))),
    });
  }
  const rest = errors.filter((error) => error.keyword !== 'additionalProperties');
  return {validated: true, problems: [...problems, ...schemaProblems(rest, kustomization, options)]};
}

export interface ValidationOptions {
  /** The object is a patch: it names only what it changes, so missing required fields are fine. */
  partial?: boolean;
}

/**
 * Validates one manifest object strictly against the Kubernetes schema:
 * unknown fields, wrong types, missing required fields, bad enum values,
 * removed API versions, selectors that miss their Pod template.
 */
export async function validateManifestObject(manifest: unknown, options: ValidationOptions = {}): Promise<ObjectValidation> {
  await loadModels(kindsIn(manifest));
  return validateLoaded(manifest, options);
}

/** `validateManifestObject` once the schemas it needs are loaded. */
function validateLoaded(manifest: unknown, options: ValidationOptions): ObjectValidation {
  if (!isPlainObject(manifest)) {
    return {validated: false, problems: [{path: [], at: 'object', severity: 'error', message: '매니페스트는 키: 값 묶음(객체)이어야 합니다.'}]};
  }
  const {apiVersion, kind} = manifest;
  const missing: ObjectProblem[] = [];
  if (typeof apiVersion !== 'string' || apiVersion === '') {
    missing.push({path: [], at: 'object', severity: 'error', message: 'apiVersion 이 없거나 문자열이 아닙니다. 예: apiVersion: v1'});
  }
  if (typeof kind !== 'string' || kind === '') {
    missing.push({path: [], at: 'object', severity: 'error', message: 'kind 가 없거나 문자열이 아닙니다. 예: kind: Pod'});
  }
  if (missing.length) return {validated: false, problems: missing};
  const version = apiVersion as string;
  const kindName = kind as string;
  if (isListOfManifests(manifest)) return validateList(manifest, options);
  if (isKustomization(version, kindName)) return validateKustomization(manifest, options);

  const removed = removedApiMessage(version, kindName);
  if (removed) return {validated: false, problems: [{path: ['apiVersion'], at: 'value', severity: 'error', message: removed}]};
  const model = loadedModel(version, kindName);
  if (!model) return apiVersionProblem(version, kindName);

  const observed: ObservedObject[] = [];
  let errors: AjvError[] = [];
  try {
    model.prototype.validate.call(observe(manifest, [], observed));
  } catch (error) {
    errors = ((error as {errors?: AjvError[]}).errors ?? []) as AjvError[];
  }
  return {
    validated: true,
    problems: [...unknownFieldProblems(observed), ...schemaProblems(errors, manifest, options), ...selectorProblems(version, kindName, manifest)],
  };
}

const LIST_FIELDS = ['apiVersion', 'kind', 'metadata', 'items'];

/**
 * A v1 List (what `kubectl get -o yaml` prints, and what `kubectl apply` takes)
 * has no schema of its own in kubernetes-models: each item is a manifest,
 * checked as strictly as one written alone.
 */
function validateList(list: Record<string, unknown>, options: ValidationOptions): ObjectValidation {
  const problems: ObjectProblem[] = Object.keys(list)
    .filter((key) => !LIST_FIELDS.includes(key))
    .map((key) => ({
      path: [key],
      at: 'key' as const,
      severity: 'error' as const,
      message: `알 수 없는 필드 ${key} 입니다. List 에는 ${LIST_FIELDS.join(', ')} 만 씁니다.`,
    }));
  if (!Array.isArray(list.items)) {
    problems.push({path: [], at: 'object', severity: 'error', message: 'List 에는 매니페스트를 담은 items 목록이 있어야 합니다. 예: items: [- apiVersion: v1 …]'});
    return {validated: true, problems};
  }
  list.items.forEach((item, index) => {
    for (const problem of validateLoaded(item, options).problems) problems.push({...problem, path: ['items', index, ...problem.path]});
  });
  return {validated: true, problems};
}

const YAML_ERROR_HINTS: Record<string, string> = {
  DUPLICATE_KEY: '같은 키가 한 객체 안에 두 번 나옵니다. 하나를 지우세요.',
  TAB_AS_INDENT: '들여쓰기에 탭을 쓸 수 없습니다. 공백 두 칸을 쓰세요.',
  BAD_INDENT: '들여쓰기가 맞지 않습니다. 같은 단계의 키는 같은 칸에서 시작해야 합니다.',
  MULTILINE_IMPLICIT_KEY: '키가 여러 줄에 걸쳐 있습니다. 콜론(:) 뒤에 공백이 있는지, 들여쓰기가 맞는지 확인하세요.',
  BLOCK_AS_IMPLICIT_KEY: '키 자리에 블록이 왔습니다. 들여쓰기를 확인하세요.',
  MISSING_CHAR: '닫는 따옴표나 괄호가 빠졌습니다.',
  UNEXPECTED_TOKEN: '이 자리에 올 수 없는 글자가 있습니다. 들여쓰기와 "- " 위치를 확인하세요.',
};

function yamlErrorProblem(error: YAMLError): ManifestProblem {
  const position = error.linePos?.[0] ?? {line: 1, col: 1};
  const original = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const hint = YAML_ERROR_HINTS[error.code] ?? '들여쓰기(공백), 콜론 뒤의 공백, 따옴표의 짝을 확인하세요.';
  return {
    line: position.line,
    column: position.col,
    severity: 'error',
    message: `YAML 문법 오류입니다: ${hint} (${original}) 쿠버네티스 매니페스트가 아니라면 코드 블록 meta에 not-k8s 를 붙이세요.`,
  };
}

/**
 * How many nodes aliases (`*name`) may add when the YAML becomes data: a few
 * lines of nested aliases ("billion laughs") would otherwise expand to
 * billions of objects and hang the checker or the reader's tab.
 */
const MAX_ALIAS_COUNT = 100;

export interface YamlValidation {
  problems: ManifestProblem[];
  /** Documents that looked like manifests (or, with `anyManifestKey`, had apiVersion or kind). */
  manifests: number;
}

/**
 * Validates every manifest in a YAML text (documents separated by `---`).
 * A document is a manifest when it has both `apiVersion` and `kind`; with
 * `anyManifestKey`, one of them is enough (for examples that are wrong on purpose).
 * Lines are 1-based within the text.
 */
export async function validateManifestYaml(
  text: string,
  {anyManifestKey = false, partial = false}: {anyManifestKey?: boolean} & ValidationOptions = {},
): Promise<YamlValidation> {
  if (text.length > MAX_YAML_CHARS) {
    const message = `YAML이 너무 깁니다: ${text.length.toLocaleString('en-US')}자 (한 번에 최대 ${MAX_YAML_CHARS.toLocaleString('en-US')}자). 매니페스트를 나눠서 검사하세요.`;
    return {problems: [{line: 1, column: 1, severity: 'error', message}], manifests: 1};
  }
  const lineCounter = new LineCounter();
  // Kubernetes reads YAML 1.1 (yes/no/on/off are booleans, 0644 is octal).
  const documents = parseAllDocuments(text, {lineCounter, version: '1.1', prettyErrors: true, uniqueKeys: true});
  const problems: ManifestProblem[] = [];
  let manifests = 0;
  if (!Array.isArray(documents)) return {problems, manifests};
  for (const document of documents) {
    const contents = document.contents;
    const keys = isMap(contents) ? contents.items.map((pair) => keyText(pair.key)) : [];
    const hasApiVersion = keys.includes('apiVersion');
    const hasKind = keys.includes('kind');
    if (!(hasApiVersion && hasKind) && !(anyManifestKey && (hasApiVersion || hasKind))) continue;
    manifests += 1;
    const locate = (path: PathSegment[], at: PathTarget) => lineCounter.linePos(locateInYaml(document, path, at));
    if (document.errors.length > 0) {
      problems.push(yamlErrorProblem(document.errors[0]!));
      continue;
    }
    let manifest: unknown;
    try {
      manifest = document.toJS({maxAliasCount: MAX_ALIAS_COUNT});
    } catch {
      const {line, col} = locate([], 'object');
      const message = `YAML 별칭(*이름)이 너무 많이 펼쳐집니다 (최대 ${MAX_ALIAS_COUNT}개). 별칭 대신 값을 직접 쓰세요.`;
      problems.push({line, column: col, severity: 'error', message});
      continue;
    }
    const result = await validateManifestObject(manifest, {partial});
    for (const problem of result.problems) {
      const {line, col} = locate(problem.path, problem.at);
      problems.push({line, column: col, severity: problem.severity, message: problem.message});
    }
  }
  return {problems, manifests};
}

/**
 * Checks one ```yaml block as the course's rules say: `not-k8s` skips it;
 * `patch` checks it as a patch (kustomize strategic merge: every field it
 * names must exist, required ones may be left out); `expect-invalid` means it
 * must NOT validate (its errors are expected, and a valid block is the
 * error). Line 0 stands for the code fence itself.
 */
export async function checkManifestBlock(text: string, meta?: string | null): Promise<ManifestProblem[]> {
  const words = metaWords(meta);
  if (words.includes(NOT_K8S)) return [];
  const expectInvalid = words.includes(EXPECT_INVALID);
  const {problems, manifests} = await validateManifestYaml(text, {anyManifestKey: expectInvalid, partial: words.includes(PATCH)});
  if (!expectInvalid) return problems;
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  if (problems.some((problem) => problem.severity === 'error')) return warnings;
  const reason = manifests === 0 ? ' (apiVersion 이나 kind 가 있는 문서가 없습니다)' : '';
  return [
    ...warnings,
    {
      line: 0,
      column: 1,
      severity: 'error',
      message: `의도적으로 틀린 예시(expect-invalid)로 표시했지만 유효합니다${reason}. 틀린 부분이 빠졌는지 확인하고, 올바른 예시라면 expect-invalid 를 지우세요.`,
    },
  ];
}
