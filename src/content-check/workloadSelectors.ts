/**
 * A workload finds its Pods by its selector, so the API server refuses one
 * whose Pod template lacks the labels the selector asks for ("selector does
 * not match template labels"): a classic first-manifest mistake the schema
 * alone cannot see.
 */
import type {ObjectProblem} from './manifests';
import {formatPath, type PathSegment} from './yamlPaths';

type Labels = Record<string, unknown>;

interface Workload {
  /** Where the selector and the template are, under the manifest. */
  spec: PathSegment[];
  /** `matchLabels`/`matchExpressions` (a LabelSelector), or a plain label map (ReplicationController). */
  selector: 'labelSelector' | 'map';
  /** Jobs make their own selector unless `manualSelector: true`. */
  generatedSelector?: boolean;
}

const WORKLOADS: Record<string, Workload> = {
  'apps/v1/Deployment': {spec: ['spec'], selector: 'labelSelector'},
  'apps/v1/ReplicaSet': {spec: ['spec'], selector: 'labelSelector'},
  'apps/v1/StatefulSet': {spec: ['spec'], selector: 'labelSelector'},
  'apps/v1/DaemonSet': {spec: ['spec'], selector: 'labelSelector'},
  'batch/v1/Job': {spec: ['spec'], selector: 'labelSelector', generatedSelector: true},
  'batch/v1/CronJob': {spec: ['spec', 'jobTemplate', 'spec'], selector: 'labelSelector', generatedSelector: true},
  'v1/ReplicationController': {spec: ['spec'], selector: 'map'},
};

const isObject = (value: unknown): value is Labels => value !== null && typeof value === 'object' && !Array.isArray(value);
const child = (value: unknown, key: string): unknown => (isObject(value) ? value[key] : undefined);

/** Problems between a selector's `matchLabels` (or a plain selector map) and the template's labels. */
function matchLabelProblems(wanted: Labels, at: PathSegment[], labels: Labels, labelsAt: string, kind: string): ObjectProblem[] {
  const problems: ObjectProblem[] = [];
  for (const [key, value] of Object.entries(wanted)) {
    if (typeof value !== 'string') continue; // a type error the schema reports
    const actual = labels[key];
    const message =
      actual === undefined
        ? `셀렉터의 레이블 ${key}: ${value} 이(가) 파드 템플릿의 레이블(${labelsAt})에 없습니다.`
        : actual !== value
          ? `셀렉터의 레이블 ${key}: ${value} 와(과) 파드 템플릿의 레이블 ${key}: ${String(actual)} 의 값이 다릅니다.`
          : undefined;
    if (message) {
      problems.push({
        path: [...at, key],
        at: 'value',
        severity: 'error',
        message: `${message} ${kind} 은(는) 셀렉터로 자기 파드를 찾으므로 쿠버네티스가 받아 주지 않습니다. ${labelsAt} 에 같은 레이블을 쓰세요.`,
      });
    }
  }
  return problems;
}

/** Whether labels satisfy one `matchExpressions` entry, as Kubernetes evaluates it. */
function expressionHolds(expression: Labels, labels: Labels): boolean | undefined {
  const {key, operator, values} = expression;
  if (typeof key !== 'string') return undefined;
  const list = Array.isArray(values) ? values.map(String) : [];
  const present = Object.prototype.hasOwnProperty.call(labels, key);
  switch (operator) {
    case 'In':
      return present && list.includes(String(labels[key]));
    case 'NotIn':
      return !present || !list.includes(String(labels[key]));
    case 'Exists':
      return present;
    case 'DoesNotExist':
      return !present;
    default:
      return undefined; // an enum error the schema reports
  }
}

/**
 * Selector problems of a Deployment, ReplicaSet, StatefulSet, DaemonSet,
 * ReplicationController, Job or CronJob; none for other kinds, or when the
 * fields have the wrong types (the schema says so).
 */
export function selectorProblems(apiVersion: string, kind: string, manifest: unknown): ObjectProblem[] {
  const key = `${apiVersion}/${kind}`;
  if (!Object.prototype.hasOwnProperty.call(WORKLOADS, key)) return [];
  const workload = WORKLOADS[key]!;
  const spec = workload.spec.reduce<unknown>((value, key) => child(value, String(key)), manifest);
  if (!isObject(spec)) return [];
  const selectorAt = [...workload.spec, 'selector'];
  const selector = spec.selector;
  const labelsAt = formatPath([...workload.spec, 'template', 'metadata', 'labels']);
  const labels = child(child(spec.template, 'metadata'), 'labels') ?? {};
  if (selector === undefined || !isObject(labels)) return [];
  if (workload.generatedSelector && spec.manualSelector !== true) {
    return [
      {
        path: selectorAt,
        at: 'key',
        severity: 'error',
        message: `${kind} 의 셀렉터는 쿠버네티스가 알아서 만듭니다. ${formatPath(selectorAt)} 를 지우세요 (직접 정하려면 manualSelector: true 를 함께 씁니다).`,
      },
    ];
  }
  if (workload.selector === 'map') return isObject(selector) ? matchLabelProblems(selector, selectorAt, labels, labelsAt, kind) : [];
  if (!isObject(selector)) return [];
  const {matchLabels, matchExpressions} = selector;
  const expressions = Array.isArray(matchExpressions) ? matchExpressions : [];
  if ((!isObject(matchLabels) || Object.keys(matchLabels).length === 0) && expressions.length === 0) {
    return [
      {
        path: selectorAt,
        at: 'key',
        severity: 'error',
        message: `${formatPath(selectorAt)} 가 비어 있습니다. 빈 셀렉터는 모든 파드를 고르므로 쓸 수 없습니다. matchLabels 에 ${labelsAt} 의 레이블을 쓰세요.`,
      },
    ];
  }
  const problems = isObject(matchLabels) ? matchLabelProblems(matchLabels, [...selectorAt, 'matchLabels'], labels, labelsAt, kind) : [];
  expressions.forEach((expression, index) => {
    if (isObject(expression) && expressionHolds(expression, labels) === false) {
      problems.push({
        path: [...selectorAt, 'matchExpressions', index],
        at: 'object',
        severity: 'error',
        message: `셀렉터의 조건 ${formatPath([...selectorAt, 'matchExpressions'])}[${index}] (${String(expression.key)} ${String(expression.operator)}) 에 파드 템플릿의 레이블(${labelsAt})이 맞지 않습니다. ${kind} 은(는) 셀렉터로 자기 파드를 찾으므로 쿠버네티스가 받아 주지 않습니다.`,
      });
    }
  });
  return problems;
}
