import {COURSE_VERSIONS} from '../../data/courseVersions';
import type {Finding, Rule} from '../types';

/** `kindest/node:v1.37.0`, optionally pinned `@sha256:…`; anywhere in the article, code included. */
const NODE_IMAGE = /kindest\/node:(v\d+\.\d+\.\d+)(?:@(sha256:[0-9a-f]{64}))?/g;

const BUILT = new Map<string, string>(COURSE_VERSIONS.kindNodeImages.map(({tag, digest}) => [tag, digest]));

function problemWith(tag: string, digest: string | undefined): string | undefined {
  const expected = BUILT.get(tag);
  const baseline = `kind ${COURSE_VERSIONS.kind}, 기본 이미지 kindest/node:${COURSE_VERSIONS.defaultNodeImage.tag}`;
  if (!expected) {
    return `노드 이미지 kindest/node:${tag}는 강좌 기준(${baseline})이 만든 이미지가 아닙니다. 기준 이미지를 쓰거나, 다른 버전이 꼭 필요하면 src/data/courseVersions.ts의 kindNodeImages에 있는 태그를 다이제스트와 함께 쓰세요.`;
  }
  if (digest && digest !== expected) {
    return `kindest/node:${tag}의 다이제스트가 kind ${COURSE_VERSIONS.kind} 릴리스 노트의 값(${expected})과 다릅니다. src/data/courseVersions.ts의 값을 그대로 쓰세요.`;
  }
  return undefined;
}

/**
 * Every article follows one version baseline (src/data/courseVersions.ts): a
 * kind node image the baseline kind release did not build would give the
 * learner another Kubernetes version than the outputs show, so it is an error.
 */
export const nodeImages: Rule = {
  name: 'node-images',
  check(article) {
    const findings: Finding[] = [];
    article.sourceLines.forEach((text, index) => {
      for (const match of text.matchAll(NODE_IMAGE)) {
        const message = problemWith(match[1]!, match[2]);
        if (message) findings.push({line: index + 1, column: match.index + 1, severity: 'error', message});
      }
    });
    return findings;
  },
};
