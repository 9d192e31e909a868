/**
 * Code blocks whose title names a manifest or script file can be saved as that
 * file: ```yaml title="deployment.yaml" → deployment.yaml.
 */
const DOWNLOADABLE = /\.(ya?ml|json|sh)$/i;

export function downloadFileName(title: unknown): string | undefined {
  if (typeof title !== 'string') return undefined;
  // A title may carry a folder ("k8s/deployment.yaml"): save only the file.
  const name = title.trim().split(/[\\/]/).pop()!.trim();
  if (!DOWNLOADABLE.test(name) || /[\s:*?"<>|]/.test(name) || name.startsWith('.')) return undefined;
  return name;
}

/** MIME type for the Blob, so browsers keep the extension. */
export function mimeType(fileName: string): string {
  if (/\.json$/i.test(fileName)) return 'application/json';
  if (/\.sh$/i.test(fileName)) return 'text/x-shellscript';
  return 'application/yaml';
}

/** The block's code as the file's content, ending with one newline like a file saved by an editor. */
export function fileContent(code: string): string {
  return `${code.replace(/\s+$/, '')}\n`;
}
