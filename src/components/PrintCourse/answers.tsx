import React, {Children, cloneElement, isValidElement, type ReactElement, type ReactNode} from 'react';

/**
 * Hidden answers on paper: a `<details>` block (실습 정답) and the knowledge
 * checks' answers cannot be unfolded on a printed page, so the print page
 * moves them to the end of their article. The article's MDX content is a
 * tree of elements; `gatherAnswers` walks it, numbers each element of an
 * answer type in reading order (the body shows a pointer to its number) and
 * returns them for the "정답과 해설" section.
 */
export type AnswerProps = {answerNumber?: number};

export function gatherAnswers(tree: ReactNode, isAnswer: (element: ReactElement) => boolean): {body: ReactNode; answers: ReactElement[]} {
  const answers: ReactElement[] = [];
  const walk = (node: ReactNode): ReactNode => {
    if (Array.isArray(node)) return node.map(walk);
    if (!isValidElement<{children?: ReactNode}>(node)) return node;
    if (isAnswer(node)) {
      answers.push(node);
      return cloneElement(node as ReactElement<AnswerProps>, {answerNumber: answers.length});
    }
    const {children} = node.props;
    if (children === undefined || typeof children === 'string') return node;
    // Spread, not an array: the children stay static, as MDX wrote them (no keys needed).
    return Array.isArray(children) ? cloneElement(node, undefined, ...children.map(walk)) : cloneElement(node, undefined, walk(children));
  };
  return {body: walk(tree), answers};
}

/** A `<details>` block's parts, split the way Docusaurus' own Details does. */
export function detailsParts(children: ReactNode): {summary: ReactNode; content: ReactNode[]} {
  const items = Children.toArray(children);
  const summary = items.find((item) => isValidElement<{children?: ReactNode}>(item) && item.type === 'summary') as ReactElement<{children?: ReactNode}> | undefined;
  return {summary: summary?.props.children ?? '펼쳐 보기', content: items.filter((item) => item !== summary)};
}
