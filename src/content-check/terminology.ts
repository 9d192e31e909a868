/**
 * Term variants the course does not use (shared/terminology.md: the terms of
 * the official Korean Kubernetes localization). Each entry: the pattern of
 * the variants, the term to use, and the English concept.
 *
 * Patterns are checked against prose only (never code). Entries are tried in
 * order and a longer match wins over a shorter one at the same place, so
 * `퍼시스턴트 볼륨 클레임` is reported once, as a whole.
 */
export interface TermRule {
  /** Variants to flag; use lookarounds for words that merely contain them. */
  variants: RegExp;
  /** The course's term. */
  use: string;
  english: string;
}

/**
 * An English API name used as a word in Korean prose: not part of a longer
 * identifier (`ClusterRole` is not `Role`), not a path or flag, and not the
 * gloss in parentheses after the Korean term.
 */
function englishInProse(english: string, use: string, after = ''): TermRule {
  const name = english.replace(/ /g, '\\s+');
  return {variants: new RegExp(`(?<![A-Za-z0-9_(/.\\-])${name}${after}(?![A-Za-z0-9_)/\\-])`, 'g'), use, english};
}

export const TERM_RULES: TermRule[] = [
  {variants: /퍼시스턴트\s*볼륨\s+클레임|퍼시스턴트\s+볼륨\s*클레임/g, use: '퍼시스턴트볼륨클레임', english: 'PersistentVolumeClaim'},
  {variants: /퍼시스턴트\s+볼륨(?!\s*클레임)/g, use: '퍼시스턴트볼륨', english: 'PersistentVolume'},
  {variants: /포드|(?<![에아])팟(?!캐스트)/g, use: '파드', english: 'Pod'},
  {variants: /레플리카\s+세트|레플리카\s*셑|레플리카세트|리플리카\s*셋|레플리카\s+셋/g, use: '레플리카셋', english: 'ReplicaSet'},
  {variants: /디플로이\s+먼트|디플로이멘트|디플로이먼츠/g, use: '디플로이먼트', english: 'Deployment'},
  {variants: /스테이트풀\s+셋|스테이트풀\s*세트|스테이트 풀셋/g, use: '스테이트풀셋', english: 'StatefulSet'},
  {variants: /데몬\s+셋|데몬\s*세트|대몬\s*셋/g, use: '데몬셋', english: 'DaemonSet'},
  {variants: /크론\s+잡/g, use: '크론잡', english: 'CronJob'},
  {variants: /컨피그\s+맵|컨피그\s*멥|콘피그\s*맵|컨피그\s*매프/g, use: '컨피그맵', english: 'ConfigMap'},
  {variants: /씨크릿|시크리트/g, use: '시크릿', english: 'Secret'},
  {variants: /네임\s+스페이스|네임스패이스/g, use: '네임스페이스', english: 'Namespace'},
  {variants: /노우드/g, use: '노드', english: 'Node'},
  {variants: /컨트롤플레인|콘트롤\s*플레인|컨트롤\s*플래인/g, use: '컨트롤 플레인', english: 'Control Plane'},
  {variants: /인그래스|잉그레스/g, use: '인그레스', english: 'Ingress'},
  {variants: /스토리지\s+클래스/g, use: '스토리지클래스', english: 'StorageClass'},
  {variants: /서비스\s+어카운트|서비스\s*어카운츠/g, use: '서비스어카운트', english: 'ServiceAccount'},
  {variants: /라벨/g, use: '레이블', english: 'label'},
  {variants: /선택자|실렉터/g, use: '셀렉터', english: 'selector'},
  {variants: /애노테이션|어노테이숀/g, use: '어노테이션', english: 'annotation'},
  {variants: /롤링업데이트/g, use: '롤링 업데이트', english: 'rolling update'},
  {variants: /라이브니스\s*프로브|생존\s*프로브/g, use: '활성 프로브', english: 'liveness probe'},
  {variants: /레디니스\s*프로브|준비\s+프로브/g, use: '준비성 프로브', english: 'readiness probe'},
  {variants: /이닛\s*컨테이너|초기화컨테이너/g, use: '초기화 컨테이너', english: 'Init Container'},
  {variants: /테인츠|태인트/g, use: '테인트', english: 'taint'},
  {variants: /톨러레이숀|톨레레이션|톨러런스|톨레이션/g, use: '톨러레이션', english: 'toleration'},
  {variants: /쿠버네티즈|쿠베르네테스|쿠버네테스|쿠버내티스/g, use: '쿠버네티스', english: 'Kubernetes'},
  {variants: /원하는\s+상태/g, use: '의도한 상태', english: 'desired state'},
  {variants: /로드밸런서/g, use: '로드 밸런서', english: 'load balancer'},
  {variants: /회수\s*정책/g, use: '반환 정책', english: 'reclaim policy'},
  {variants: /한살이|생명\s*주기|라이프\s*사이클/g, use: '수명 주기', english: 'lifecycle'},
  // English object names written in Korean prose. `롤(Role)` at a term's first
  // use stays allowed: a name right after `(` is the English gloss.
  englishInProse('ClusterRoleBinding', '클러스터롤바인딩'),
  englishInProse('ClusterRole', '클러스터롤'),
  englishInProse('RoleBinding', '롤바인딩'),
  englishInProse('Role', '롤'),
  englishInProse('ResourceQuota', '리소스쿼터'),
  englishInProse('LimitRange', '리밋레인지'),
  englishInProse('NetworkPolicy', '네트워크폴리시'),
  englishInProse('EndpointSlice', '엔드포인트슬라이스'),
  englishInProse('Gateway API', '게이트웨이 API'),
  // Product names (Docker Desktop, Docker Engine, Docker Hub, Docker Compose) stay English.
  englishInProse('Docker', '도커', '(?!\\s*(?:Desktop|Engine|Hub|Compose))'),
];

export interface TermMatch {
  index: number;
  text: string;
  rule: TermRule;
}

/** Variants found in a piece of prose, left to right, without overlaps. */
export function findTermVariants(text: string): TermMatch[] {
  const matches: TermMatch[] = [];
  for (const rule of TERM_RULES) {
    for (const match of text.matchAll(rule.variants)) {
      matches.push({index: match.index, text: match[0], rule});
    }
  }
  matches.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const kept: TermMatch[] = [];
  for (const match of matches) {
    const previous = kept.at(-1);
    if (previous && match.index < previous.index + previous.text.length) continue;
    kept.push(match);
  }
  return kept;
}
