/**
 * Articles are Markdown plus a short list of harmless HTML tags. Anything
 * that runs code in the reader's browser is rejected: script-like tags, event
 * handlers, `javascript:` URLs, MDX import/export, `{…}` expressions, and
 * components we do not know. This module is used twice: by `npm run check`
 * and, through src/plugins/rejectUnsafeContent.ts, by the site build. Keep
 * it free of heavy imports.
 */
import type {Nodes, Root} from 'mdast';
import type {MdxFlowExpression, MdxJsxFlowElement, MdxJsxTextElement, MdxTextExpression} from 'mdast-util-mdx';
import {parseFragment, type DefaultTreeAdapterMap} from 'parse5';
import {visit, SKIP} from 'unist-util-visit';
import type {Rule} from '../types';
import {isOffSiteResource, OFF_SITE_RESOURCE} from '../../security/offSiteResources';
import {wikiEmbedOf} from '../../plugins/obsidian/wikiLinks';

/** Harmless HTML an article may use, in MDX's (lower-case) spelling. */
export const ALLOWED_HTML = new Set([
  'mark', 'details', 'summary', 'kbd', 'sup', 'sub', 'br', 'abbr', 'img', 'figure', 'figcaption',
  'small', 'u', 's', 'del', 'ins', 'span', 'div',
  'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
]);

/**
 * The attributes each allowed tag may carry, in MDX's spelling (raw HTML:
 * the same names in lower case, `class` for `className`); a tag not listed
 * takes none. An allow-list, because HTML reads attribute names without
 * regard to case (`STYLE=` is `style=`) and has many that act at a distance
 * (`srcset`, `popover`, `form`, …). What the course and the Obsidian
 * converter write: sized images, folded callouts, abbreviations, table spans.
 */
export const ALLOWED_ATTRIBUTES: Record<string, readonly string[]> = {
  img: ['src', 'alt', 'width', 'height', 'title'],
  details: ['open', 'className'],
  abbr: ['title'],
  th: ['colSpan', 'rowSpan', 'align'],
  td: ['colSpan', 'rowSpan', 'align'],
  col: ['span'],
  colgroup: ['span'],
};

/** Classes an article may use: the site's folded callouts (`<details className="callout-fold callout-fold--tip">`). */
const ALLOWED_CLASS = /^callout-fold(--[a-z]+)?$/;

/** Resource attributes: what the browser fetches by itself when the page loads. */
const RESOURCE_ATTRIBUTES = new Set(['src']);

function allowedAttributes(tag: string, caseSensitive: boolean): readonly string[] {
  const names = ALLOWED_ATTRIBUTES[tag] ?? [];
  return caseSensitive ? names : names.map((name) => (name === 'className' ? 'class' : name.toLowerCase()));
}

/** The course's own components, with the attributes each takes (all string-valued). */
export const ALLOWED_COMPONENTS: Record<string, string[]> = {
  Term: ['id'], // glossary tooltip: <Term id="pod">파드</Term>
};

const BLOCKED: Record<string, string> = {
  script: '<script> 태그는 쓸 수 없습니다 (읽는 사람의 브라우저에서 코드가 실행됩니다).',
  iframe: '<iframe> 으로 다른 페이지를 넣을 수 없습니다. 링크 [제목](https://…) 로 바꿔 주세요.',
  object: '<object> 태그는 쓸 수 없습니다. 이미지는 ![설명](/img/…) 로, 다른 자료는 링크로 넣으세요.',
  embed: '<embed> 태그는 쓸 수 없습니다. 이미지는 ![설명](/img/…) 로, 다른 자료는 링크로 넣으세요.',
  style: '<style> 태그는 쓸 수 없습니다. 꾸밈은 사이트 CSS(src/css)가 맡습니다.',
  form: '<form> 태그는 쓸 수 없습니다. 글에는 입력 양식을 넣지 않습니다.',
};

const MARKDOWN_INSTEAD: Record<string, string> = {
  a: '[글자](주소) 링크',
  b: '**굵게**',
  strong: '**굵게**',
  i: '*기울임*',
  em: '*기울임*',
  code: '`인라인 코드`',
  pre: '``` 코드 블록',
  p: '빈 줄로 나눈 문단',
  h1: '# 제목', h2: '## 제목', h3: '### 제목', h4: '#### 제목', h5: '##### 제목', h6: '###### 제목',
  ul: '- 목록', ol: '1. 목록', li: '- 목록', hr: '---', blockquote: '> 인용',
};

export interface UnsafeFinding {
  /** Position in the tree (for the checker, in the preprocessed text). */
  line: number;
  column: number;
  message: string;
}

/** `javascript:`, `vbscript:` and non-image `data:` URLs, however they are spaced or cased. */
export function isScriptUrl(url: string): boolean {
  // Browsers ignore whitespace and control characters inside the scheme.
  const normalized = url.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase();
  return /^(javascript|vbscript):/.test(normalized) || /^data:(?!image\/(png|jpe?g|gif|webp|avif)[;,])/.test(normalized);
}

