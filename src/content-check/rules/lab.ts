import type {Code, Nodes} from 'mdast';
import {LAB_CLUSTER, LAB_CREATE_COMMAND} from '../../data/lab';
import {findLabDirectives, LAB_DIRECTIVE} from '../../plugins/lab/directive';
import type {Finding, Rule} from '../types';

const SHELL_LANGUAGES = new Set(['bash', 'sh', 'shell', 'zsh']);
const KIND_CLUSTER_COMMAND = /\bkind\s+(create|delete)\s+cluster\b(.*)$/;
const NAME_OPTION = /(?:^|\s)(?:--name|-n)(?:=|\s+)(\S+)/;

/** The cluster a `kind create|delete cluster …` line acts on: `--name`, else kind's default, the lab's own name. */
function clusterName(options: string): string {
  return NAME_OPTION.exec(options)?.[1]?.replace(/^["']|["']$/g, '') ?? LAB_CLUSTER.name;
}

/** Every shell code block, and whether it sits in a box (`:::note` …, an aside). */
function forEachShellBlock(node: Nodes, inAside: boolean, visitor: (code: Code, inAside: boolean) => void): void {
  if (node.type === 'code') {
    if (SHELL_LANGUAGES.has(node.lang?.toLowerCase() ?? '') && node.position) visitor(node, inAside);
    return;
  }
  if (!('children' in node)) return;
  const inBox = inAside || node.type === 'containerDirective';
  for (const child of node.children as Nodes[]) forEachShellBlock(child, inBox, visitor);
}

/**
 * The one lab cluster (src/data/lab.ts): only the chapter blocks
 * (`::lab{chapter="N"}`, rendered by src/plugins/lab/) create it, so every
 * article starts from the same cluster.
 *
 * - a `::lab` line the build could not render (the same check: directive.ts);
 * - a hand-written `kind create cluster` for the lab's name that differs from
 *   the block's (it would make another node count, image or ports);
 * - `kind delete cluster` of the lab outside an aside (`:::note` …): the
 *   articles after it would start from nothing.
 */
export const lab: Rule = {
  name: 'lab',
  check(article) {
    if (!article.tree) return [];
    const findings: Finding[] = findLabDirectives(article.tree, article.filePath).flatMap(({problem}) =>
      problem ? [{...article.toSource(problem), severity: 'error' as const, message: problem.message}] : [],
    );
    forEachShellBlock(article.tree, false, (node, inAside) => {
      node.value.split('\n').forEach((text, offset) => {
        const match = KIND_CLUSTER_COMMAND.exec(text);
        if (!match || clusterName(match[2]!) !== LAB_CLUSTER.name) return;
        const where = {line: node.position!.start.line + 1 + offset, column: node.position!.start.column + match.index};
        if (match[1] === 'create' && !text.trimEnd().endsWith(LAB_CREATE_COMMAND)) {
          findings.push({
            ...where,
            severity: 'error',
            message: `실습 클러스터 "${LAB_CLUSTER.name}"는 각 장의 실습 환경 블록(::${LAB_DIRECTIVE}{chapter="N"})이 src/data/lab.ts의 설정으로 만듭니다. 그 블록을 쓰거나, 다른 클러스터가 필요하면 --name 으로 다른 이름을 주세요.`,
          });
        } else if (match[1] === 'delete' && !inAside) {
          findings.push({
            ...where,
            severity: 'error',
            message: `실습 클러스터 "${LAB_CLUSTER.name}"를 지우면 다음 글들이 아무것도 없는 상태에서 시작합니다. 글에서 만든 오브젝트만 지우세요. 꼭 보여 줘야 한다면 :::note 같은 상자 안에서 선택 사항으로 설명하세요.`,
          });
        }
      });
    });
    return findings;
  },
};
