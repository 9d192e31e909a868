import type {Parents, Root} from 'mdast';
import type {LeafDirective} from 'mdast-util-directive';
import {visit} from 'unist-util-visit';
import {LAB_CHAPTERS} from '../../data/lab';

export const LAB_DIRECTIVE = 'lab';

export interface LabDirective {
  node: LeafDirective;
  parent: Parents;
  index: number;
  /** The chapter whose block goes here; undefined when `problem` says why not. */
  chapter?: number;
  problem?: {line: number; column: number; message: string};
}

/** `docs/05-networking/service.md` → 5; undefined outside a chapter folder. */
export function chapterOfPath(filePath: string | undefined): number | undefined {
  const match = /(?:^|[\\/])0(\d)-[^\\/]+[\\/][^\\/]+$/.exec(filePath ?? '');
  return match ? Number(match[1]) : undefined;
}

const USAGE = `::${LAB_DIRECTIVE}{chapter="5"} 처럼 장 번호를 적으세요 (쓸 수 있는 장: ${LAB_CHAPTERS.join(', ')}).`;

/**
 * Every `::lab{chapter="N"}` line of an article, with the chapter it asks
 * for or the reason it cannot be rendered: the build (./index.ts) and the
 * checker (src/content-check/rules/lab.ts) read the same answer.
 */
export function findLabDirectives(tree: Root, filePath?: string): LabDirective[] {
  const found: LabDirective[] = [];
  const folderChapter = chapterOfPath(filePath);
  visit(tree, 'leafDirective', (node: LeafDirective, index, parent) => {
    if (node.name !== LAB_DIRECTIVE || !parent || index === undefined) return;
    const start = node.position?.start ?? {line: 1, column: 1};
    const at = (message: string) => ({line: start.line, column: start.column, message});
    const written = node.attributes?.chapter ?? '';
    const chapter = /^\d+$/.test(written) ? Number(written) : undefined;
    let problem: LabDirective['problem'];
    if (chapter === undefined || !(LAB_CHAPTERS as readonly number[]).includes(chapter)) {
      problem = at(`실습 환경 블록의 장 번호가 없거나 잘못되었습니다 (${written ? `"${written}"` : '없음'}). ${USAGE}`);
    } else if (folderChapter !== undefined && folderChapter !== chapter) {
      problem = at(`이 글은 ${folderChapter}장에 있는데 ${chapter}장의 실습 환경 블록을 넣었습니다. ::${LAB_DIRECTIVE}{chapter="${folderChapter}"} 로 고치세요.`);
    } else if (node.children.length > 0) {
      problem = at(`실습 환경 블록에는 내용을 적지 않습니다. 블록의 내용은 src/data/lab.ts 한 곳에서 만들어집니다. ::${LAB_DIRECTIVE}{chapter="${chapter}"} 한 줄만 남기세요.`);
    }
    found.push({node, parent, index, chapter: problem ? undefined : chapter, problem});
  });
  return found;
}
