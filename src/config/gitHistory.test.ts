import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {insideGitWorktree} from './gitHistory';

describe('insideGitWorktree', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'git-history-'));
  const ceiling = process.env.GIT_CEILING_DIRECTORIES;
  // Git must not find a repository above the scratch folder (a TMPDIR inside a checkout).
  beforeAll(() => {
    process.env.GIT_CEILING_DIRECTORIES = scratch;
  });
  afterAll(() => {
    if (ceiling === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
    else process.env.GIT_CEILING_DIRECTORIES = ceiling;
    rmSync(scratch, {recursive: true, force: true});
  });

  it('is false in a folder no repository holds, as an unpacked source archive', () => {
    const archive = path.join(scratch, 'archive');
    mkdirSync(archive);
    expect(insideGitWorktree(archive)).toBe(false);
  });

  it('is true in a repository and in its subfolders', () => {
    const checkout = path.join(scratch, 'checkout');
    mkdirSync(path.join(checkout, 'docs'), {recursive: true});
    expect(spawnSync('git', ['init', '-q'], {cwd: checkout}).status).toBe(0);
    expect(insideGitWorktree(checkout)).toBe(true);
    expect(insideGitWorktree(path.join(checkout, 'docs'))).toBe(true);
  });
});
