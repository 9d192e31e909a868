import {isMap, isScalar, isSeq, type Document, type Node as YamlNode} from 'yaml';
import type {Article, Position} from './types';

export type PathSegment = string | number;

/** Where to point for a problem: the key, its value, or the object that lacks something. */
export type PathTarget = 'key' | 'value' | 'object';

/** `spec.containers[0].ports[0].containerPort`, `metadata.labels["app.kubernetes.io/name"]`. */
export function formatPath(segments: PathSegment[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out || '(문서 전체)';
}

export function keyText(node: unknown): string {
  return isScalar(node) ? String(node.value) : String(node);
}

/**
 * Offset, in the YAML text, of the key, value or object at `segments`
 * (`['spec', 'containers', 0, 'image']`). Falls back to the nearest part of
 * the path that exists.
 */
export function locateInYaml(document: Document.Parsed, segments: PathSegment[], at: PathTarget): number {
  let node: unknown = document.contents;
  let keyNode: YamlNode | undefined;
  for (const segment of segments) {
    if (isMap(node)) {
      const pair = node.items.find((item) => keyText(item.key) === String(segment));
      if (!pair) break;
      keyNode = pair.key as YamlNode;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
      keyNode = node.items[segment] as YamlNode;
      node = node.items[segment];
    } else {
      break;
    }
  }
  const start = (n: unknown) => (n as YamlNode | null | undefined)?.range?.[0];
  const fallback = start(document.contents) ?? 0;
  if (at === 'value') return start(node) ?? start(keyNode) ?? fallback;
  if (at === 'object') return start(keyNode) ?? start(node) ?? fallback;
  return start(keyNode) ?? fallback;
}

/**
 * The path of a JSON pointer (ajv's `instancePath`, `/spec/containers/0`),
 * unescaped. A segment is a number only where `root` has an array there, so a
 * numeric key of a map (`/metadata/labels/1`) stays a string.
 */
export function pointerToPath(pointer: string, root: unknown): PathSegment[] {
  if (!pointer) return [];
  const segments: PathSegment[] = [];
  let value = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const segment = Array.isArray(value) && /^\d+$/.test(key) ? Number(key) : key;
    segments.push(segment);
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  }
  return segments;
}

/** The value at `segments` in `root`; undefined when the path is not there. */
export function valueAt(root: unknown, segments: PathSegment[]): unknown {
  let value = root;
  for (const segment of segments) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[segment as string];
  }
  return value;
}

/** Line and column, in the article, of a frontmatter key (or its value); the top of the file when the key is not there. */
export function frontMatterPosition(article: Article, key: string, at: PathTarget = 'key'): Position {
  const {document, lineCounter, firstLine, data} = article.frontMatter;
  if (!document || !lineCounter || firstLine === undefined || !(key in data)) return {line: 1, column: 1};
  const {line, col} = lineCounter.linePos(locateInYaml(document, [key], at));
  return {line: firstLine + line - 1, column: col};
}
