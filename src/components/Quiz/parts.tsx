import {Children, isValidElement, type ReactElement, type ReactNode} from 'react';

/**
 * The parts src/plugins/quiz writes inside a <Quiz> (question, choices, their
 * text and explanation). They never render on their own: Quiz and the print
 * page read their props. Kept apart from Quiz itself, whose code loads only
 * when a quiz comes into view (src/theme/MDXComponents.tsx).
 */
type PartProps = {children?: ReactNode};
type ChoiceProps = PartProps & {correct?: string};

const part = ({children}: PartProps): ReactNode => children;
export const QuizQuestion = part;
export const QuizText = part;
export const QuizExplanation = part;
export const QuizChoice = (props: ChoiceProps): ReactNode => props.children;

export type Choice = {text: ReactNode; explanation: ReactNode; correct: boolean};

function elementsOf<P>(children: ReactNode): Array<ReactElement<P>> {
  return Children.toArray(children).filter((child): child is ReactElement<P> => isValidElement(child));
}

/** A quiz's question and choices, read from its parts (the print page shows them too: src/components/PrintCourse). */
export function partsOf(children: ReactNode): {question: ReactNode; choices: Choice[]} {
  const [question, ...choices] = elementsOf<ChoiceProps>(children);
  return {
    question: question?.props.children,
    choices: choices.map((choice) => {
      const [text, explanation] = elementsOf<PartProps>(choice.props.children);
      return {text: text?.props.children, explanation: explanation?.props.children, correct: choice.props.correct === 'true'};
    }),
  };
}
