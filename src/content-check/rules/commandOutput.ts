import type {Code, Parent} from 'mdast';
import {visit} from 'unist-util-visit';
import {
  COMMAND_LANGUAGES,
  OUTPUT_LANGUAGE,
  OUTPUT_TITLE,
  PROMPT_LANGUAGES,
  PROMPT_PATTERN,
  codeTitle,
} from '../../commandOutput/commandOutput';
import type {Finding, Rule} from '../types';

const FORM = `명령은 \`\`\`bash 블록에 프롬프트 없이 적고, 출력은 바로 아래 \`\`\`${OUTPUT_LANGUAGE} title="${OUTPUT_TITLE}" 블록에 적으세요.`;

/**
 * One way to write a command and its output (src/commandOutput): the copy
 * button copies a whole ```bash block, so a `$ ` prompt or pasted output in it
 * would end up in the reader's terminal; an output block without its title is
 * rendered like code to type.
 */
export const commandOutput: Rule = {
  name: 'command-output',
  check(article) {
    if (!article.tree) return [];
    const findings: Finding[] = [];
    const at = (node: Code, offset: number, column: number, message: string) => {
      const start = node.position?.start;
      if (start) findings.push({line: start.line + offset, column, severity: 'error', message});
    };
    visit(article.tree, 'code', (node: Code, index: number | undefined, parent: Parent | undefined) => {
      const language = node.lang ?? '';
      const title = codeTitle(node.meta);
      if (PROMPT_LANGUAGES.has(language)) {
        at(node, 0, node.position!.start.column, `\`\`\`${language} 블록은 쓰지 않습니다. 복사 버튼이 프롬프트와 출력까지 복사합니다. ${FORM}`);
        return;
      }
      if (title === OUTPUT_TITLE && language !== OUTPUT_LANGUAGE) {
        at(node, 0, node.position!.start.column, `출력 블록은 \`\`\`${OUTPUT_LANGUAGE} title="${OUTPUT_TITLE}" 로 적으세요 (지금은 \`\`\`${language || '(언어 없음)'}). 출력이 명령처럼 색칠되지 않게 합니다.`);
        return;
      }
      if (COMMAND_LANGUAGES.has(language)) {
        node.value.split('\n').forEach((text, line) => {
          const prompt = PROMPT_PATTERN.exec(text);
          if (prompt) at(node, line + 1, prompt[1]!.length + 1, `명령 앞의 프롬프트 \`$ \`를 빼세요. 복사 버튼이 그대로 복사해 터미널에서 오류가 납니다. ${FORM}`);
        });
        return;
      }
      const previous = index === undefined ? undefined : parent?.children[index - 1];
      if (language === OUTPUT_LANGUAGE && title === undefined && previous?.type === 'code' && COMMAND_LANGUAGES.has(previous.lang ?? '')) {
        at(node, 0, node.position!.start.column, `명령 블록 바로 아래의 \`\`\`${OUTPUT_LANGUAGE} 블록은 그 명령의 출력입니다. \`\`\`${OUTPUT_LANGUAGE} title="${OUTPUT_TITLE}" 로 표시하세요. 출력이 아니라면 두 블록 사이에 설명을 한 줄 넣으세요.`);
      }
    });
    return findings;
  },
};
