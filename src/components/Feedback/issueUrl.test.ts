import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {FEEDBACK_TEMPLATE, feedbackIssueUrl} from './issueUrl';

const TEMPLATE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../.github/ISSUE_TEMPLATE', FEEDBACK_TEMPLATE);

describe('feedbackIssueUrl', () => {
  const url = new URL(feedbackIssueUrl('k8s-ipmun/k8s-ipmun', {title: '디플로이먼트 & 롤백', url: 'https://k8s-ipmun.github.io/k8s-ipmun/docs/workloads/deployment'}));

  it('opens a new issue in the repository with the feedback form', () => {
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/k8s-ipmun/k8s-ipmun/issues/new');
    expect(url.searchParams.get('template')).toBe(FEEDBACK_TEMPLATE);
    expect(url.searchParams.get('title')).toBe('[의견] 디플로이먼트 & 롤백');
  });

  it('fills the form fields with the article title and address, by their ids', () => {
    const form = parse(fs.readFileSync(TEMPLATE, 'utf8')) as {labels: string[]; body: {id?: string}[]};
    const ids = form.body.map((field) => field.id);
    expect(form.labels).toEqual(['독자 의견']);
    expect(ids).toEqual(expect.arrayContaining(['article', 'page']));
    expect(url.searchParams.get('article')).toBe('디플로이먼트 & 롤백');
    expect(url.searchParams.get('page')).toBe('https://k8s-ipmun.github.io/k8s-ipmun/docs/workloads/deployment');
  });
});
