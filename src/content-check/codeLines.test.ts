import type {Code} from 'mdast';
import {visit} from 'unist-util-visit';
import {describe, expect, it} from 'vitest';
import {codeLines} from './codeLines';
import {parseMarkdown} from './parse';

function blocksOf(source: string) {
  const {tree} = parseMarkdown(source);
  const blocks: Code[] = [];
  visit(tree!, 'code', (node: Code) => void blocks.push(node));
  return blocks.map((node) => codeLines(node));
}

describe('codeLines', () => {
  it('starts a fenced block one line below its fence', () => {
    expect(blocksOf('# 제목\n\n```bash\nkubectl get pods\nkubectl get nodes\n```\n')).toEqual([
      [
        {line: 4, text: 'kubectl get pods'},
        {line: 5, text: 'kubectl get nodes'},
      ],
    ]);
  });

  it('counts the fence inside a blockquote and a tilde fence', () => {
    expect(blocksOf('> 인용\n>\n> ~~~yaml\n> a: 1\n> ~~~\n')).toEqual([[{line: 4, text: 'a: 1'}]]);
  });
});
