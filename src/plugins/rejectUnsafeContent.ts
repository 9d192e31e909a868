import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {findUnsafeContent} from '../content-check/rules/unsafeContent';
import {fileLabel} from './fileLabel';
import {locatedMessage} from '../security/logText';

function rejectUnsafe(tree: Root, file: VFile) {
  const findings = findUnsafeContent(tree);
  if (findings.length === 0) return;
  const where = fileLabel(file, file.cwd);
  throw new Error(findings.map(({line, column, message}) => locatedMessage(where, line, column, message)).join('\n'));
}

/**
 * Fails the build when an article holds something that could run code in a
 * reader's browser (`<script>`, `onClick=`, `javascript:` links, MDX
 * import/export, `{…}` expressions, unknown components or attributes) or load
 * another site's files. The rule is the one `npm run check` uses, so the
 * message is the same: `docs/04-workloads/pod.md:23:5  <script> 태그는 쓸 수 없습니다 …`.
 *
 * It runs twice in the docs plugin's `beforeDefaultRemarkPlugins`, around
 * the site's own transforms (src/plugins/siteTransforms.ts), exactly where
 * `npm run check` looks: on the tree as parsed (Obsidian `%%…%%` comments
 * still in it) and on what the transforms made of it. Two functions, because
 * unified runs a plugin only once however often it is listed.
 */
export default function rejectUnsafeContent() {
  return rejectUnsafe;
}

/** The same check after the site's transforms. */
export function rejectUnsafeContentAfterTransforms() {
  return rejectUnsafe;
}
