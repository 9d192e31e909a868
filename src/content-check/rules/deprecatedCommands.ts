import type {Code} from 'mdast';
import {visit} from 'unist-util-visit';
import {COURSE_VERSIONS} from '../../data/courseVersions';
import {codeLines} from '../codeLines';
import type {Finding, Rule} from '../types';

/** Code fences a learner types into a terminal. */
const SHELL_LANGUAGES = new Set(['bash', 'sh', 'shell', 'console', 'zsh']);

interface DeprecatedCommand {
  pattern: RegExp;
  /** What the learner should type instead, and why. */
  advice: string;
}

/**
 * Commands that still run on the baseline but teach an API or flag the
 * baseline has deprecated; an article should show the current way.
 */
const DEPRECATED_COMMANDS: DeprecatedCommand[] = [
  {
    pattern: /\bkubectl\s+(?:get|describe)\s+(?:endpoints|ep)\b/g,
    advice:
      'Endpoints API는 쿠버네티스 1.33부터 사용 중단(deprecated)되었습니다. `kubectl get endpointslices -l kubernetes.io/service-name=서비스이름`으로 엔드포인트슬라이스를 보여 주세요.',
  },
  {
    pattern: /\bkubectl\s+autoscale\b[^\n]*--cpu-percent\b/g,
    advice: '`--cpu-percent`는 사용 중단된 옵션입니다. `--cpu=50%`처럼 쓰세요.',
  },
];

/**
 * Shell blocks must not teach commands the course baseline
 * (src/data/courseVersions.ts) deprecates. Prose may still name the old
 * command to explain what replaced it.
 */
export const deprecatedCommands: Rule = {
  name: 'deprecated-commands',
  check(article) {
    if (!article.tree) return [];
    const findings: Finding[] = [];
    visit(article.tree, 'code', (node: Code) => {
      if (!SHELL_LANGUAGES.has(node.lang ?? '')) return;
      for (const {line, text} of codeLines(node)) {
        for (const {pattern, advice} of DEPRECATED_COMMANDS) {
          for (const match of text.matchAll(pattern)) {
            findings.push({
              line,
              column: match.index + 1,
              severity: 'error',
              message: `강좌 기준(쿠버네티스 ${COURSE_VERSIONS.kubernetesMinor})에서 사용 중단된 명령입니다: ${match[0]}. ${advice}`,
            });
          }
        }
      }
    });
    return findings;
  },
};
