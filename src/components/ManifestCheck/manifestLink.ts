/**
 * The link from a code block to the /manifest-check page. The manifest rides
 * in the URL's fragment (`#yaml=…`), which browsers never send to a server,
 * as base64url of its UTF-8 bytes (a third longer; encodeURIComponent would
 * triple every space, colon and newline). Kept tiny: every article loads it.
 */
import {EXPECT_INVALID, metaWords, NOT_K8S} from '../../content-check/codeMeta';
import {MAX_YAML_CHARS} from '../../content-check/manifestLimits';

export const MANIFEST_CHECK_PATH = '/manifest-check';
const HASH_KEY = 'yaml=';
/** Longest fragment read back: as much YAML as the checker reads, at up to 3 UTF-8 bytes a character, in base64. */
const MAX_HASH_CHARS = Math.ceil((MAX_YAML_CHARS * 3 * 4) / 3) + HASH_KEY.length + 1;

export function manifestHash(yaml: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(yaml)) binary += String.fromCharCode(byte);
  return `#${HASH_KEY}${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

/** The YAML a `#yaml=…` fragment carries; undefined for any other fragment or one that is not base64url. */
export function yamlFromHash(hash: string): string | undefined {
  const fragment = hash.replace(/^#/, '');
  if (!fragment.startsWith(HASH_KEY) || fragment.length > MAX_HASH_CHARS) return undefined;
  const encoded = fragment.slice(HASH_KEY.length);
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) return undefined;
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

const YAML_LANGUAGES = new Set(['yaml', 'yml']);

/**
 * Whether a code block is a manifest the checker validates: YAML, not marked
 * `not-k8s`, with apiVersion and kind at the top level of some document
 * (what manifests.ts requires; `expect-invalid` examples need only one).
 */
export function isCheckableManifest(language: string | undefined, metastring: string | undefined, code: string): boolean {
  if (!YAML_LANGUAGES.has(language?.toLowerCase() ?? '')) return false;
  const words = metaWords(metastring);
  if (words.includes(NOT_K8S)) return false;
  const hasApiVersion = /^apiVersion:/m.test(code);
  const hasKind = /^kind:/m.test(code);
  return words.includes(EXPECT_INVALID) ? hasApiVersion || hasKind : hasApiVersion && hasKind;
}
