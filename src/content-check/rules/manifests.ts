import type {Code, Nodes} from 'mdast';
import {visit} from 'unist-util-visit';
import {checkManifestBlock} from '../manifests';
import type {Finding, Rule} from '../types';

const YAML_LANGUAGES = new Set(['yaml', 'yml']);

/**
 * Every ```yaml block with apiVersion and kind is a complete, valid manifest
 * for the course's Kubernetes release under strict validation (see ../manifests.ts), unless
 * its meta says `not-k8s`; `expect-invalid` blocks must fail; `patch` blocks
 * may leave out required fields. Gateway API v1 kinds are checked as strictly.
 */
export const manifests: Rule = {
  name: 'manifests',
  async check(article) {
    if (!article.tree) return [];
    const blocks: Code[] = [];
    visit(article.tree, (node: Nodes) => {
      if (node.type === 'code' && YAML_LANGUAGES.has(node.lang?.toLowerCase() ?? '') && node.position) blocks.push(node);
    });
    const findings: Finding[] = [];
    for (const block of blocks) {
      const start = block.position!.start;
      const fenceLine = start.line; // line 1 of the YAML is the line after the fence
      const indent = start.column - 1; // blocks inside list items are indented
      for (const problem of await checkManifestBlock(block.value, block.meta)) {
        findings.push({
          line: fenceLine + problem.line,
          column: problem.line === 0 ? start.column : problem.column + indent,
          severity: problem.severity,
          message: problem.message,
        });
      }
    }
    return findings;
  },
};
