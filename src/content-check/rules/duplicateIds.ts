import {normalizePermalink} from '../site';
import {frontMatterPosition} from '../yamlPaths';
import type {Article, Finding, Rule, Site} from '../types';

function others(site: Site, article: Article, same: (other: Article) => boolean): string {
  return site.articles
    .filter((other) => other !== article && same(other))
    .map((other) => other.file)
    .join(', ');
}

/**
 * Two articles with the same doc id or URL break the build (or one silently
 * hides the other); pagination_next/prev must name an existing doc id.
 */
export const duplicateIds: Rule = {
  name: 'duplicate-ids',
  check(article, site) {
    const findings: Finding[] = [];
    const sameId = others(site, article, (other) => other.id === article.id);
    if (sameId) {
      findings.push({
        ...frontMatterPosition(article, 'id'),
        severity: 'error',
        message: `문서 id ${article.id} 이(가) 다른 글(${sameId})과 같습니다. frontmatter 의 id 나 파일 이름을 바꾸세요.`,
      });
    } else {
      const permalink = normalizePermalink(article.permalink);
      const samePermalink = others(site, article, (other) => normalizePermalink(other.permalink) === permalink);
      if (samePermalink) {
        findings.push({
          ...frontMatterPosition(article, 'slug'),
          severity: 'error',
          message: `주소 ${article.permalink} 이(가) 다른 글(${samePermalink})과 같습니다. frontmatter 의 slug 를 바꾸세요.`,
        });
      }
    }
    for (const key of ['pagination_next', 'pagination_prev']) {
      const target = article.frontMatter.data[key];
      if (typeof target === 'string' && !site.byId.has(target)) {
        findings.push({
          ...frontMatterPosition(article, key),
          severity: 'error',
          message: `${key} 의 문서 id ${target} 에 해당하는 글이 없습니다. 폴더 번호를 뺀 경로(예: workloads/pod)로 쓰세요.`,
        });
      }
    }
    return findings;
  },
};
