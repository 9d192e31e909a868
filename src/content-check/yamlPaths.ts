import {isMap, isScalar, isSeq, type Document, type Node as YamlNode} from 'yaml';

export type PathSegment = string | number;

/** Where to point for a problem: the key, its value, or the object that lacks something. */
export type PathTarget = 'key' | 'value' | 'object';

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
