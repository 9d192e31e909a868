import {existsSync, readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseAllDocuments} from 'yaml';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {COURSE_VERSIONS} from '../../src/data/courseVersions';
import {KIND_LAB_CONFIG, LAB_BLOCK_ARTICLES, LAB_CHAPTERS, LAB_CLUSTER, LAB_FILES, LAB_SETUP_ARTICLE, LAB_VERSIONS} from '../../src/data/lab';

// The course's promise for issue #13: one lab cluster, and every chapter can
// be started from nothing with its "이 장의 실습 환경" block.
const root = path.resolve(__dirname, '../..');
const docsDir = path.join(root, 'docs');
const LAB_LINE = /^::lab\{chapter="(\d+)"\}\s*$/gm;

const chapterFolders = readdirSync(docsDir).filter((name) => /^0\d-/.test(name)).sort();
const articles = chapterFolders.flatMap((folder) =>
  readdirSync(path.join(docsDir, folder))
    .filter((name) => name.endsWith('.md'))
    .map((name) => ({file: `docs/${folder}/${name}`, chapter: Number(folder.slice(0, 2)), source: readFileSync(path.join(docsDir, folder, name), 'utf8')})),
);

async function sidebarOrder(chapter: number): Promise<string[]> {
  const inChapter = articles.filter((article) => article.chapter === chapter);
  const positions = await Promise.all(
    inChapter.map(async (article) => {
      const {frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({filePath: article.file, fileContent: article.source});
      return [article.file, Number(frontMatter.sidebar_position)] as const;
    }),
  );
  return positions.sort((a, b) => a[1] - b[1]).map(([file]) => file);
}

describe('실습 클러스터', () => {
  it.each(LAB_CHAPTERS.map((chapter) => [chapter]))('chapter %i starts from nothing with its one block', async (chapter) => {
    const file = LAB_BLOCK_ARTICLES[chapter];
    const order = await sidebarOrder(chapter);
    // The chapter's first article; in chapter 2 the one after the tool setup (a block needs kind and kubectl).
    expect(order.indexOf(file), `${file} in ${order.join(', ')}`).toBe(chapter === 2 ? 1 : 0);
    const blocks = [...articles.find((article) => article.file === file)!.source.matchAll(LAB_LINE)].map((match) => Number(match[1]));
    expect(blocks).toEqual([chapter]);
  });

  it('opens the chapter block inside 사전 지식 (chapter 2: where the cluster is taught)', () => {
    for (const chapter of LAB_CHAPTERS.filter((number) => number !== 2)) {
      const source = articles.find((article) => article.file === LAB_BLOCK_ARTICLES[chapter])!.source;
      const prerequisites = source.split(/^## 사전 지식\s*$/m)[1]!.split(/^## /m)[0]!;
      expect(prerequisites, LAB_BLOCK_ARTICLES[chapter]).toMatch(LAB_LINE);
    }
  });

  it('has no other block than the chapter blocks', () => {
    const blockFiles = new Set(Object.values(LAB_BLOCK_ARTICLES));
    const others = articles.filter((article) => !blockFiles.has(article.file) && /^::lab\b/m.test(article.source)).map((article) => article.file);
    expect(others).toEqual([]);
  });

  it('links the block to the article that installs the tools', () => {
    expect(existsSync(path.resolve(docsDir, '02-setup', LAB_SETUP_ARTICLE))).toBe(true);
  });

  it('makes the cluster the contract names', () => {
    const {tag, digest} = COURSE_VERSIONS.defaultNodeImage;
    expect(KIND_LAB_CONFIG.match(/image: (\S+)/g)).toEqual(Array(3).fill(`image: kindest/node:${tag}@${digest}`));
    expect(KIND_LAB_CONFIG.match(/role: (\S+)/g)).toEqual(['role: control-plane', 'role: worker', 'role: worker']);
    for (const {hostPort, nodePort} of LAB_CLUSTER.ports) {
      expect(KIND_LAB_CONFIG).toContain(`- containerPort: ${nodePort}\n        hostPort: ${hostPort}\n        listenAddress: 127.0.0.1`);
    }
  });
});

describe('실습 클러스터가 적용하는 파일', () => {
  const load = (name: string) =>
    parseAllDocuments(readFileSync(path.join(root, 'static/lab', name), 'utf8')).map((document) => document.toJS() as Record<string, any>);
  const byKind = (documents: Record<string, any>[], kind: string) => documents.filter((document) => document.kind === kind);

  it('runs the Traefik release the lab names, with both providers, on the lab node ports', () => {
    const documents = load(LAB_FILES.traefik);
    const [deployment] = byKind(documents, 'Deployment');
    const container = deployment!.spec.template.spec.containers[0];
    expect(container.image).toBe(`traefik:${LAB_VERSIONS.traefik}`);
    expect(container.args).toEqual(expect.arrayContaining(['--providers.kubernetesingress=true', '--providers.kubernetesgateway=true']));
    const [service] = byKind(documents, 'Service');
    expect(service!.spec.type).toBe('NodePort');
    expect(service!.spec.ports.map((port: {nodePort: number}) => port.nodePort)).toEqual(LAB_CLUSTER.ports.map((port) => port.nodePort));
    expect(byKind(documents, 'IngressClass')[0]!.spec).toEqual({controller: 'traefik.io/ingress-controller'});
    expect(byKind(documents, 'GatewayClass')[0]!.spec).toEqual({controllerName: 'traefik.io/gateway-controller'});
    expect(documents.every((document) => document.metadata.name === 'traefik')).toBe(true);
  });

  it('runs the metrics-server release the lab names, with kind kubelets trusted', () => {
    const [deployment] = byKind(load(LAB_FILES.metricsServer), 'Deployment');
    const container = deployment!.spec.template.spec.containers[0];
    expect(container.image).toBe(`registry.k8s.io/metrics-server/metrics-server:${LAB_VERSIONS.metricsServer}`);
    expect(container.args).toContain('--kubelet-insecure-tls');
  });
});
