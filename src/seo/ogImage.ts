/**
 * Where an article's Open Graph image lives, shared by the build plugin that
 * draws it (src/plugins/seo) and the page head that names it
 * (src/theme/DocItem/Metadata). Browser-safe: no Node imports.
 */
export const OG_DIR = 'og';
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/**
 * `/k8s-intro/docs/workloads/deployment` → `og/docs/workloads/deployment.png`,
 * relative to the build folder (and to baseUrl). The home page is `og/index.png`.
 */
export function ogImageFile(permalink: string, baseUrl: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  let route = permalink.startsWith(base) ? permalink.slice(base.length) : permalink.replace(/^\/+/, '');
  route = route.replace(/\/+$/, '');
  return `${OG_DIR}/${route === '' ? 'index' : route}.png`;
}

/** The absolute URL of that image, as og:image wants it. */
export function ogImageUrl(siteUrl: string, baseUrl: string, permalink: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return `${siteUrl.replace(/\/+$/, '')}${encodeURI(`${base}${ogImageFile(permalink, baseUrl)}`)}`;
}
