import {createElement as h, type ReactElement} from 'react';
import {describe, expect, it} from 'vitest';
import {detailsParts, gatherAnswers, type AnswerProps} from './answers';

const Answer = ({answerNumber}: AnswerProps & {children?: unknown}) => h('span', null, `→ ${answerNumber}`);
type Parent = ReactElement<{children: ReactElement[]}>;

describe('gatherAnswers', () => {
  it('numbers the answers in reading order, also nested ones, and leaves the rest of the tree as it was', () => {
    const tree = h('div', null, h('p', null, '본문 ', h('code', null, 'kubectl')), h(Answer, null, '첫 답'), h('section', null, h('p', null, '더'), h(Answer, null, '둘째 답'))) as unknown as Parent;
    const {body, answers} = gatherAnswers(tree, (element) => element.type === Answer);
    expect(answers.map((answer) => (answer as ReactElement<{children: string}>).props.children)).toEqual(['첫 답', '둘째 답']);
    // The body keeps every other element and each answer's place, now with its number.
    const [text, first, section] = (body as Parent).props.children;
    expect(text).toEqual(tree.props.children[0]);
    expect((first as ReactElement<AnswerProps>).props.answerNumber).toBe(1);
    const [more, second] = (section as Parent).props.children;
    expect(more).toEqual(h('p', null, '더'));
    expect((second as ReactElement<AnswerProps & {children: string}>).props).toEqual({answerNumber: 2, children: '둘째 답'});
  });

  it('returns a tree without answers unchanged', () => {
    const tree = h('p', null, '그냥 글');
    expect(gatherAnswers(tree, () => false)).toEqual({body: tree, answers: []});
  });
});

describe('detailsParts', () => {
  it('splits the summary from the content, as Docusaurus does', () => {
    const {summary, content} = detailsParts([h('summary', {key: 's'}, '정답 보기'), h('p', {key: 'p'}, '풀이')]);
    expect(summary).toBe('정답 보기');
    expect(content).toHaveLength(1);
  });

  it('names a block without a summary', () => {
    expect(detailsParts(h('p', null, '풀이')).summary).toBe('펼쳐 보기');
  });
});
