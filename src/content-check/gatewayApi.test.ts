import {describe, expect, it} from 'vitest';
import {validateManifestObject} from './manifests';

const httpRoute = (spec: Record<string, unknown>, apiVersion = 'gateway.networking.k8s.io/v1') => ({
  apiVersion,
  kind: 'HTTPRoute',
  metadata: {name: 'shop'},
  spec,
});
const messages = async (manifest: unknown) => (await validateManifestObject(manifest)).problems.map((problem) => problem.message);

const canary = {
  parentRefs: [{name: 'shop-gateway'}],
  hostnames: ['shop.example.com'],
  rules: [
    {
      matches: [{path: {type: 'PathPrefix', value: '/'}, headers: [{name: 'x-canary', value: 'true'}]}],
      filters: [{type: 'RequestHeaderModifier', requestHeaderModifier: {add: [{name: 'x-route', value: 'canary'}]}}],
      backendRefs: [
        {name: 'front', port: 80, weight: 90},
        {name: 'front-v2', port: 80, weight: 10},
      ],
    },
  ],
};

describe('Gateway API v1 manifests', () => {
  it('validate strictly: a correct Gateway and HTTPRoute pass', async () => {
    const gateway = {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'Gateway',
      metadata: {name: 'shop-gateway'},
      spec: {gatewayClassName: 'traefik', listeners: [{name: 'http', protocol: 'HTTP', port: 8000}]},
    };
    expect(await validateManifestObject(gateway)).toEqual({validated: true, problems: []});
    expect(await validateManifestObject(httpRoute(canary))).toEqual({validated: true, problems: []});
  });

  it('report unknown fields, wrong enum values and wrong types with their path', async () => {
    expect(await messages(httpRoute({parentRefs: [{name: 'g'}], rules: [{backendRef: [{name: 'front', port: 80}]}]}))).toEqual([
      '알 수 없는 필드 spec.rules[0].backendRef 입니다. 철자를 확인하세요 (혹시 backendRefs?)',
    ]);
    expect(await messages(httpRoute({rules: [{matches: [{path: {type: 'Prefix', value: '/'}}]}]}))).toEqual([
      'spec.rules[0].matches[0].path.type 에는 "Prefix" 을(를) 쓸 수 없습니다. 다음 중 하나를 쓰세요: Exact, PathPrefix, RegularExpression',
    ]);
    expect(await messages(httpRoute({rules: [{backendRefs: [{name: 'front', port: '80'}]}]}))).toEqual([
      expect.stringContaining('spec.rules[0].backendRefs[0].port 의 값은'),
    ]);
  });

  it('send old versions to v1 and unknown kinds of the group to the closest one', async () => {
    expect(await messages(httpRoute(canary, 'gateway.networking.k8s.io/v1beta1'))).toEqual([
      '알 수 없는 apiVersion gateway.networking.k8s.io/v1beta1 입니다. HTTPRoute 은(는) apiVersion: gateway.networking.k8s.io/v1 으로 씁니다.',
    ]);
    expect(await messages({apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HttpRoute', metadata: {name: 'x'}, spec: {}})).toEqual([
      'gateway.networking.k8s.io/v1 에는 kind HttpRoute 이(가) 없습니다. (혹시 HTTPRoute?)',
    ]);
    expect(await messages({apiVersion: 'gateway.networking.k8s.io/v2', kind: 'HTTPRoute', metadata: {name: 'x'}, spec: {}})).toEqual([
      '알 수 없는 apiVersion gateway.networking.k8s.io/v2 입니다. HTTPRoute 은(는) apiVersion: gateway.networking.k8s.io/v1 으로 씁니다.',
    ]);
  });
});
