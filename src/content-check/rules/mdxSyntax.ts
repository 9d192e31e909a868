import type {MdxSyntaxError, Rule} from '../types';

const VOID_TAGS = new Set(['br', 'img', 'hr', 'wbr', 'input', 'col', 'source']);
const ESCAPE_BRACE = '글자 그대로 보이게 하려면 인라인 코드(`{`)로 감싸거나 앞에 \\ 를 붙여 \\{ 로 쓰세요.';
const ESCAPE_ANGLE = '부등호나 화살표처럼 < 를 글자로 쓰려면 인라인 코드(`<`)로 감싸거나 &lt; 로 쓰세요.';

/** What went wrong, in words for someone who has never heard of MDX. */
export function explainMdxError(error: MdxSyntaxError): string {
  const {reason, ruleId = '', source = ''} = error;
  if (source.includes('mdx-expression') || ruleId === 'acorn') {
    if (ruleId === 'unexpected-eof') return `중괄호 { 가 닫히지 않았습니다. 이 사이트의 글은 MDX라서 { 가 코드의 시작으로 읽힙니다. ${ESCAPE_BRACE}`;
    return `중괄호 { … } 안을 코드로 읽지 못했습니다. 이 사이트의 글은 MDX라서 { 가 코드의 시작으로 읽힙니다. ${ESCAPE_BRACE}`;
  }
  if (source.includes('mdxjs-esm')) {
    return 'import/export 문을 읽지 못했습니다. 글에는 import/export 를 쓰지 않습니다. 문장이 import 나 export 로 시작한다면 앞에 다른 낱말을 두세요.';
  }
  const unclosed = /^Expected a closing tag for `<([^>]*)>`/.exec(reason);
  if (unclosed) {
    const tag = unclosed[1]!;
    if (VOID_TAGS.has(tag.toLowerCase())) return `<${tag}> 태그는 MDX에서 스스로 닫아야 합니다. <${tag} /> 처럼 끝에 / 를 붙이세요.`;
    return `<${tag}> 태그가 닫히지 않았습니다. </${tag}> 를 같은 블록 안에 쓰고, 블록으로 쓰는 태그(<details> 등)는 여는 줄과 닫는 줄 위아래에 빈 줄을 두세요.`;
  }
  const mismatch = /^Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>`/.exec(reason);
  if (mismatch) return `닫는 태그 </${mismatch[1]}> 가 여는 태그 <${mismatch[2]}> 와 짝이 맞지 않습니다. 태그의 짝과 순서를 확인하세요.`;
  if (ruleId === 'unexpected-closing-slash') return '여는 태그 없이 닫는 태그가 나왔습니다. 짝이 되는 여는 태그가 있는지 확인하세요.';
  if (source.includes('mdx-jsx')) {
    return `< 가 태그의 시작으로 읽혔지만 태그가 아닙니다. ${ESCAPE_ANGLE}`;
  }
  return `MDX로 읽을 수 없는 부분이 있습니다. { 나 < 같은 글자는 인라인 코드로 감싸세요.`;
}

/**
 * Where to point: the tag the parser names (`… for \`<br>\` (1:4-1:8) …`),
 * the `{` an unclosed expression started at (the parser reports the end of
 * the paragraph), or the parser's own position.
 */
function errorPosition(error: MdxSyntaxError, lines: string[]): {line: number; column: number} {
  const place = /\((\d+):(\d+)-\d+:\d+\)/.exec(error.reason);
  if (place) return {line: Number(place[1]), column: Number(place[2])};
  if (error.ruleId === 'unexpected-eof' && error.source?.includes('mdx-expression')) {
    for (let line = error.line; line >= 1 && lines[line - 1]?.trim(); line -= 1) {
      const text = line === error.line ? lines[line - 1]!.slice(0, error.column - 1) : lines[line - 1]!;
      const brace = text.indexOf('{');
      if (brace !== -1) return {line, column: brace + 1};
    }
  }
  return {line: error.line, column: error.column};
}

/** An article that is not valid MDX breaks the build; say where and why, without a stack trace. */
export const mdxSyntax: Rule = {
  name: 'mdx-syntax',
  check(article) {
    const error = article.syntaxError;
    if (!error) return [];
    const position = article.toSource(errorPosition(error, article.processed.split(/\r?\n/)));
    const reason = error.reason.split('\n')[0];
    return [{...position, severity: 'error', message: `MDX 문법 오류: ${explainMdxError(error)} (파서: ${reason})`}];
  },
};
