/**
 * An SVG is a document, not only a picture: opened by its own URL (a link
 * from an article, anything in static/) it runs `<script>`, `on*=` handlers,
 * `javascript:` links, HTML inside `<foreignObject>` (or in the XHTML
 * namespace), and loads what `href`, `url()`, `@import` and
 * `<?xml-stylesheet?>` name, on the site's own origin. So every SVG a pull
 * request adds is read with a real XML parser (sax, strict, with namespaces)
 * and must use only what a drawing needs: the elements and attributes listed
 * here, references only inside the file (`#id`) or to raster image data.
 * Anything else is refused with its line, instead of being cleaned silently,
 * so the author sees what was dropped. Used by `npm run check` and the build
 * through src/security/siteFiles.ts.
 */
import sax from 'sax';
import {location} from 'vfile-location';

export interface SvgFinding {
  line: number;
  column: number;
  message: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** Drawing elements: shapes, text, paint servers, clipping, filters, markers, animation of drawing attributes. */
const ELEMENTS = new Set([
  'svg', 'g', 'defs', 'title', 'desc', 'symbol', 'use', 'switch', 'style', 'image',
  'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
  'text', 'tspan', 'textPath',
  'marker', 'pattern', 'clipPath', 'mask', 'linearGradient', 'radialGradient', 'stop',
  'filter', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix',
  'feDiffuseLighting', 'feDisplacementMap', 'feDistantLight', 'feDropShadow', 'feFlood',
  'feFuncA', 'feFuncB', 'feFuncG', 'feFuncR', 'feGaussianBlur', 'feMerge', 'feMergeNode',
  'feMorphology', 'feOffset', 'fePointLight', 'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence',
  'animate', 'animateMotion', 'animateTransform', 'mpath', 'set',
]);

/** Attributes without a namespace that only describe the drawing. */
const ATTRIBUTES = new Set([
  // core, accessibility
  'id', 'class', 'style', 'lang', 'tabindex', 'role', 'title', 'version', 'baseProfile', 'systemLanguage', 'media', 'type',
  // presentation
  'alignment-baseline', 'baseline-shift', 'clip', 'clip-path', 'clip-rule', 'color', 'color-interpolation',
  'color-interpolation-filters', 'color-rendering', 'direction', 'display', 'dominant-baseline', 'enable-background',
  'fill', 'fill-opacity', 'fill-rule', 'filter', 'flood-color', 'flood-opacity', 'font', 'font-family', 'font-size',
  'font-size-adjust', 'font-stretch', 'font-style', 'font-variant', 'font-weight', 'glyph-orientation-horizontal',
  'glyph-orientation-vertical', 'image-rendering', 'kerning', 'letter-spacing', 'lighting-color', 'marker',
  'marker-end', 'marker-mid', 'marker-start', 'mask', 'mask-type', 'opacity', 'overflow', 'paint-order',
  'pointer-events', 'shape-rendering', 'stop-color', 'stop-opacity', 'stroke', 'stroke-dasharray',
  'stroke-dashoffset', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'stroke-opacity', 'stroke-width',
  'text-anchor', 'text-decoration', 'text-rendering', 'transform', 'transform-origin', 'unicode-bidi',
  'vector-effect', 'visibility', 'white-space', 'word-spacing', 'writing-mode',
  // geometry and layout
  'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'fr', 'width', 'height', 'd', 'points',
  'pathLength', 'viewBox', 'preserveAspectRatio', 'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust',
  'startOffset', 'method', 'spacing', 'side',
  // markers, paint servers, clipping
  'markerWidth', 'markerHeight', 'markerUnits', 'refX', 'refY', 'orient', 'patternUnits', 'patternContentUnits',
  'patternTransform', 'gradientUnits', 'gradientTransform', 'spreadMethod', 'offset', 'clipPathUnits',
  'maskUnits', 'maskContentUnits',
  // filters
  'filterUnits', 'primitiveUnits', 'in', 'in2', 'result', 'stdDeviation', 'mode', 'values', 'operator',
  'k1', 'k2', 'k3', 'k4', 'order', 'kernelMatrix', 'divisor', 'bias', 'targetX', 'targetY', 'edgeMode',
  'kernelUnitLength', 'preserveAlpha', 'surfaceScale', 'diffuseConstant', 'specularConstant',
  'specularExponent', 'azimuth', 'elevation', 'z', 'pointsAtX', 'pointsAtY', 'pointsAtZ', 'limitingConeAngle',
  'scale', 'xChannelSelector', 'yChannelSelector', 'radius', 'baseFrequency', 'numOctaves', 'seed',
  'stitchTiles', 'tableValues', 'slope', 'intercept', 'amplitude', 'exponent',
  // animation timing (what is animated is checked: attributeName)
  'attributeName', 'attributeType', 'begin', 'dur', 'end', 'min', 'max', 'restart', 'repeatCount', 'repeatDur',
  'calcMode', 'keyTimes', 'keySplines', 'from', 'to', 'by', 'additive', 'accumulate', 'keyPoints', 'path',
  // references, checked below
  'href',
]);

/** What `<animate attributeName>` / `<set>` may change: drawing attributes, never a reference or a handler. */
const ANIMATION_ELEMENTS = new Set(['animate', 'animateMotion', 'animateTransform', 'set']);
const NOT_ANIMATABLE = new Set(['href', 'style', 'attributeName', 'values', 'from', 'to', 'by', 'begin', 'end']);

/** Raster image data an `<image>` may embed; never another SVG or HTML. */
const RASTER_DATA = /^data:image\/(?:png|jpe?g|gif|webp|avif);base64,[a-z0-9+/=\s]*$/i;

/** CSS at-rules and functions a drawing's style may use; others can load files (`@import`, `url()`, `image-set()`) or hide text. */
const CSS_AT_RULES = new Set(['media', 'keyframes', 'supports']);
const CSS_FUNCTIONS = new Set([
  'url', // checked: only url(#id)
  'rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch', 'color', 'calc', 'min', 'max', 'clamp', 'var',
  'translate', 'translatex', 'translatey', 'rotate', 'scale', 'scalex', 'scaley', 'skew', 'skewx', 'skewy', 'matrix',
  'cubic-bezier', 'steps',
]);

/**
 * More attributes than any drawing needs on one element. Past it, reading
 * stops: a tag with tens of thousands of attributes makes the parser's
 * attribute table (and the engine's) slow beyond linear.
 */
const MAX_ATTRIBUTES = 200;

/** Deeper nesting than any drawing needs; past it, reading stops (the parser's stacks would only grow). */
const MAX_DEPTH = 100;

/** Problems reported per file at most: enough to act on, and a hostile file cannot flood the output. */
const MAX_FINDINGS = 30;

/** Thrown from a parser callback to stop reading a file. */
class StopReading extends Error {}

const CLEAN_UP = '편집기에서 내보낸 그림이면 불필요한 부분을 지우고(예: npx svgo 그림.svg) 다시 확인하세요.';

/** `/* … *\/` removed, in one pass (an unclosed comment runs to the end). */
function withoutCssComments(css: string): string {
  const kept: string[] = [];
  let from = 0;
  for (;;) {
    const open = css.indexOf('/*', from);
    if (open === -1) break;
    if (open > from) kept.push(css.slice(from, open));
    const close = css.indexOf('*/', open + 2);
    from = close === -1 ? css.length : close + 2;
  }
  kept.push(css.slice(from));
  return kept.join(' ');
}

/** `url(#id)`, quoted or not; anything else leaves the file. */
function isFragmentUrl(argument: string): boolean {
  return /^\s*(["']?)#[^"'()\s]*\1\s*$/.test(argument);
}

/** Problem with `url(…)` references in a CSS value (an attribute or a style sheet), if any. */
function urlProblem(value: string): string | undefined {
  const lower = value.toLowerCase();
  for (let at = lower.indexOf('url('); at !== -1; at = lower.indexOf('url(', at + 4)) {
    const close = value.indexOf(')', at);
    const argument = close === -1 ? value.slice(at + 4) : value.slice(at + 4, close);
    if (!isFragmentUrl(argument)) {
      return `url(${argument.trim()}) 은(는) 쓸 수 없습니다. SVG 안의 url() 은 같은 그림 안의 #id 만 가리킬 수 있습니다 (바깥 파일·주소를 불러오지 않게).`;
    }
  }
  return undefined;
}

const NAME_CHARACTER = /[\w-]/;

/**
 * Names of the CSS functions in `text`: a name written right before `(`
 * (`url (x)` is no function and loads nothing). Read backwards from each
 * `(`, so every character is looked at once or twice (a regular expression
 * would retry a long name at every `(`-less end: not linear).
 */
function* cssFunctionNames(text: string): Generator<string> {
  for (let at = text.indexOf('('); at !== -1; at = text.indexOf('(', at + 1)) {
    let start = at;
    while (start > 0 && NAME_CHARACTER.test(text[start - 1]!)) start--;
    if (start < at) yield text.slice(start, at);
  }
}

/** Problem with a style sheet or a `style` attribute, if any. */
export function cssProblem(css: string): string | undefined {
  const text = withoutCssComments(css);
  if (text.includes('\\')) return 'SVG의 스타일에는 \\ 이스케이프를 쓸 수 없습니다 (다른 글자를 숨길 수 있습니다). 글자를 그대로 적어 주세요.';
  for (const [, name] of text.matchAll(/@([a-z-]+)/gi)) {
    if (!CSS_AT_RULES.has(name!.toLowerCase().replace(/^-webkit-/, ''))) {
      return `@${name} 규칙은 SVG의 스타일에 쓸 수 없습니다 (@import 등은 바깥 파일을 불러옵니다). 쓸 수 있는 것: ${[...CSS_AT_RULES].map((rule) => `@${rule}`).join(', ')}.`;
    }
  }
  for (const name of cssFunctionNames(text)) {
    if (!CSS_FUNCTIONS.has(name.toLowerCase())) {
      return `${name}(…) 은(는) SVG의 스타일에 쓸 수 없습니다. 색(rgb, hsl), calc, var, 변형 함수 같은 그림용 함수만 쓸 수 있습니다.`;
    }
  }
  return urlProblem(text);
}

function hrefProblem(element: string, name: string, value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed.startsWith('#')) return undefined;
  if (element === 'image' && RASTER_DATA.test(trimmed)) return undefined;
  const shown = trimmed.length > 60 ? `${trimmed.slice(0, 60)}…` : trimmed;
  return `<${element} ${name}="${shown}">: SVG 안의 링크·참조는 같은 그림 안의 #id 나 (image 에서) data:image/png;base64 같은 그림 데이터만 가리킬 수 있습니다. 바깥 주소와 javascript: 는 쓸 수 없습니다.`;
}


function splitName(name: string): {prefix: string; local: string} {
  const colon = name.indexOf(':');
  return colon === -1 ? {prefix: '', local: name} : {prefix: name.slice(0, colon), local: name.slice(colon + 1)};
}

/**
 * Which namespace a prefix means at the current element, as XML scopes
 * `xmlns:p="…"` declarations. sax can resolve names itself (`xmlns: true`),
 * but then compares each attribute with every earlier one of its tag, which
 * is quadratic: a tag with tens of thousands of attributes stalled it. One
 * stack per prefix answers in constant time.
 */
class NamespaceScopes {
  private readonly bindings = new Map<string, string[]>([
    ['xml', [XML_NS]],
    ['xmlns', [XMLNS_NS]],
  ]);
  private readonly declaredPerElement: string[][] = [];

  enter(attributes: Record<string, string>): void {
    const declared: string[] = [];
    for (const [name, value] of Object.entries(attributes)) {
      const prefix = name === 'xmlns' ? '' : name.startsWith('xmlns:') ? name.slice('xmlns:'.length) : undefined;
      if (prefix === undefined) continue;
      const stack = this.bindings.get(prefix) ?? [];
      stack.push(value);
      this.bindings.set(prefix, stack);
      declared.push(prefix);
    }
    this.declaredPerElement.push(declared);
  }

  leave(): void {
    for (const prefix of this.declaredPerElement.pop() ?? []) this.bindings.get(prefix)!.pop();
  }

  /** The namespace of `prefix` ('' for the default one); undefined when not declared. */
  uri(prefix: string): string | undefined {
    const uri = this.bindings.get(prefix)?.at(-1);
    return uri === undefined && prefix === '' ? '' : uri;
  }
}

/** Everything in an SVG document that could run code or load another file. */
export function findSvgProblems(text: string): SvgFinding[] {
  const findings: SvgFinding[] = [];
  const place = location(text);
  const locate = (offset: number) => {
    const {line, column} = place.toPoint(offset) ?? place.toPoint(text.length)!;
    return {line, column};
  };
  // Namespaces are resolved here, not by sax: see NamespaceScopes.
  const parser = sax.parser(true, {position: true});
  const namespaces = new NamespaceScopes();
  const here = () => locate(Math.max(0, parser.position - 1));
  const report = (message: string, at = here()) => {
    findings.push({...at, message});
    if (findings.length < MAX_FINDINGS) return;
    findings.push({...at, message: `문제가 ${MAX_FINDINGS}개를 넘어 여기서 검사를 멈췄습니다. 위의 것을 고친 뒤 다시 확인하세요.`});
    throw new StopReading();
  };
  const open: Array<{name: string; refused: boolean; at: {line: number; column: number}}> = [];
  let root = true;
  let failed = false;

  // sax reports these once they end; point at where they start.
  const startOf = (opening: string) => locate(Math.max(0, text.lastIndexOf(opening, parser.position)));
  parser.ondoctype = () => report('<!DOCTYPE>·<!ENTITY> 는 SVG에 쓸 수 없습니다 (엔티티로 바깥 파일을 끌어오거나 내용을 숨길 수 있습니다). 지워 주세요.', startOf('<!DOCTYPE'));
  parser.onprocessinginstruction = ({name}) => {
    if (name.toLowerCase() !== 'xml') {
      report(`<?${name} …?> 는 SVG에 쓸 수 없습니다 (xml-stylesheet 는 바깥 파일을 불러옵니다). 맨 앞의 <?xml …?> 선언만 쓸 수 있습니다.`, startOf('<?'));
    }
  };
  parser.onopentag = (tag) => {
    const at = locate(Math.max(0, parser.startTagPosition - 1));
    namespaces.enter(tag.attributes as Record<string, string>);
    const parentRefused = open.at(-1)?.refused ?? false;
    const element = splitName(tag.name);
    const elementUri = namespaces.uri(element.prefix);
    const entry = {name: element.local, refused: parentRefused, at};
    open.push(entry);
    if (open.length > MAX_DEPTH) {
      report(`요소가 ${MAX_DEPTH}단계보다 깊게 겹쳐 있습니다. 그림을 다시 내보내거나 정리해 주세요. ${CLEAN_UP}`, at);
      throw new StopReading();
    }
    if (parentRefused) return; // one message for a refused element, not one per child
    if (elementUri !== SVG_NS || !ELEMENTS.has(element.local) || (root && element.local !== 'svg')) {
      entry.refused = true;
      const where = elementUri === SVG_NS ? '' : ` (SVG가 아닌 이름공간 ${elementUri || '없음'})`;
      report(
        root && elementUri === SVG_NS && ELEMENTS.has(element.local)
          ? `SVG 파일은 <svg> 로 시작해야 합니다 (<${tag.name}> 로 시작합니다).`
          : `<${tag.name}>${where} 요소는 SVG에 쓸 수 없습니다. 도형·글자·그라데이션·필터·마커 같은 그림 요소만 쓸 수 있습니다 (script, foreignObject, a, iframe 등은 안 됩니다). ${CLEAN_UP}`,
        at,
      );
      root = false;
      return;
    }
    root = false;
    for (const [name, value] of Object.entries(tag.attributes as Record<string, string>)) {
      const {prefix, local} = splitName(name);
      if (/^on/i.test(local)) {
        report(`<${tag.name}> 의 ${name} 속성은 쓸 수 없습니다 (이벤트 처리기는 그림을 열 때 코드를 실행합니다).`, at);
        continue;
      }
      if (name === 'xmlns' || prefix === 'xmlns') continue; // declaring a namespace does nothing by itself
      // Attributes without a prefix are in no namespace (not the default one).
      const uri = prefix === '' ? '' : namespaces.uri(prefix);
      const known =
        uri === '' ? ATTRIBUTES.has(local) || /^(aria|data)-[a-z0-9-]+$/.test(local)
        : uri === XLINK_NS ? local === 'href' || local === 'title'
        : uri === XML_NS && (local === 'space' || local === 'lang');
      if (!known) {
        report(`<${tag.name}> 의 ${name} 속성은 SVG에 쓸 수 없습니다 (그림을 그리는 속성만 쓸 수 있습니다). ${CLEAN_UP}`, at);
        continue;
      }
      const problem =
        local === 'href' ? hrefProblem(element.local, name, value)
        : local === 'style' && uri === '' ? cssProblem(value)
        : local === 'attributeName' && ANIMATION_ELEMENTS.has(element.local) && (/^on/i.test(value.trim()) || NOT_ANIMATABLE.has(value.trim()) || value.includes(':'))
          ? `<${tag.name} attributeName="${value}">: 애니메이션으로 ${value} 을(를) 바꿀 수 없습니다 (링크·이벤트 처리기를 바꾸면 코드가 실행될 수 있습니다). 모양·색·위치 속성만 움직이세요.`
          : urlProblem(value);
      if (problem) report(problem, at);
    }
  };
  // A style sheet is checked whole, when its element closes: sax hands text
  // and CDATA over as separate pieces, and `@imp<![CDATA[ort …]]>` is one
  // `@import` to the browser.
  let styleSheet: string[] = [];
  const styleText = (chunk: string) => {
    const current = open.at(-1);
    if (current && !current.refused && current.name === 'style') styleSheet.push(chunk);
  };
  parser.ontext = styleText;
  parser.oncdata = styleText;
  parser.onclosetag = () => {
    const closed = open.pop();
    namespaces.leave();
    if (closed?.name !== 'style' || closed.refused) return;
    const problem = cssProblem(styleSheet.join(''));
    styleSheet = [];
    if (problem) report(problem, closed.at);
  };
  let attributes = 0;
  parser.onopentagstart = () => {
    attributes = 0;
  };
  parser.onattribute = () => {
    if (++attributes <= MAX_ATTRIBUTES) return;
    report(`요소 하나에 속성이 ${MAX_ATTRIBUTES}개보다 많습니다. 그림을 다시 내보내거나 정리해 주세요. ${CLEAN_UP}`, locate(Math.max(0, parser.startTagPosition - 1)));
    throw new StopReading();
  };
  parser.onerror = (error) => {
    if (failed) return; // the first error explains the rest
    failed = true;
    const [reason = ''] = error.message.split('\n');
    report(`XML로 읽을 수 없습니다 (${reason}). 태그가 모두 닫혔는지, 글자의 & 와 < 를 &amp; 와 &lt; 로 적었는지 확인하세요.`, {line: parser.line + 1, column: parser.column + 1});
  };
  try {
    parser.write(text).close();
  } catch (error) {
    // sax throws after calling onerror, and StopReading stops it: either way the message is recorded
    if (error instanceof StopReading) return findings;
  }
  if (!failed && root) report('SVG 파일에 <svg> 요소가 없습니다.', {line: 1, column: 1});
  return findings;
}
