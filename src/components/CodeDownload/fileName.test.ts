import {describe, expect, it} from 'vitest';
import {downloadFileName, fileContent, mimeType} from './fileName';

describe('downloadFileName', () => {
  it('offers YAML, JSON and shell files named in the title', () => {
    expect(downloadFileName('deployment.yaml')).toBe('deployment.yaml');
    expect(downloadFileName('kind-config.yml')).toBe('kind-config.yml');
    expect(downloadFileName('values.JSON')).toBe('values.JSON');
    expect(downloadFileName(' setup.sh ')).toBe('setup.sh');
    expect(downloadFileName('manifests/app/service.yaml')).toBe('service.yaml');
  });

  it('offers nothing for other titles', () => {
    for (const title of [undefined, '', 'Dockerfile', 'main.go', '파드 만들기', 'my pod.yaml', '.yaml', 'a.yaml.txt', 42]) {
      expect(downloadFileName(title), String(title)).toBeUndefined();
    }
  });
});

describe('file content', () => {
  it('ends with exactly one newline and has a fitting MIME type', () => {
    expect(fileContent('a: 1\n\n')).toBe('a: 1\n');
    expect(fileContent('a: 1')).toBe('a: 1\n');
    expect(mimeType('pod.yaml')).toBe('application/yaml');
    expect(mimeType('x.json')).toBe('application/json');
    expect(mimeType('run.sh')).toBe('text/x-shellscript');
  });
});
