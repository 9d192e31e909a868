import {toString} from 'mdast-util-to-string';
import {fallbackTitle} from '../../plugins/frontMatterTitle';
import type {Rule} from '../types';

/**
 * Without a frontmatter `title`, the site takes an opening `# H1`, or makes
 * one from the slug or file name (src/plugins/frontMatterTitle.ts). That
 * works, but the author should see what readers will get.
 */
export const missingTitle: Rule = {
  name: 'missing-title',
  check(article) {
    const {data, document} = article.frontMatter;
    if (typeof data.title === 'string' && data.title.trim()) return [];
    if (document && document.errors.length > 0) return []; // the front-matter rule reports the YAML
    const opening = article.tree?.children.find((node) => node.type !== 'yaml' && node.type !== 'mdxjsEsm');
    const shown =
      opening?.type === 'heading' && opening.depth === 1 ? toString(opening) : fallbackTitle(article.filePath, data);
    return [
      {
        line: 1,
        column: 1,
        severity: 'warning',
        message: `title이 없습니다: 사이드바와 브라우저 탭에 "${shown}"(으)로 표시됩니다. frontmatter에 title: 한국어 제목 을 적어 주세요.`,
      },
    ];
  },
};
