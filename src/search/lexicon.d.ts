// Written by the search plugin (src/plugins/search) at build and start time.
declare module '@generated/k8s-search/default/lexicon.json' {
  const lexicon: {stems: string[]; synonyms: string[][]; phrases: [string, string][]; terms: {id: string; term: string; names: string[]}[]};
  export default lexicon;
}
