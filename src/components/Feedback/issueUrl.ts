/**
 * The GitHub "new issue" address behind "아니요": the feedback form
 * (.github/ISSUE_TEMPLATE/feedback.yml) with the article's title and address
 * already filled in. GitHub issue forms fill a field from the query parameter
 * named like its id. Nothing is sent until the reader submits the issue on GitHub.
 */
export const FEEDBACK_TEMPLATE = 'feedback.yml';

export function feedbackIssueUrl(repository: string, article: {title: string; url: string}): string {
  const query = new URLSearchParams({
    template: FEEDBACK_TEMPLATE,
    title: `[의견] ${article.title}`,
    article: article.title,
    page: article.url,
  });
  return `https://github.com/${repository}/issues/new?${query.toString()}`;
}
