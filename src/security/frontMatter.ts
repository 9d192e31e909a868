import {LineCounter, parseDocument, visit, type Document} from 'yaml';
import {locateInYaml} from '../content-check/yamlPaths';
import {findDangerousFrontMatter} from './frontMatterFields';

/**
 * The one frontmatter parser of the site: the build (`markdown.parseFrontMatter`,
 * src/plugins/frontMatterTitle.ts) and `npm run check` (src/content-check/parse.ts)
 * both read an article's frontmatter here, so they can never disagree.
 *
 * Why not Docusaurus' default (gray-matter): a fence such as `---js` makes
 * gray-matter `eval` the block in Node while the site builds, and `---yaml`
 * or `---toml` hide the block from any other reader. Only a plain `---` line
 * opens frontmatter here, closed by the next plain `---` line, exactly where
 * remark-frontmatter (which parses the rest of the article) sees it; the YAML
 * is read with the core schema, without custom tags or aliases.
 */

export interface FrontMatterProblem {
  /** 1-based, in the article as written. */
  line: number;
  column: number;
  /** Korean, says how to fix it. */
  message: string;
}

export interface ArticleFrontMatter {
  /** Plain data; empty without frontmatter or when it is not valid YAML. */
  data: Record<string, unknown>;
  /** The article after the frontmatter, trimmed, as Docusaurus' DEFAULT_PARSE_FRONT_MATTER gives it. */
  content: string;
  /** Line of the first YAML line (the one after `---`); undefined without frontmatter. */
  firstLine?: number;
  /** The parsed YAML, with ranges for every key (the checker points at fields with it). */
  document?: Document.Parsed;
  lineCounter?: LineCounter;
  /** Not YAML, or a field that would be dangerous (frontMatterFields.ts): the build stops on any. */
  problems: FrontMatterProblem[];
}

const OPENING_OR_CLOSING_FENCE = /^---[ \t]*$/;
/** `---js`, `--- yaml`, `---toml`: a fence that names a language. `----…` is a thematic break. */
const LANGUAGE_FENCE = /^---[ \t]*[^\s-]/;

interface Block {
  yaml: string;
  firstLine: number;
  content: string;
}

function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}

/** Finds the frontmatter block; a problem when the first line is a fence we do not accept. */
function findBlock(source: string): Block | FrontMatterProblem | undefined {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const lineEnd = text.search(/\r?\n|$/);
  const first = text.slice(0, lineEnd);
  if (LANGUAGE_FENCE.test(first)) {
    return {
      line: 1,
      column: 1,
      message: `frontmatter 는 \`---\` 한 줄로 시작하는 YAML 만 쓸 수 있습니다. 첫 줄을 \`---\` 로 바꾸세요 (js, yaml, toml 같은 언어 이름은 붙일 수 없습니다).`,
    };
  }
  if (!OPENING_OR_CLOSING_FENCE.test(first)) return undefined;
  const lines = splitLines(text);
  const closing = lines.findIndex((line, index) => index > 0 && OPENING_OR_CLOSING_FENCE.test(line));
  if (closing === -1) {
    return {
      line: 1,
      column: 1,
      message: 'frontmatter 가 닫히지 않았습니다. 맨 위 `---` 다음 YAML 이 끝나는 곳에 `---` 한 줄을 넣으세요.',
    };
  }
  return {
    yaml: lines.slice(1, closing).join('\n'),
    firstLine: 2,
    content: lines.slice(closing + 1).join('\n').trim(),
  };
}

/** Where the first explicit tag (`!!binary`, `!!set`, `!custom`) is: each makes a value of a type frontmatter has no use for. */
function explicitTagOffset(document: Document.Parsed): number | undefined {
  let offset: number | undefined;
  visit(document, {
    Node(_key, node) {
      if (!node.tag) return undefined;
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

const YAML_HINT = '콜론(:) 뒤의 공백, 따옴표의 짝, 들여쓰기를 확인하세요. 값에 콜론이나 # 이 들어가면 값 전체를 따옴표로 감싸세요.';

export function readArticleFrontMatter(source: string): ArticleFrontMatter {
  const block = findBlock(source);
  if (block === undefined) return {data: {}, content: source.trim(), problems: []};
  if (!('yaml' in block)) return {data: {}, content: '', problems: [block]};

  const lineCounter = new LineCounter();
  // Core schema: plain strings, numbers, booleans, null, lists and maps; no
  // dates. Unknown `!tags` are warnings, refused with the errors; known ones below.
  const document = parseDocument(block.yaml, {lineCounter, prettyErrors: true, schema: 'core', merge: false, uniqueKeys: true});
  const at = (offset: number | undefined) => {
    const {line, col} = lineCounter.linePos(offset ?? 0);
    return {line: block.firstLine + line - 1, column: col};
  };
  const base = {content: block.content, firstLine: block.firstLine, document, lineCounter};

  const [error] = [...document.errors, ...document.warnings];
  if (error) {
    const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return {...base, data: {}, problems: [{...at(error.pos[0]), message: `frontmatter(맨 위 --- 사이)가 올바른 YAML이 아닙니다. ${YAML_HINT} (${reason})`}]};
  }

  const tagged = explicitTagOffset(document);
  if (tagged !== undefined) {
    return {...base, data: {}, problems: [{...at(tagged), message: 'frontmatter 에는 YAML 태그(!이름, !!이름)를 쓸 수 없습니다. 값만 쓰세요.'}]};
  }

  let value: unknown;
  try {
    // Aliases (`*name`) can multiply a small text into a huge one; frontmatter never needs them.
    value = document.toJS({maxAliasCount: 0});
  } catch {
    return {...base, data: {}, problems: [{...at(block.yaml.indexOf('*')), message: 'frontmatter 에는 YAML 별칭(&이름, *이름)을 쓸 수 없습니다. 값을 직접 쓰세요.'}]};
  }
  if (value === null || value === undefined) return {...base, data: {}, problems: []};
  if (typeof value !== 'object' || Array.isArray(value)) {
    return {...base, data: {}, problems: [{...at(0), message: 'frontmatter 는 title: 제목 처럼 "키: 값" 줄로 써야 합니다.'}]};
  }
  const data = value as Record<string, unknown>;
  const problems = findDangerousFrontMatter(data).map(({path, message}) => ({...at(locateInYaml(document, path, 'value')), message}));
  return {...base, data, problems};
}
