import React, {useCallback, useEffect, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {useLocation} from '@docusaurus/router';
import type {ManifestProblem} from '@site/src/content-check/manifests';
import {yamlFromHash} from './manifestLink';
import {SAMPLE_MANIFEST} from './sample';
import styles from './styles.page.module.css';

type Result = {state: 'idle'} | {state: 'checking'} | {state: 'done'; problems: ManifestProblem[]; manifests: number} | {state: 'failed'};

/** Pause after the last keystroke before checking again. */
const DEBOUNCE_MS = 400;

/**
 * The course's own manifest check (src/content-check/manifests.ts), loaded
 * with the schemas of the pasted kinds only when the reader first checks:
 * nothing of it is in this page's first load, and nothing leaves the browser.
 * As in an article's ```yaml expect-invalid block, a document needs only one
 * of apiVersion and kind to be checked: a reader who pastes YAML here means it
 * as a manifest, so a missing kind is reported rather than skipped.
 */
async function check(yaml: string) {
  const {validateManifestYaml} = await import(/* webpackChunkName: "manifest-check-core" */ '@site/src/content-check/manifests');
  return validateManifestYaml(yaml, {anyManifestKey: true});
}

/** Start and end offsets of a 1-based line in `text`. */
function lineRange(text: string, line: number): [number, number] {
  let start = 0;
  for (let current = 1; current < line; current += 1) {
    const next = text.indexOf('\n', start);
    if (next < 0) break;
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return [start, end < 0 ? text.length : end];
}

function ProblemLine({text, problem}: {text: string; problem: ManifestProblem}): ReactNode {
  const [start, end] = lineRange(text, problem.line);
  const source = text.slice(start, Math.min(end, start + 200)).replace(/\t/g, '→');
  return (
    <pre className={styles.snippet} aria-hidden="true">
      <code>
        {source}
        {'\n'}
        {' '.repeat(Math.max(0, Math.min(problem.column - 1, source.length)))}^
      </code>
    </pre>
  );
}

export default function ManifestChecker(): ReactNode {
  const {hash} = useLocation();
  const [yaml, setYaml] = useState(SAMPLE_MANIFEST);
  const [checked, setChecked] = useState('');
  const [result, setResult] = useState<Result>({state: 'idle'});
  const textarea = useRef<HTMLTextAreaElement>(null);
  const run = useRef(0);

  const runCheck = useCallback(async (text: string) => {
    const id = (run.current += 1);
    setResult({state: 'checking'});
    try {
      const {problems, manifests} = await check(text);
      if (id !== run.current) return; // an edit started a newer check
      setChecked(text);
      setResult({state: 'done', problems, manifests});
    } catch {
      if (id === run.current) setResult({state: 'failed'});
    }
  }, []);

  // A manifest opened from an article (#yaml=…) replaces the sample.
  useEffect(() => {
    const opened = yamlFromHash(hash);
    if (opened !== undefined) setYaml(opened);
  }, [hash]);

  useEffect(() => {
    const timer = window.setTimeout(() => void runCheck(yaml), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [yaml, runCheck]);

  const select = (problem: ManifestProblem) => {
    const element = textarea.current;
    if (!element) return;
    const [start, end] = lineRange(element.value, problem.line);
    element.focus();
    element.setSelectionRange(start, end);
    const lineHeight = parseFloat(getComputedStyle(element).lineHeight) || 20;
    element.scrollTop = Math.max(0, (problem.line - 3) * lineHeight);
  };

  const errors = result.state === 'done' ? result.problems.filter((problem) => problem.severity === 'error') : [];
  return (
    <div className={styles.checker}>
      <label htmlFor="manifest-yaml" className={styles.label}>
        검사할 매니페스트 (YAML, 여러 문서는 --- 로 나눕니다)
      </label>
      <textarea
        id="manifest-yaml"
        ref={textarea}
        className={styles.input}
        value={yaml}
        onChange={(event) => setYaml(event.target.value)}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        autoCorrect="off"
        wrap="off"
        rows={18}
        aria-describedby="manifest-check-summary"
      />
      <div className={styles.actions}>
        <button type="button" className="button button--primary" onClick={() => void runCheck(yaml)}>
          검사
        </button>
        <button type="button" className="button button--secondary" onClick={() => setYaml(SAMPLE_MANIFEST)}>
          예시 넣기
        </button>
        <button type="button" className="button button--secondary" onClick={() => setYaml('')}>
          비우기
        </button>
      </div>
      <div id="manifest-check-summary" role="status" aria-live="polite" className={styles.summary}>
        {result.state === 'checking' && '검사하는 중…'}
        {result.state === 'failed' && '검사기를 불러오지 못했습니다. 페이지를 새로 고친 뒤 다시 검사하세요.'}
        {result.state === 'done' &&
          (result.manifests === 0 ? (
            <p className={styles.empty}>apiVersion 과 kind 가 있는 문서가 없습니다. 쿠버네티스 매니페스트를 붙여 넣으세요.</p>
          ) : errors.length === 0 ? (
            <p className={clsx(styles.verdict, styles.ok)}>
              올바른 매니페스트입니다.{result.manifests > 1 ? ` (문서 ${result.manifests}개)` : ''}
            </p>
          ) : (
            <p className={clsx(styles.verdict, styles.bad)}>오류 {errors.length}개를 찾았습니다.</p>
          ))}
      </div>
      {result.state === 'done' && result.problems.length > 0 && (
        <ol className={styles.problems} aria-label="검사 결과">
          {result.problems.map((problem, index) => (
            <li key={index} className={clsx(styles.problem, problem.severity === 'warning' && styles.warning)}>
              <button type="button" className={styles.position} onClick={() => select(problem)} title="이 줄로 가기">
                줄 {problem.line}, 칸 {problem.column}
              </button>
              <span>
                : {problem.severity === 'warning' ? '경고: ' : ''}
                {problem.message}
              </span>
              <ProblemLine text={checked} problem={problem} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
