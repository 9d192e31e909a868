/** The Kubernetes release the manifest schemas come from (kubernetes-models 4.5); its own module so the checker page can name it without loading the schemas. */
export const KUBERNETES_VERSION = '1.31';