const SCRIPT_URL = 'javascript: 같은 스크립트 주소는 쓸 수 없습니다 (누르면 코드가 실행됩니다). https:// 주소나 글 경로로 바꾸세요.';

/** `{/* 주석 *\/}` runs nothing. */
function isCommentOnly(node: MdxFlowExpression | MdxTextExpression): boolean {
  const program = node.data?.estree;
  return Boolean(program && program.body.length === 0);
}

interface Point {
  line: number;
  column: number;
}

/** A tag as written, from MDX (JSX) or from raw HTML, for one set of rules. */
interface Tag {
  /** null for a fragment `<>…</>`. */
  name: string | null;
  /** JSX names are case-sensitive (`Term`); HTML names are not. */
  caseSensitive: boolean;
  attributes: Array<{name: string; value: string | null | {expression: true}; at?: Point}>;
  /** `{...props}` spreads. */
  spreads: Array<Point | undefined>;
}

type Report = (message: string, at?: Point) => void;

function checkTag(tag: Tag, report: Report) {
  const {name} = tag;
  if (name === null) {
    report('<>…</> 조각(fragment)은 쓸 수 없습니다. 태그를 지우고 글만 남기세요.');
    return;
  }
  const lower = name.toLowerCase();
  if (BLOCKED[lower]) {
    report(BLOCKED[lower]!);
    return;
  }
  const componentAttributes = tag.caseSensitive ? ALLOWED_COMPONENTS[name] : undefined;
  if (!componentAttributes && !ALLOWED_HTML.has(tag.caseSensitive ? name : lower)) {
    const instead = MARKDOWN_INSTEAD[lower];
    report(
      `<${name}> 태그(컴포넌트)는 쓸 수 없습니다.${instead ? ` Markdown ${instead} 를 쓰세요.` : ''} 쓸 수 있는 태그: ${[...ALLOWED_HTML].join(', ')}, ${Object.keys(ALLOWED_COMPONENTS).join(', ')}`,
    );
    return;
  }
  for (const at of tag.spreads) report(`<${name}> 의 {…} 속성은 코드로 실행되어 쓸 수 없습니다. 이름="값" 형식의 속성만 쓰세요.`, at);
  const allowed = componentAttributes ?? allowedAttributes(lower, tag.caseSensitive);
  for (const {name: attribute, value, at} of tag.attributes) {
    const attributeLower = attribute.toLowerCase();
    if (attributeLower.startsWith('on')) {
      report(`<${name}> 의 ${attribute} 속성은 쓸 수 없습니다 (이벤트 처리기는 코드를 실행합니다).`, at);
    } else if (value !== null && typeof value === 'object') {
      report(`<${name} ${attribute}={…}> 처럼 속성 값에 코드를 쓸 수 없습니다. ${attribute}="값" 처럼 따옴표로 감싼 글자만 쓰세요.`, at);
    } else if (attributeLower === 'style' || attributeLower === 'dangerouslysetinnerhtml') {
      report(`<${name}> 의 ${attribute} 속성은 쓸 수 없습니다. 꾸밈은 사이트 CSS가 맡습니다.`, at);
    } else if (typeof value === 'string' && isScriptUrl(value)) {
      report(SCRIPT_URL, at);
    } else if (!allowed.includes(attribute)) {
      report(
        allowed.length > 0
          ? `<${name}> 에는 ${allowed.join(', ')} 속성만 쓸 수 있습니다 (${attribute} 은(는) 쓸 수 없습니다). 속성 이름은 대소문자까지 그대로 적어 주세요.`
          : `<${name}> 에는 속성을 쓸 수 없습니다 (${attribute}). 태그만 쓰고, 꾸밈은 사이트 CSS에 맡기세요.`,
        at,
      );
    } else if ((attribute === 'className' || attribute === 'class') && !componentAttributes) {
      const classes = (typeof value === 'string' ? value : '').split(/[ \t\n\f\r]+/).filter(Boolean);
      if (classes.length === 0 || classes.some((item) => !ALLOWED_CLASS.test(item))) {
        report(`<${name}> 의 ${attribute} 에는 접는 콜아웃 클래스(callout-fold, callout-fold--종류)만 쓸 수 있습니다.`, at);
      }
    } else if (RESOURCE_ATTRIBUTES.has(attributeLower) && typeof value === 'string' && isOffSiteResource(value)) {
      report(OFF_SITE_RESOURCE, at);
    }
  }
  for (const required of componentAttributes ?? []) {
    const attribute = tag.attributes.find((item) => item.name === required);
    if (!attribute) {
      report(`<${name}> 에는 ${required}="…" 속성이 있어야 합니다 (예: <Term id="pod">파드</Term>).`);
    } else if (attribute.value === null || (typeof attribute.value === 'string' && !attribute.value.trim())) {
      report(`<${name}> 의 ${required} 속성에 값을 적어 주세요 (예: ${required}="pod").`, attribute.at);
    }
  }
}

