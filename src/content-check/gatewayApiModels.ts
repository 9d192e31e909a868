/**
 * Gateway API kinds (Gateway, HTTPRoute, …) for the strict manifest check.
 *
 * They are custom resources, so `kubernetes-models` does not know them; the
 * same family publishes them as `@kubernetes-models/gateway-api`, generated
 * from the Gateway API Go types with validators built the same way (which is
 * what the unknown-field Proxy in ./manifests.ts relies on). That package is
 * ESM-only (its `exports` have no `require` condition), so it cannot be
 * `require`d like kubernetes-models: `loadGatewayApiModels()` imports it once,
 * asynchronously, and the synchronous validator reads what was loaded.
 * Until it is loaded, Gateway API manifests are treated like any other custom
 * resource (a warning that nothing was checked).
 */

import {isModel, type Model} from './model';

export const GATEWAY_API_GROUP = 'gateway.networking.k8s.io';

/** The versions of the group the package ships (the experimental `x-k8s.io` group is not taught). */
const VERSIONS = ['v1', 'v1beta1', 'v1alpha2', 'v1alpha3'] as const;

/** `gateway.networking.k8s.io/v1` → kind → model, filled by `loadGatewayApiModels`. */
const loaded = new Map<string, Map<string, Model>>();
let loading: Promise<void> | undefined;

/** Imports the Gateway API models once; later calls wait for the same import. */
export function loadGatewayApiModels(): Promise<void> {
  loading ??= Promise.all(
    VERSIONS.map(async (version) => {
      const apiVersion = `${GATEWAY_API_GROUP}/${version}`;
      // One import per version: each index re-exports every kind of that version.
      const exported = (await import(`@kubernetes-models/gateway-api/${apiVersion}`)) as Record<string, unknown>;
      const kinds = new Map<string, Model>();
      for (const value of Object.values(exported)) {
        if (isModel(value) && value.apiVersion === apiVersion) kinds.set(value.kind, value);
      }
      loaded.set(apiVersion, kinds);
    }),
  ).then(() => undefined);
  return loading;
}

/** The Gateway API group/versions loaded so far (empty before `loadGatewayApiModels`). */
export function gatewayApiGroupVersions(): string[] {
  return [...loaded.keys()];
}

/** Every kind of one loaded group/version (lists included, as kubernetes-models does). */
export function gatewayApiKinds(apiVersion: string): string[] {
  return [...(loaded.get(apiVersion)?.keys() ?? [])];
}

export function gatewayApiModel(apiVersion: string, kind: string): Model | undefined {
  return loaded.get(apiVersion)?.get(kind);
}
