import type {VFile} from 'vfile';
import {forStringifyObject} from '../../security/stringifyObjectInput';

/**
 * The mdx loader writes the article's first `# 제목` into the page's
 * JavaScript as `export const contentTitle = …` with stringify-object, which
 * does not escape `\` (see src/security/stringifyObjectInput.ts). Docusaurus'
 * contentTitle plugin puts the heading's text in `vfile.data.contentTitle`;
 * this plugin, in the docs plugin's `remarkPlugins` (which run after it),
 * hands the loader the form it writes back as exactly that text.
 */
export default function inertContentTitle() {
  return (_tree: unknown, file: VFile) => {
    const title = file.data.contentTitle;
    if (typeof title === 'string') file.data.contentTitle = forStringifyObject(title);
  };
}
