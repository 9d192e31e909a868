import type {Nodes} from 'mdast';
import {visit} from 'unist-util-visit';
import {findTermVariants, type TermMatch} from '../terminology';
import {frontMatterPosition} from '../yamlPaths';
import type {Article, Finding, Position, Rule} from '../types';

function message(match: TermMatch): string {
  return `용어: '${match.text}' 대신 '${match.rule.use}'(${match.rule.english})라고 쓰세요 (강좌 용어 기준, 쿠버네티스 공식 한국어 번역).`;
}

/** Column of `text` in the author's line, near where the parser placed it. */
function locate(article: Article, line: number, estimatedColumn: number, text: string): Position {
  const source = article.sourceLines[line - 1] ?? '';
  const near = source.indexOf(text, Math.max(0, estimatedColumn - 1 - 4));
  const anywhere = near === -1 ? source.indexOf(text) : near;
  return {line, column: anywhere === -1 ? estimatedColumn : anywhere + 1};
}

/** Term variants that terminology.md forbids, in prose (never in code) and in the title and description. */
export const terminology: Rule = {
  name: 'terminology',
  check(article) {
    const findings: Finding[] = [];
    if (article.tree) {
      visit(article.tree, 'text', (node: Nodes) => {
        if (node.type !== 'text' || !node.position) return;
        for (const match of findTermVariants(node.value)) {
          const before = node.value.slice(0, match.index);
          const newlines = before.split('\n').length - 1;
          const start = article.toSource(node.position.start);
          const line = start.line + newlines;
          const column = newlines === 0 ? start.column + before.length : before.length - before.lastIndexOf('\n');
          findings.push({...locate(article, line, column, match.text), severity: 'warning', message: message(match)});
        }
      });
    }
    for (const key of ['title', 'description', 'sidebar_label']) {
      const value = article.frontMatter.data[key];
      if (typeof value !== 'string') continue;
      for (const match of findTermVariants(value)) {
        const {line} = frontMatterPosition(article, key, 'value');
        findings.push({...locate(article, line, 1, match.text), severity: 'warning', message: message(match)});
      }
    }
    return findings;
  },
};