function jsxTag(node: MdxJsxFlowElement | MdxJsxTextElement): Tag {
  const tag: Tag = {name: node.name, caseSensitive: true, attributes: [], spreads: []};
  for (const attribute of node.attributes) {
    const at = attribute.position?.start;
    if (attribute.type === 'mdxJsxExpressionAttribute') tag.spreads.push(at);
    else tag.attributes.push({name: attribute.name, value: typeof attribute.value === 'object' && attribute.value ? {expression: true} : attribute.value ?? null, at});
  }
  return tag;
}

/**
 * Raw HTML only reaches the tree when an article is compiled as plain
 * Markdown (frontmatter `mdx: {format: md}`); it is then rendered as is,
 * so it gets the same rules, read with a real HTML parser.
 */
function htmlTags(html: string, start: Point): Array<{tag: Tag; at: Point}> {
  const found: Array<{tag: Tag; at: Point}> = [];
  const toPoint = (location: {startLine: number; startCol: number} | undefined): Point =>
    location
      ? {line: start.line + location.startLine - 1, column: location.startLine === 1 ? start.column + location.startCol - 1 : location.startCol}
      : start;
  const walk = (nodes: DefaultTreeAdapterMap['childNode'][]) => {
    for (const node of nodes) {
      if (!('tagName' in node)) continue;
      const location = node.sourceCodeLocation ?? undefined;
      found.push({
        at: toPoint(location ?? undefined),
        tag: {
          name: node.tagName,
          caseSensitive: false,
          attributes: node.attrs.map((attribute) => ({
            name: attribute.name,
            value: attribute.value,
            at: toPoint(location?.attrs?.[attribute.name] ?? location ?? undefined),
          })),
          spreads: [],
        },
      });
      walk('content' in node ? (node.content as DefaultTreeAdapterMap['documentFragment']).childNodes : node.childNodes);
    }
  };
  walk(parseFragment(html, {sourceCodeLocationInfo: true}).childNodes);
  return found;
}

/** Everything in the tree that could run code, pull in unknown components or load another site's files. */
export function findUnsafeContent(tree: Root): UnsafeFinding[] {
  const findings: UnsafeFinding[] = [];
  // `![그림][참조]` loads the URL of its `[참조]: …` definition.
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
  });
  visit(tree, (node: Nodes) => {
    const nodeStart = node.position?.start ?? {line: 1, column: 1};
    const report: Report = (message, at = nodeStart) => findings.push({line: at.line, column: at.column, message});
    switch (node.type) {
      case 'mdxjsEsm':
        report('MDX import/export 문은 쓸 수 없습니다. 글에는 Markdown과 허용된 태그만 씁니다. 문장이 import 나 export 로 시작한다면 다른 낱말로 시작하세요.');
        return SKIP;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentOnly(node)) {
          report(`중괄호 {${node.value.length > 30 ? `${node.value.slice(0, 30)}…` : node.value}} 는 MDX에서 코드로 실행됩니다. 글자 그대로 보이게 하려면 인라인 코드(\`{…}\`)로 감싸거나 \\{ 처럼 앞에 \\ 를 붙이세요.`);
        }
        return SKIP;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkTag(jsxTag(node), report);
        return undefined;
      case 'html':
        for (const {tag, at} of htmlTags(node.value, nodeStart)) checkTag(tag, (message, where = at) => report(message, where));
        return undefined;
      case 'link':
      case 'definition':
        if (isScriptUrl(node.url)) report(SCRIPT_URL);
        return undefined;
      case 'image':
        if (isScriptUrl(node.url)) report(SCRIPT_URL);
        // A wiki embed's URL is a placeholder that only ever resolves to a file of the site.
        else if (!wikiEmbedOf(node) && isOffSiteResource(node.url)) report(OFF_SITE_RESOURCE);
        return undefined;
      case 'imageReference': {
        const url = definitions.get(node.identifier);
        if (url !== undefined && !isScriptUrl(url) && isOffSiteResource(url)) report(OFF_SITE_RESOURCE);
        return undefined;
      }
      default:
        return undefined;
    }
  });
  return findings;
}

/**
 * Findings in a tree as parsed and again after `transform` (the site's own
 * transforms) has changed it, each once: what the author wrote
 * (`%%<script>…</script>%%` is a comment only to Obsidian syntax) and what
 * the transforms made of it. The build runs the same two checks around the
 * same transforms (docusaurus.config.ts); the checker calls this.
 */
export function findUnsafeContentInStates(tree: Root, transform: (tree: Root) => void): UnsafeFinding[] {
  const before = findUnsafeContent(tree);
  transform(tree);
  const seen = new Set<string>();
  return [...before, ...findUnsafeContent(tree)].filter(({line, column, message}) => {
    const key = `${line}:${column}:${message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const unsafeContent: Rule = {
  name: 'unsafe-content',
  check(article) {
    return article.unsafe.map((finding) => ({
      ...article.toSource(finding),
      severity: 'error' as const,
      message: finding.message,
    }));
  },
};
