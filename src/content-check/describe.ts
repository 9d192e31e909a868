/** Korean words for JSON types and values, shared by the frontmatter and manifest messages. */

export const TYPE_NAMES: Record<string, string> = {
  string: '문자열',
  integer: '정수',
  number: '숫자',
  boolean: '참/거짓 값(true/false)',
  object: '객체(키: 값 묶음)',
  array: '목록',
  null: '빈 값(null)',
};

export function typeNames(types: string[]): string {
  return types.map((type) => TYPE_NAMES[type] ?? type).join(' 또는 ');
}

/** True when the last Hangul syllable of `word` ends in a consonant (받침), which picks 이/가, 은/는, 이어야/여야. */
function hasFinalConsonant(word: string): boolean {
  const syllables = word.replace(/\([^)]*\)$/, '').match(/[가-힣]/g);
  const last = syllables?.at(-1);
  return last ? (last.charCodeAt(0) - 0xac00) % 28 !== 0 : false;
}

/** `정수여야`, `문자열이어야`: "must be …" for a list of JSON types. */
export function mustBe(types: string[]): string {
  const names = typeNames(types);
  return `${names}${hasFinalConsonant(names) ? '이어야' : '여야'}`;
}

export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return '빈 값';
  if (Array.isArray(value)) return '목록';
  switch (typeof value) {
    case 'string':
      return `문자열 ${JSON.stringify(value)}`;
    case 'number':
      return `숫자 ${value}`;
    case 'boolean':
      return `참/거짓 값 ${value}`;
    default:
      return '객체(키: 값 묶음)';
  }
}

/** How to turn `actual` into one of the `expected` types, as a sentence with a leading space. */
export function typeHint(expected: string[], actual: unknown): string {
  if (expected.includes('string') && (typeof actual === 'number' || typeof actual === 'boolean')) {
    return ' 따옴표로 감싸 문자열로 쓰세요 (예: "1.0", "true", "80").';
  }
  if ((expected.includes('integer') || expected.includes('number')) && typeof actual === 'string' && /^-?\d+(\.\d+)?$/.test(actual)) {
    return ' 숫자를 감싼 따옴표를 빼세요.';
  }
  if ((expected.includes('integer') || expected.includes('number')) && typeof actual === 'string') {
    return ' 따옴표 없이 숫자로 쓰세요 (예: 3).';
  }
  if (expected.includes('boolean') && typeof actual === 'string') return ' 따옴표 없이 true 나 false 로 쓰세요.';
  if (expected.includes('array') && !Array.isArray(actual)) return ' 항목마다 앞에 "- " 를 붙이거나 [가, 나] 처럼 대괄호로 묶어 목록으로 쓰세요.';
  if (expected.includes('object') && Array.isArray(actual)) return ' 목록이 아니라 키: 값 묶음이어야 합니다. 앞의 "- " 를 빼 보세요.';
  if (expected.includes('object')) return ' 들여쓰기와 값의 위치를 확인하세요.';
  return '';
}
