/** The faces src/plugins/fontSubset writes in `docusaurus build` (fontFacesModule); ./loadFonts.ts registers them after the page has loaded. */
declare module '@generated/k8s-fonts/faces' {
  const faces: import('./index').FontFaceSpec[];
  export default faces;
}
