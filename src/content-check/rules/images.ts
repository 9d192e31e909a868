import fs from 'node:fs';
import type {Definition, Nodes} from 'mdast';
import {visit} from 'unist-util-visit';
import {closestSibling, hasScheme, isFile, localCandidates, siteRelative} from '../files';
import type {Article, Finding, Rule, Site} from '../types';

interface ImageUse {
  url: string;
  alt: string | null | undefined;
  node: Nodes;
  /** `markdown` for ![alt](url), `html` for <img>. */
  form: 'markdown' | 'html';
}

function collectImages(article: Article): ImageUse[] {
  const definitions = new Map<string, Definition>();
  const uses: ImageUse[] = [];
  visit(article.tree!, (node: Nodes) => {
    if (node.type === 'definition') definitions.set(node.identifier, node);
  });
  visit(article.tree!, (node: Nodes) => {
    if (node.type === 'image') uses.push({url: node.url, alt: node.alt, node, form: 'markdown'});
    else if (node.type === 'imageReference') {
      const definition = definitions.get(node.identifier);
      if (definition) uses.push({url: definition.url, alt: node.alt, node, form: 'markdown'});
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img') {
      const attribute = (name: string) =>
        node.attributes.find((item) => item.type === 'mdxJsxAttribute' && item.name === name)?.value;
      const src = attribute('src');
      if (typeof src === 'string') {
        const alt = attribute('alt');
        uses.push({url: src, alt: typeof alt === 'string' ? alt : null, node, form: 'html'});
      }
    }
  });
  return uses;
}

function kilobytes(bytes: number): string {
  return `${Math.round(bytes / 1024)} KB`;
}

function checkImage(use: ImageUse, article: Article, site: Site): Finding[] {
  const position = article.toSource(use.node.position?.start);
  const findings: Finding[] = [];
  if (!use.alt?.trim()) {
    findings.push({
      ...position,
      severity: 'error',
      message:
        use.form === 'html'
          ? '이미지에 대체 텍스트가 없습니다. <img alt="그림이 보여 주는 내용" … /> 처럼 alt 를 적어 주세요 (화면 낭독기와 이미지가 안 보일 때 쓰입니다).'
          : '이미지에 대체 텍스트가 없습니다. ![그림이 보여 주는 내용](주소) 처럼 대괄호 안에 설명을 적어 주세요 (화면 낭독기와 이미지가 안 보일 때 쓰입니다).',
    });
  }
  if (!use.url) {
    findings.push({...position, severity: 'error', message: '이미지 주소가 비어 있습니다. ![설명](/img/파일.png) 형식으로 적어 주세요.'});
    return findings;
  }
  if (hasScheme(use.url)) return findings; // remote images, and unsafe schemes (the unsafe-content rule)
  const candidates = localCandidates(use.url, article, site);
  const found = candidates.find(isFile);
  if (!found) {
    const expected = candidates[0]!;
    const sibling = closestSibling(expected);
    findings.push({
      ...position,
      severity: 'error',
      message: `이미지를 찾을 수 없습니다: ${use.url} → ${siteRelative(site, expected)} 파일이 있는지, 이름의 띄어쓰기·대소문자가 같은지 확인하세요.${sibling ? ` (혹시 ${sibling}?)` : ''}`,
    });
    return findings;
  }
  const {size} = fs.statSync(found);
  if (size > site.imageBudgetBytes) {
    findings.push({
      ...position,
      severity: 'error',
      message: `이미지 파일이 너무 큽니다: ${use.url} 는 ${kilobytes(size)} 입니다 (한도 ${kilobytes(site.imageBudgetBytes)}). 압축하거나(WebP 변환, pngquant 등) 가로 1600px 이하로 줄여 주세요.`,
    });
  }
  return findings;
}

/** Every image exists, has alt text, and fits the size budget. */
export const images: Rule = {
  name: 'images',
  check(article, site) {
    if (!article.tree) return [];
    return collectImages(article).flatMap((use) => checkImage(use, article, site));
  },
};
