import fs from 'node:fs';
import path from 'node:path';
import {checkSite, formatAnnotation, formatProblem} from './index';
import {inertLogText} from '../security/logText';

export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  out: (line: string) => void;
  err: (line: string) => void;
}

const USAGE = `사용법: npm run check [-- [--site 폴더] [글.md …]]
  글을 주지 않으면 docs/ 의 모든 글을 검사합니다.
  GITHUB_ACTIONS=true 이면 GitHub 주석(::error …)도 출력합니다.`;

/** Runs the checker; returns the exit code (0 clean or warnings only, 1 errors, 2 bad usage). */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  let siteDir = io.cwd;
  const files: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') {
      io.out(USAGE);
      return 0;
    }
    if (arg === '--site') {
      const value = args[(i += 1)];
      if (!value) {
        io.err(USAGE);
        return 2;
      }
      siteDir = path.resolve(io.cwd, value);
    } else {
      const file = path.resolve(io.cwd, arg);
      if (!fs.existsSync(file)) {
        io.err(`파일이 없습니다: ${inertLogText(arg)}`);
        return 2;
      }
      files.push(file);
    }
  }

  const {problems, checked} = await checkSite({siteDir, files});
  for (const problem of problems) io.out(formatProblem(problem));
  if (io.env.GITHUB_ACTIONS === 'true') {
    for (const problem of problems) io.out(formatAnnotation(problem));
  }
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const summary =
    problems.length === 0
      ? `글 ${checked.length}편을 검사했습니다: 문제 없음.`
      : `글 ${checked.length}편을 검사했습니다: 오류 ${errors}개, 경고 ${warnings}개.`;
  if (problems.length) io.out('');
  io.out(summary);
  return errors > 0 ? 1 : 0;
}
