import type {RootContent} from 'mdast';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import {deployTarget} from '../../config/deployTarget';
import {LAB_READY_OUTPUT, LAB_SETUP_ARTICLE, labScript, labStepsFor} from '../../data/lab';

export const LAB_HEADING = '이 장의 실습 환경';

/** Where the site serves static/ (the lab's manifests are in static/lab/), e.g. `https://owner.github.io/repo/`. */
export function siteAddress(env: NodeJS.ProcessEnv = process.env): string {
  const {url, baseUrl} = deployTarget(env);
  return `${url}${baseUrl}`;
}

/**
 * The "이 장의 실습 환경" block of one chapter, as Markdown an author could
 * have written (the checker's rules hold it to the same standard: see
 * src/plugins/lab/labBlock.test.ts): what must be running, one idempotent
 * command sequence from nothing, and how to see that it is ready.
 */
export function labMarkdown(chapter: number, site: string = siteAddress()): string {
  const running = labStepsFor(chapter).map((step) => `- ${step.running}`);
  return [
    `### ${LAB_HEADING}`,
    '',
    `이 장의 실습은 다음이 준비된 클러스터에서 합니다. kind, kubectl과 컨테이너 런타임은 [실습 환경 준비](${LAB_SETUP_ARTICLE})에서 설치합니다.`,
    '',
    ...running,
    '',
    '아무것도 없는 상태에서도, 이미 준비된 상태에서도 아래 명령을 그대로 실행하면 됩니다. 있는 클러스터는 그대로 쓰고 이미 적용된 매니페스트는 바뀌지 않으므로, 여러 번 실행해도 안전합니다.',
    '',
    '```bash',
    labScript(chapter, site),
    '```',
    '',
    '노드 세 개가 모두 준비되었는지는 다음 명령으로 확인합니다.',
    '',
    '```bash',
    'kubectl wait --for=condition=Ready nodes --all --timeout=180s',
    '```',
    '',
    '```text title="출력"',
    LAB_READY_OUTPUT,
    '```',
    '',
  ].join('\n');
}

const parser = unified().use(remarkParse).freeze();

/** The block as tree nodes, to take the place of `::lab{chapter="N"}`. */
export function labNodes(chapter: number, site?: string): RootContent[] {
  return parser.parse(labMarkdown(chapter, site)).children;
}
