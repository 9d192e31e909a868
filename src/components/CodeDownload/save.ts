import {fileContent, mimeType} from './fileName';

/** Saves the code as a file: loaded on the first click of a download button, not with the page. */
export function save(fileName: string, code: string): void {
  const url = URL.createObjectURL(new Blob([fileContent(code)], {type: mimeType(fileName)}));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
