import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';

type Step = {uses?: string; run?: string; with?: Record<string, unknown>; id?: string};
type Job = {permissions?: Record<string, string>; steps: Step[]; needs?: string; environment?: unknown; if?: string; 'timeout-minutes'?: number};
type Workflow = {on: Record<string, unknown>; permissions?: Record<string, string>; concurrency?: {group: string}; jobs: Record<string, Job>};

const read = (name: string) => readFileSync(new URL(`../../.github/workflows/${name}`, import.meta.url), 'utf8');
const ci = parse(read('ci.yml')) as Workflow;
const deploy = parse(read('deploy.yml')) as Workflow;
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);
/** The npm command of each run step, without the lines that stop and resume workflow commands. */
const commands = (workflow: Workflow) =>
  steps(workflow).flatMap((step) => (step.run ? [step.run.split('\n').find((line) => line.startsWith('npm '))!] : []));
const actions = (workflow: Workflow) => steps(workflow).flatMap((step) => (step.uses ? [step.uses.split('@')[0]] : []));

describe.each([
  ['ci.yml', ci],
  ['deploy.yml', deploy],
])('%s', (name, workflow) => {
  const text = read(name);

  it('reads the repository only, unless a job asks for more', () => {
    expect(workflow.permissions).toEqual({contents: 'read'});
  });

  it('never runs untrusted pull request code with secrets', () => {
    expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
  });

  it('runs one at a time per group', () => {
    expect(workflow.concurrency?.group).toBeTruthy();
  });

  it('pins every action to a full commit SHA with its version in a comment', () => {
    const uses = text.split('\n').filter((line) => /^\s*(-\s*)?uses:/.test(line));
    expect(uses.length).toBeGreaterThan(0);
    for (const line of uses) expect(line).toMatch(/uses: [\w-]+\/[\w-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it('gives every job a time limit, so a crafted pull request cannot hold a runner for hours', () => {
    for (const [id, job] of Object.entries(workflow.jobs)) {
      expect(job['timeout-minutes'], id).toBeGreaterThan(0);
      expect(job['timeout-minutes'], id).toBeLessThanOrEqual(30);
    }
  });

  it('checks out full history so pages show their real last-update date', () => {
    const checkout = steps(workflow).find((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['fetch-depth']).toBe(0);
  });
});

describe('workflow commands in what the build and tests print', () => {
  it('are stopped under a random token while the pull request\'s text is printed, and only the check step may annotate', () => {
    const quoting = [...steps(ci), ...steps(deploy)].filter((step) => /^npm (test|run build|run pdf)$/m.test(step.run ?? ''));
    expect(quoting).toHaveLength(3);
    for (const step of quoting) {
      const lines = step.run!.trim().split('\n');
      expect(lines[0]).toBe('stop="$(openssl rand -hex 16)"');
      expect(lines[1]).toBe('echo "::stop-commands::$stop"');
      expect(lines.at(-1)).toBe('echo "::$stop::"');
    }
  });
});

describe('ci.yml', () => {
  it('runs on pull requests and pushes', () => {
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
  });

  it('installs, checks the articles, tests and uploads the built site as a preview', () => {
    expect(commands(ci)).toEqual(['npm ci', 'npm run check', 'npm test']);
    const upload = steps(ci).find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.path).toBe('build');
  });

  it('asks for no write permission anywhere', () => {
    for (const job of Object.values(ci.jobs)) expect(job.permissions).toBeUndefined();
  });
});

describe('deploy.yml', () => {
  it('runs on pushes to main and by hand', () => {
    expect(deploy.on).toEqual({push: {branches: ['main']}, workflow_dispatch: null});
  });

  it('builds, prints the course PDF, keeps it as an artifact, uploads the Pages artifact and deploys it', () => {
    expect(actions(deploy)).toEqual(['actions/checkout', 'actions/setup-node', 'actions/upload-artifact', 'actions/upload-pages-artifact', 'actions/deploy-pages']);
    expect(commands(deploy)).toEqual(['npm ci', 'npm run build', 'npm run pdf']);
    const pdf = steps(deploy).find((step) => step.run?.includes('npm run pdf'));
    expect((pdf as Step & {env?: Record<string, string>}).env?.CHROME_PATH).toBe('/usr/bin/google-chrome');
    const upload = steps(deploy).find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.path).toContain('build/k8s-intro.pdf');
  });

  it('publishes the default branch only, also when run by hand on another branch', () => {
    expect(deploy.jobs.build!.if).toBe("github.ref == format('refs/heads/{0}', github.event.repository.default_branch)");
    // The deploy job needs the build, so it is skipped with it.
    expect(deploy.jobs.deploy!.needs).toBe('build');
  });

  it('grants pages and id-token write to the deploy job only', () => {
    expect(deploy.jobs.build!.permissions).toBeUndefined();
    expect(deploy.jobs.deploy!.permissions).toEqual({pages: 'write', 'id-token': 'write'});
    expect(deploy.jobs.deploy!.needs).toBe('build');
  });
});

describe('dependabot.yml', () => {
  it('keeps npm packages and GitHub Actions up to date', () => {
    const config = parse(readFileSync(new URL('../../.github/dependabot.yml', import.meta.url), 'utf8')) as {updates: {'package-ecosystem': string}[]};
    expect(config.updates.map((update) => update['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
  });
});
