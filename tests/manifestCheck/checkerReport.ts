/**
 * What `npm run check` reports for a YAML text written as a ```yaml block in
 * an article, in the YAML's own lines: the reference the /manifest-check page
 * must match (its unit test and tests/e2e/manifest-check.spec.ts).
 */
import path from 'node:path';
import {checkSite} from '../../src/content-check';

const SITE = path.resolve(__dirname, '../../src/content-check/__fixtures__');
const FILE = 'docs/manifest-check-parity.md';

/** `줄 3, 칸 5: 메시지` (warnings marked), the page's own format. */
export const pageLine = (problem: {line: number; column: number; severity: string; message: string}): string =>
  `줄 ${problem.line}, 칸 ${problem.column}: ${problem.severity === 'warning' ? '경고: ' : ''}${problem.message}`;

export async function checkerReport(yaml: string): Promise<string[]> {
  const header = '---\ntitle: 검사기와 같은지 보는 글\ndescription: 시험용 글입니다.\n---\n\n## 매니페스트\n\n';
  const fenceLine = header.split('\n').length; // the ```yaml line
  const source = `${header}\`\`\`yaml\n${yaml.replace(/\n$/, '')}\n\`\`\`\n`;
  const {problems} = await checkSite({siteDir: SITE, extra: [{file: FILE, source}], files: [path.join(SITE, FILE)]});
  return problems.filter((problem) => problem.rule === 'manifests').map((problem) => pageLine({...problem, line: problem.line - fenceLine}));
}
