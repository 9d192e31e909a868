/** A kind's class as the kubernetes-models family exports it: its type meta and a schema validator. */
export interface Model {
  apiVersion: string;
  kind: string;
  prototype: {validate(): void};
}

export function isModel(value: unknown): value is Model {
  const candidate = value as Partial<Model> | undefined;
  return typeof value === 'function' && typeof candidate?.kind === 'string' && typeof candidate.apiVersion === 'string';
}
