import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {fallbackTitle, parseFrontMatterWithTitle, readableName} from './frontMatterTitle';

const fixture = (name: string) => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));

async function titleOf(filePath: string, fileContent = readFileSync(filePath, 'utf8')) {
  const {frontMatter} = await parseFrontMatterWithTitle({filePath, fileContent, defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER});
  return frontMatter.title;
}

describe('frontmatter title fallback', () => {
  it('uses the slug when there is no title and no opening H1', async () => {
    expect(await titleOf(fixture('inner-h1.md'))).toBe('Container Basics');
  });

  it('leaves the title to an opening H1', async () => {
    expect(await titleOf(fixture('leading-h1.md'))).toBeUndefined();
  });

  it('keeps a frontmatter title as written', async () => {
    expect(await titleOf('docs/a.md', '---\ntitle: 파드 살펴보기\n---\n# 다른 제목\n')).toBe('파드 살펴보기');
  });

  it('falls back to a readable file name, never a raw one', () => {
    expect(fallbackTitle('docs/04-workloads/컨테이너-기초.md', {})).toBe('컨테이너 기초');
    expect(fallbackTitle('docs/02_setup/local_cluster.mdx', {})).toBe('Local Cluster');
    expect(fallbackTitle('docs/x.md', {slug: '/workloads/rolling-update'})).toBe('Rolling Update');
    expect(readableName('01-what-is-kubernetes')).toBe('What Is Kubernetes');
  });
});
