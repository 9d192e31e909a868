/** The localStorage key for a site served under `baseUrl`. */
export function storageKey(baseUrl: string): string {
  const base = `/${baseUrl.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  return `k8s-ipmun:progress:${base}`;
}
