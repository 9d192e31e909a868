import type {Code} from 'mdast';
import {visit} from 'unist-util-visit';
import {codeLines} from '../codeLines';
import type {Finding, Rule} from '../types';

export const MAX_CODE_LINE = 120;

/**
 * Long code lines scroll sideways on a phone and are hard to copy; warn
 * above 120 characters, once per code block (at its first long line).
 */
export const codeLineLength: Rule = {
  name: 'code-line-length',
  check(article) {
    if (!article.tree) return [];
    const findings: Finding[] = [];
    visit(article.tree, 'code', (node: Code) => {
      const start = node.position?.start;
      if (!start) return;
      const long = codeLines(node)
        .map(({line, text}) => ({line, length: [...text].length}))
        .filter(({length}) => length > MAX_CODE_LINE);
      const [first, ...others] = long;
      if (!first) return;
      const more = others.length ? ` 이 블록의 ${others.map(({line}) => line).join(', ')}번째 줄도 깁니다.` : '';
      findings.push({
        line: first.line,
        column: start.column + MAX_CODE_LINE,
        severity: 'warning',
        message: `코드 줄이 너무 깁니다 (${first.length}자, 권장 ${MAX_CODE_LINE}자 이하).${more} 명령은 \\ 로 줄을 나누고, 출력은 필요한 열만 남기세요.`,
      });
    });
    return findings;
  },
};
