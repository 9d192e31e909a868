import React, {useId, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {useLearningProgress} from '@site/src/components/LearningProgress/useLearningProgress';
import {quizId} from '@site/src/components/LearningProgress/progress';
import {partsOf, type Choice} from './parts';
import styles from './styles.module.css';

/**
 * A knowledge check (확인 문제). src/plugins/quiz/ builds it from the article:
 *
 *   <Quiz number="1" multiple="true">
 *     <QuizQuestion>질문</QuizQuestion>
 *     <QuizChoice correct="true"><QuizText>보기</QuizText><QuizExplanation>풀이</QuizExplanation></QuizChoice>
 *   </Quiz>
 *
 * Quiz reads the parts' props; they never render on their own. One correct
 * choice makes a radio group (choosing answers it), several a checkbox group
 * with a 확인 button. The verdict and the chosen choice's explanation go to a
 * live region; the last result is kept with the learning progress. The
 * server-rendered HTML (and a reader without JavaScript) has the question,
 * the choices and every explanation, the answers folded in a <details>.
 */

type Result = {picked: number[]; right: boolean};

function isRight(choices: Choice[], picked: number[]): boolean {
  return picked.length > 0 && choices.every((choice, index) => choice.correct === picked.includes(index));
}

function Feedback({choices, result, multiple}: {choices: Choice[]; result: Result; multiple: boolean}): ReactNode {
  const wrongPicks = result.picked.filter((index) => !choices[index]!.correct);
  const missed = choices.filter((choice, index) => choice.correct && !result.picked.includes(index)).length;
  const shown = result.right || !multiple ? result.picked : wrongPicks;
  let verdict = result.right ? '정답입니다.' : '틀렸습니다. 풀이를 읽고 다시 골라 보세요.';
  if (!result.right && multiple && wrongPicks.length === 0) verdict = `고른 보기는 맞지만, 맞는 보기가 ${missed}개 더 있습니다.`;
  return (
    <>
      <p className={styles.verdict}>
        <span aria-hidden="true">{result.right ? '✓ ' : '✗ '}</span>
        {verdict}
      </p>
      {shown.map((index) => (
        <div key={index} className={styles.explanation}>
          <p className={styles.explanationLabel}>
            {choices[index]!.correct ? '맞는 보기' : '틀린 보기'}: {choices[index]!.text}
          </p>
          {choices[index]!.explanation}
        </div>
      ))}
    </>
  );
}

export default function Quiz({number, multiple, children}: {number: string; multiple?: string; children?: ReactNode}): ReactNode {
  const {question, choices} = partsOf(children);
  const isMultiple = multiple === 'true';
  const {metadata} = useDoc();
  const id = quizId(metadata.id, Number(number));
  const {setAnswer} = useLearningProgress();
  const name = useId();
  const [picked, setPicked] = useState<number[]>([]);
  const [result, setResult] = useState<Result | null>(null);

  const answer = (indexes: number[]) => {
    const right = isRight(choices, indexes);
    setResult({picked: indexes, right});
    setAnswer(id, right);
  };
  const onChange = (index: number, checked: boolean) => {
    if (!isMultiple) {
      setPicked([index]);
      answer([index]);
      return;
    }
    setPicked((current) => (checked ? [...current, index].sort((a, b) => a - b) : current.filter((item) => item !== index)));
    setResult(null);
  };
  const markOf = (index: number) => (result?.picked.includes(index) ? (choices[index]!.correct ? 'right' : 'wrong') : undefined);

  // Left out of the search index: a question restates what the sections above
  // teach, and indexed it would outrank the section that answers a search.
  return (
    <div className={styles.quiz} data-quiz={id} data-pagefind-ignore="">
      <fieldset className={styles.fieldset}>
        <legend className={styles.question}>
          <span className={styles.badge}>확인 문제 {number}</span>
          {question}
        </legend>
        <p className={styles.hint}>{isMultiple ? '맞는 보기를 모두 고른 뒤 확인을 누르세요.' : '맞는 보기를 하나 고르세요.'}</p>
        <ul className={styles.choices}>
          {choices.map((choice, index) => {
            const mark = markOf(index);
            return (
              <li key={index}>
                <label className={clsx(styles.choice, mark && styles[mark])}>
                  <input
                    type={isMultiple ? 'checkbox' : 'radio'}
                    name={name}
                    checked={picked.includes(index)}
                    onChange={(event) => onChange(index, event.target.checked)}
                  />
                  <span className={styles.choiceText}>{choice.text}</span>
                  {mark && <span className={styles.mark}>{mark === 'right' ? '✓ 정답' : '✗ 오답'}</span>}
                </label>
              </li>
            );
          })}
        </ul>
        {isMultiple && (
          <button type="button" className={clsx('button button--primary', styles.check)} onClick={() => answer(picked)}>
            확인
          </button>
        )}
      </fieldset>
      <div className={clsx(styles.feedback, result && (result.right ? styles.feedbackRight : styles.feedbackWrong))} role="status" aria-live="polite" aria-atomic="true">
        {result && <Feedback choices={choices} result={result} multiple={isMultiple} />}
      </div>
      <details className={styles.answers}>
        <summary>정답과 풀이 모두 보기</summary>
        <ol className={styles.answerList}>
          {choices.map((choice, index) => (
            <li key={index}>
              <p className={styles.explanationLabel}>
                <strong className={choice.correct ? styles.rightText : styles.wrongText}>{choice.correct ? '정답' : '오답'}</strong> {choice.text}
              </p>
              {choice.explanation}
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
