import type {Heading} from 'mdast';
import {visit} from 'unist-util-visit';
import type {Finding, Rule} from '../types';

/**
 * Headings go down one level at a time (title → ## → ### → ####): screen
 * readers and the table of contents rely on it. The page title counts as
 * level 1; inner `# H1`s are already demoted to `##` as the site does.
 */
export const headings: Rule = {
  name: 'headings',
  check(article) {
    if (!article.tree) return [];
    const findings: Finding[] = [];
    let previous = 1;
    visit(article.tree, 'heading', (node: Heading) => {
      if (node.depth > previous + 1) {
        const wanted = '#'.repeat(previous + 1);
        findings.push({
          ...article.toSource(node.position?.start),
          severity: 'warning',
          message: `제목 단계를 건너뛰었습니다: ${previous === 1 ? '글 제목' : '#'.repeat(previous)} 다음에 ${'#'.repeat(node.depth)} 가 왔습니다. ${wanted} 로 바꾸세요 (## → ### → #### 순서로 한 단계씩).`,
        });
      }
      previous = node.depth;
    });
    return findings;
  },
};
