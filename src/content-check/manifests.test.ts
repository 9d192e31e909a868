import fs from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {describe, expect, it} from 'vitest';
import {checkManifestBlock, validateManifestObject, validateManifestYaml} from './manifests';
import {metaWords} from './codeMeta';
import {MAX_YAML_CHARS} from './manifestLimits';
import {formatPath} from './yamlPaths';
import {isPrerelease, kindsOf, knownGroupVersions} from './kubernetesModels';
import {removedApiMessage} from './removedApis';

const pod = (spec: Record<string, unknown>) => ({apiVersion: 'v1', kind: 'Pod', metadata: {name: 'web'}, spec});
const messages = async (manifest: unknown) => (await validateManifestObject(manifest)).problems.map((problem) => problem.message);

describe('validateManifestObject', () => {
  it('accepts a valid object', async () => {
    expect(await validateManifestObject(pod({containers: [{name: 'web', image: 'nginx:1.27'}]}))).toEqual({validated: true, problems: []});
  });

  it('reports unknown fields with their path and the closest known field', async () => {
    const result = await validateManifestObject(pod({containers: [{name: 'web', image: 'nginx:1.27', imagePullPolcy: 'Always'}]}));
    expect(result.problems).toEqual([
      {
        path: ['spec', 'containers', 0, 'imagePullPolcy'],
        at: 'key',
        severity: 'error',
        message: '알 수 없는 필드 spec.containers[0].imagePullPolcy 입니다. 철자를 확인하세요 (혹시 imagePullPolicy?)',
      },
    ]);
  });

  it('checks each item of a v1 List as strictly as a manifest of its own', async () => {
    const list = {
      apiVersion: 'v1',
      kind: 'List',
      items: [
        {apiVersion: 'v1', kind: 'ConfigMap', metadata: {name: 'a'}, data: {x: '1'}},
        {apiVersion: 'v1', kind: 'ConfigMap', metadata: {name: 'b'}, dta: {x: '1'}},
      ],
    };
    expect((await validateManifestObject(list)).problems).toEqual([
      {
        path: ['items', 1, 'dta'],
        at: 'key',
        severity: 'error',
        message: '알 수 없는 필드 dta 입니다. 철자를 확인하세요 (혹시 data?)',
      },
    ]);
    expect(await messages({apiVersion: 'v1', kind: 'List', item: []})).toEqual([
      '알 수 없는 필드 item 입니다. List 에는 apiVersion, kind, metadata, items 만 씁니다.',
      'List 에는 매니페스트를 담은 items 목록이 있어야 합니다. 예: items: [- apiVersion: v1 …]',
    ]);
  });

  it('reports a field at the wrong level without a far-fetched guess', async () => {
    expect(await messages({apiVersion: 'v1', kind: 'Pod', metadata: {name: 'web', containers: []}, spec: {containers: []}})).toEqual([
      '알 수 없는 필드 metadata.containers 입니다. 철자와 들여쓰기(필드의 위치)를 확인하세요.',
    ]);
  });

  it('lets maps take any key (labels, data, resources)', async () => {
    expect(
      await messages({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: {name: 'c', labels: {'app.kubernetes.io/name': 'web'}, annotations: {'example.com/note': 'x'}},
        data: {ANY_KEY: 'value'},
      }),
    ).toEqual([]);
  });

  it('reports wrong types, missing required fields, enum values and base64', async () => {
    expect(await messages(pod({containers: [{image: 'nginx', ports: [{containerPort: '80'}], env: [{name: 'A', value: 1}]}]}))).toEqual([
      'spec.containers[0] 에 꼭 있어야 하는 필드 name 이(가) 없습니다. name: 를 추가하세요.',
      'spec.containers[0].env[0].value 의 값은 문자열이어야 하는데 숫자 1 입니다. 따옴표로 감싸 문자열로 쓰세요 (예: "1.0", "true", "80").',
      'spec.containers[0].ports[0].containerPort 의 값은 정수여야 하는데 문자열 "80" 입니다. 숫자를 감싼 따옴표를 빼세요.',
    ]);
    expect(await messages({apiVersion: 'v1', kind: 'Service', metadata: {name: 's'}, spec: {type: 'nodeport', ports: [{port: 80}]}})).toEqual([
      'spec.type 에는 "nodeport" 을(를) 쓸 수 없습니다. 다음 중 하나를 쓰세요: ClusterIP, ExternalName, LoadBalancer, NodePort (혹시 NodePort?)',
    ]);
    expect(await messages({apiVersion: 'v1', kind: 'Secret', metadata: {name: 's'}, data: {password: 'hello!'}})).toEqual([
      'data.password 의 값 "hello!" 이(가) byte 형식이 아닙니다. data 에는 base64로 인코딩한 값을 씁니다. 평문을 쓰려면 stringData 를 쓰세요.',
    ]);
  });

  it('reports int-or-string fields once', async () => {
    expect(
      await messages(pod({containers: [{name: 'web', image: 'nginx', livenessProbe: {httpGet: {path: '/', port: [80]}}}]})),
    ).toEqual(['spec.containers[0].livenessProbe.httpGet.port 의 값은 문자열 또는 정수여야 하는데 목록 입니다.']);
  });

  it('names removed API versions, the release that removed them and the one to use', async () => {
    expect(await messages({apiVersion: 'extensions/v1beta1', kind: 'Ingress', metadata: {name: 'i'}})).toEqual([
      'extensions/v1beta1 의 Ingress 은(는) Kubernetes 1.22에서 없어진 API 버전입니다. apiVersion: networking.k8s.io/v1 을(를) 쓰세요.',
    ]);
    expect(await messages({apiVersion: 'extensions/v1beta1', kind: 'Deployment'})).toEqual([
      'extensions/v1beta1 의 Deployment 은(는) Kubernetes 1.16에서 없어진 API 버전입니다. apiVersion: apps/v1 을(를) 쓰세요.',
    ]);
    // the same group's newest stable version, not autoscaling/v1
    expect(await messages({apiVersion: 'autoscaling/v2beta2', kind: 'HorizontalPodAutoscaler'})).toEqual([
      'autoscaling/v2beta2 의 HorizontalPodAutoscaler 은(는) Kubernetes 1.26에서 없어진 API 버전입니다. apiVersion: autoscaling/v2 을(를) 쓰세요.',
    ]);
    expect(await messages({apiVersion: 'batch/v1beta1', kind: 'CronJob'})).toEqual([
      'batch/v1beta1 의 CronJob 은(는) Kubernetes 1.25에서 없어진 API 버전입니다. apiVersion: batch/v1 을(를) 쓰세요.',
    ]);
    const [psp] = await messages({apiVersion: 'policy/v1beta1', kind: 'PodSecurityPolicy', metadata: {name: 'p'}, spec: {}});
    expect(psp).toMatch(/^policy\/v1beta1 의 PodSecurityPolicy 은\(는\) Kubernetes 1\.25에서 없어진 API 버전입니다\. 대신할 오브젝트는 없습니다\./);
    expect(psp).toContain('pod-security.kubernetes.io/enforce');
    expect(await messages({apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3', kind: 'FlowSchema'})).toEqual([
      'flowcontrol.apiserver.k8s.io/v1beta3 의 FlowSchema 은(는) Kubernetes 1.32에서 없어진 API 버전입니다. apiVersion: flowcontrol.apiserver.k8s.io/v1 을(를) 쓰세요.',
    ]);
  });

  it('knows when every beta or alpha version in the schemas was removed', () => {
    const prerelease = knownGroupVersions().filter(isPrerelease);
    expect(prerelease.length).toBeGreaterThan(20);
    for (const apiVersion of prerelease) {
      for (const kind of kindsOf(apiVersion)) expect(removedApiMessage(apiVersion, kind), `${apiVersion} ${kind}`).toBeDefined();
    }
  });

  it('reports selectors that do not match the Pod template, as the API server does', async () => {
    const template = (labels: Record<string, string>) => ({metadata: {labels}, spec: {containers: [{name: 'web', image: 'nginx:1.27'}]}});
    const deployment = (selector: unknown, labels: Record<string, string>) => ({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {name: 'web'},
      spec: {selector, template: template(labels)},
    });
    expect(await messages(deployment({matchLabels: {app: 'web'}}, {app: 'web', tier: 'front'}))).toEqual([]);
    expect((await validateManifestObject(deployment({matchLabels: {app: 'web'}}, {app: 'wbe'}))).problems).toEqual([
      {
        path: ['spec', 'selector', 'matchLabels', 'app'],
        at: 'value',
        severity: 'error',
        message:
          '셀렉터의 레이블 app: web 와(과) 파드 템플릿의 레이블 app: wbe 의 값이 다릅니다. Deployment 은(는) 셀렉터로 자기 파드를 찾으므로 쿠버네티스가 받아 주지 않습니다. spec.template.metadata.labels 에 같은 레이블을 쓰세요.',
      },
    ]);
    expect(await messages(deployment({matchLabels: {run: 'web'}}, {app: 'web'}))).toEqual([
      '셀렉터의 레이블 run: web 이(가) 파드 템플릿의 레이블(spec.template.metadata.labels)에 없습니다. Deployment 은(는) 셀렉터로 자기 파드를 찾으므로 쿠버네티스가 받아 주지 않습니다. spec.template.metadata.labels 에 같은 레이블을 쓰세요.',
    ]);
    expect(await messages(deployment({matchExpressions: [{key: 'tier', operator: 'In', values: ['back']}]}, {tier: 'front'}))).toEqual([
      '셀렉터의 조건 spec.selector.matchExpressions[0] (tier In) 에 파드 템플릿의 레이블(spec.template.metadata.labels)이 맞지 않습니다. Deployment 은(는) 셀렉터로 자기 파드를 찾으므로 쿠버네티스가 받아 주지 않습니다.',
    ]);
    expect(await messages(deployment({matchExpressions: [{key: 'tier', operator: 'NotIn', values: ['back']}]}, {tier: 'front'}))).toEqual([]);
    expect((await messages(deployment({}, {app: 'web'})))[0]).toContain('spec.selector 가 비어 있습니다');
    const job = {apiVersion: 'batch/v1', kind: 'Job', metadata: {name: 'j'}, spec: {selector: {matchLabels: {app: 'j'}}, template: {...template({app: 'j'}), spec: {restartPolicy: 'Never', containers: [{name: 'j', image: 'busybox'}]}}}};
    expect(await messages(job)).toEqual(['Job 의 셀렉터는 쿠버네티스가 알아서 만듭니다. spec.selector 를 지우세요 (직접 정하려면 manualSelector: true 를 함께 씁니다).']);
    expect(await messages({...job, spec: {...job.spec, manualSelector: true}})).toEqual([]);
    const rc = {apiVersion: 'v1', kind: 'ReplicationController', metadata: {name: 'r'}, spec: {selector: {app: 'r'}, template: template({app: 's'})}};
    expect((await messages(rc))[0]).toContain('셀렉터의 레이블 app: r 와(과) 파드 템플릿의 레이블 app: s 의 값이 다릅니다. ReplicationController');
  });

  it('rejects unknown kinds and API groups, and only warns about custom resources', async () => {
    expect(await messages({apiVersion: 'apps/v1', kind: 'Deploymnet'})).toEqual(['apps/v1 에는 kind Deploymnet 이(가) 없습니다. (혹시 Deployment?)']);
    expect(await messages({apiVersion: 'app/v1', kind: 'Deployment'})).toEqual([
      '알 수 없는 apiVersion app/v1 입니다. Deployment 은(는) apiVersion: apps/v1 으로 씁니다.',
    ]);
    expect((await messages({apiVersion: 'v1', kind: 'Config', clusters: []}))[0]).toContain('코드 블록 meta에 not-k8s 를 붙이세요');
    const custom = await validateManifestObject({apiVersion: 'argoproj.io/v1alpha1', kind: 'Application'});
    expect(custom.validated).toBe(false);
    expect(custom.problems.map((problem) => problem.severity)).toEqual(['warning']);
  });

  it('needs apiVersion and kind', async () => {
    expect(await messages({kind: 'Pod'})).toEqual(['apiVersion 이 없거나 문자열이 아닙니다. 예: apiVersion: v1']);
  });
});

describe('a kustomization.yaml (Kustomization)', async () => {
  const kustomization = (fields: Record<string, unknown>) => ({apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', ...fields});

  it('accepts the fields the course teaches', async () => {
    const valid = kustomization({
      resources: ['../../base'],
      namePrefix: 'dev-',
      labels: [{pairs: {env: 'dev'}, includeSelectors: false, includeTemplates: true}],
      images: [{name: 'nginx', newTag: '1.28'}],
      replicas: [{name: 'web', count: 3}],
      patches: [
        {path: 'replicas.yaml'},
        {target: {kind: 'Deployment', name: 'web'}, patch: '- op: replace\n  path: /spec/replicas\n  value: 3\n'},
      ],
      configMapGenerator: [{name: 'web-config', literals: ['GREETING=hello'], files: ['index.html']}],
    });
    expect(await validateManifestObject(valid)).toEqual({validated: true, problems: []});
  });

  it('reports unknown fields anywhere with a guess, and deprecated top-level fields with their replacement', async () => {
    expect(
      await messages(
        kustomization({
          namePrefx: 'dev-',
          commonLabels: {env: 'dev'},
          patchesStrategicMerge: ['replicas.yaml'],
          patches: [{path: 'p.yaml', target: {kind: 'Deployment', nam: 'web'}}],
          constructor: 'x',
        }),
      ),
    ).toEqual([
      '알 수 없는 필드 namePrefx 입니다. 철자를 확인하세요 (혹시 namePrefix?)',
      'commonLabels 은(는) Kustomize v5에서 사용 중단(deprecated)된 필드입니다. labels 를 쓰세요.',
      'patchesStrategicMerge 은(는) Kustomize v5에서 사용 중단(deprecated)된 필드입니다. patches 를 쓰세요.',
      '알 수 없는 필드 constructor 입니다. 철자와 들여쓰기(필드의 위치)를 확인하세요.',
      '알 수 없는 필드 patches[0].target.nam 입니다. 철자를 확인하세요 (혹시 name?)',
    ]);
  });

  it('reports wrong types, missing required fields and bad enum values like a Kubernetes schema', async () => {
    expect(
      await messages(
        kustomization({
          images: [{newTag: 1.28}],
          configMapGenerator: [{name: 'c', behavior: 'merged'}],
        }),
      ),
    ).toEqual([
      'images[0] 에 꼭 있어야 하는 필드 name 이(가) 없습니다. name: 를 추가하세요.',
      'images[0].newTag 의 값은 문자열이어야 하는데 숫자 1.28 입니다. 따옴표로 감싸 문자열로 쓰세요 (예: "1.0", "true", "80").',
      'configMapGenerator[0].behavior 에는 "merged" 을(를) 쓸 수 없습니다. 다음 중 하나를 쓰세요: create, replace, merge (혹시 merge?)',
    ]);
  });
});

describe('validateManifestYaml', () => {
  it('reports lines of keys and values across documents', async () => {
    const text = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: a', 'spec:', '  containers: []', '---', 'apiVersion: v1', 'kind: Pod', 'metadata:', '  name: b', '  lables:', '    app: b'].join('\n');
    expect((await validateManifestYaml(text)).problems).toEqual([
      {line: 12, column: 3, severity: 'error', message: '알 수 없는 필드 metadata.lables 입니다. 철자를 확인하세요 (혹시 labels?)'},
    ]);
  });

  it('reads YAML like Kubernetes does (1.1: yes is a boolean)', async () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels:\n    enabled: yes\n';
    expect((await validateManifestYaml(text)).problems).toEqual([
      {
        line: 6,
        column: 14,
        severity: 'error',
        message: 'metadata.labels.enabled 의 값은 문자열이어야 하는데 참/거짓 값 true 입니다. 따옴표로 감싸 문자열로 쓰세요 (예: "1.0", "true", "80").',
      },
    ]);
  });

  it('reports YAML syntax errors and duplicate keys', async () => {
    const [duplicate] = (await validateManifestYaml('apiVersion: v1\nkind: Pod\nkind: Pod\n')).problems;
    expect(duplicate).toMatchObject({line: 3, column: 1, severity: 'error'});
    expect(duplicate!.message).toContain('같은 키가 한 객체 안에 두 번 나옵니다');
  });

  it('stays within bounds on hostile YAML: aliases that expand a billion times, huge pastes, deep nesting', async () => {
    const laughs = ['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: lol}', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const name of 'bcdefghi') laughs.push(`${name}: &${name} [${Array(9).fill(`*${String.fromCharCode(name.charCodeAt(0) - 1)}`).join(',')}]`);
    const started = Date.now();
    const [alias] = (await validateManifestYaml(laughs.join('\n'))).problems;
    expect(alias!.message).toContain('YAML 별칭(*이름)이 너무 많이 펼쳐집니다');
    const [long] = (await validateManifestYaml(`apiVersion: v1\nkind: Pod\n${'#'.repeat(MAX_YAML_CHARS)}`)).problems;
    expect(long).toMatchObject({line: 1, column: 1, severity: 'error'});
    expect(long!.message).toContain('YAML이 너무 깁니다');
    const deep = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep}\ndata: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`;
    expect((await validateManifestYaml(deep)).problems.length).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('skips YAML that is not a manifest', async () => {
    expect(await validateManifestYaml('replicaCount: 2\nimage:\n  tag: "1.27"\n')).toEqual({problems: [], manifests: 0});
  });
});

describe('checkManifestBlock', () => {
  const valid = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n    - name: a\n      image: nginx:1.27\n';
  const invalid = valid.replace('name: a\n      image', 'nmae: a\n      image');

  it('reads meta words outside quoted values', async () => {
    expect(metaWords('title="expect-invalid.yaml" {3-5} expect-invalid')).toEqual(['{3-5}', 'expect-invalid']);
  });

  it('skips not-k8s blocks', async () => {
    expect(await checkManifestBlock(invalid, 'title="x.yaml" not-k8s')).toEqual([]);
  });

  it('checks patch blocks for unknown fields but lets them leave out required ones', async () => {
    const patch = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n';
    expect(await checkManifestBlock(patch, 'title="replicas.yaml" patch')).toEqual([]);
    expect((await checkManifestBlock(patch, 'title="replicas.yaml"')).map((problem) => problem.message)).toEqual([
      'spec 에 꼭 있어야 하는 필드 selector 이(가) 없습니다. selector: 를 추가하세요.',
      'spec 에 꼭 있어야 하는 필드 template 이(가) 없습니다. template: 를 추가하세요.',
    ]);
    expect(await checkManifestBlock(patch.replace('replicas:', 'replica:'), 'patch')).toEqual([
      {line: 6, column: 3, severity: 'error', message: '알 수 없는 필드 spec.replica 입니다. 철자를 확인하세요 (혹시 replicas?)'},
    ]);
  });

  it('expects expect-invalid blocks to fail, and says so when they do not', async () => {
    expect(await checkManifestBlock(invalid, 'expect-invalid')).toEqual([]);
    expect(await checkManifestBlock(valid, 'title="x.yaml" expect-invalid')).toEqual([
      {
        line: 0,
        column: 1,
        severity: 'error',
        message: '의도적으로 틀린 예시(expect-invalid)로 표시했지만 유효합니다. 틀린 부분이 빠졌는지 확인하고, 올바른 예시라면 expect-invalid 를 지우세요.',
      },
    ]);
    // a wrong example may leave out kind on purpose
    expect(await checkManifestBlock('apiVersion: v1\nmetadata:\n  name: a\n', 'expect-invalid')).toEqual([]);
  });
});

describe('formatPath', () => {
  it('writes paths the way kubectl explain does', async () => {
    expect(formatPath(['spec', 'containers', 0, 'ports', 1, 'containerPort'])).toBe('spec.containers[0].ports[1].containerPort');
    expect(formatPath(['metadata', 'labels', 'app.kubernetes.io/name'])).toBe('metadata.labels["app.kubernetes.io/name"]');
  });
});

/**
 * The unknown-field check trusts that a generated validator reads every
 * property its schema declares. This checks that for every type in
 * kubernetes-models and in Gateway API v1 against the fields its TypeScript
 * declarations list.
 */
describe('the strictness premise', () => {
  it('every declared field of every kubernetes-models and Gateway API v1 type is read by its validator', async () => {
    const require = createRequire(import.meta.url);
    const roots = [
      ...['kubernetes-models', '@kubernetes-models/apimachinery'].map((name) => path.dirname(require.resolve(`${name}/package.json`))),
      path.dirname(fileURLToPath(import.meta.resolve('@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1'))),
    ];
    const declarations: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory() && !['_schemas', 'node_modules'].includes(entry.name)) walk(full);
        else if (entry.name.endsWith('.d.ts') && entry.name !== 'index.d.ts') declarations.push(full);
      }
    };
    roots.forEach(walk);
    const unread: string[] = [];
    let checked = 0;
    for (const file of declarations) {
      const body = /export interface I\w+[^{]*\{([\s\S]*?)\n\}/.exec(fs.readFileSync(file, 'utf8'))?.[1];
      if (!body) continue;
      const fields = [...body.matchAll(/^ {4}"([^"]+)"\??:/gm)].map((match) => match[1]!);
      const exported = Object.values((await import(pathToFileURL(file.replace(/\.d\.ts$/, '.js')).href)) as Record<string, unknown>);
      const model = exported.find((value): value is {prototype: {validate(): void}} => typeof value === 'function' && 'validate' in (value as {prototype: object}).prototype);
      if (!model) continue;
      const read = new Set<string>();
      const probe = new Proxy(Object.fromEntries(fields.map((field) => [field, undefined])), {
        get(target, key) {
          if (typeof key === 'string') read.add(key);
          return target[key as string];
        },
      });
      try {
        model.prototype.validate.call(probe);
      } catch {
        // missing required fields: irrelevant here
      }
      checked += 1;
      for (const field of fields) {
        // the generator drops these names, as it does JSON-schema keywords; manifests.ts never reports them
        if (!read.has(field) && !/^(description|x-kubernetes-.*)$/.test(field)) unread.push(`${path.basename(file)}: ${field}`);
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(unread).toEqual([]);
  }, 60_000);
});
