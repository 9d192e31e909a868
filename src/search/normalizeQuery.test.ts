import {describe, expect, it} from 'vitest';
import {cleanWord, expandQuery, makeLexicon, normalizeWord, synonymsOf, suggestTerms} from './normalizeQuery';
import {learnStems} from './vocabulary';
import {fits, splits} from './koreanEndings';

// The pairs of /work/shared/terminology.md, as the glossary gives them.
const SYNONYMS = [
  ['파드', 'Pod'],
  ['서비스', 'Service'],
  ['디플로이먼트', 'Deployment'],
  ['레플리카셋', 'ReplicaSet'],
  ['스테이트풀셋', 'StatefulSet'],
  ['데몬셋', 'DaemonSet'],
  ['잡', 'Job'],
  ['크론잡', 'CronJob'],
  ['컨피그맵', 'ConfigMap'],
  ['시크릿', 'Secret'],
  ['네임스페이스', 'Namespace'],
  ['노드', 'Node'],
  ['컨트롤 플레인', 'Control Plane'],
  ['인그레스', 'Ingress'],
  ['퍼시스턴트볼륨', 'PersistentVolume', 'PV'],
  ['퍼시스턴트볼륨클레임', 'PersistentVolumeClaim', 'PVC'],
  ['스토리지클래스', 'StorageClass'],
  ['서비스어카운트', 'ServiceAccount'],
  ['레이블', 'label'],
  ['셀렉터', 'selector'],
  ['어노테이션', 'annotation'],
  ['롤링 업데이트', 'rolling update'],
  ['활성 프로브', 'liveness probe'],
  ['준비성 프로브', 'readiness probe'],
  ['초기화 컨테이너', 'Init Container'],
  ['테인트', 'taint'],
  ['톨러레이션', 'toleration'],
  ['사용 중단', 'deprecated'],
];

// Stands in for the course articles the build learns stems from.
const CORPUS = `
쿠버네티스는 컨테이너를 관리합니다. 쿠버네티스를 쓰면 쿠버네티스에서 파드를 띄웁니다.
노드는 파드가 도는 서버입니다. 노드의 상태와 노드에 붙은 레이블을 봅니다.
프로브는 컨테이너를 검사합니다. 프로브가 실패하면 다시 시작합니다. 컨테이너의 로그를 봅니다.
레플리카 수를 정합니다. 레플리카가 모자라면 새로 만듭니다.
볼륨을 붙입니다. 볼륨은 파드와 수명이 같습니다. 업데이트를 합니다. 업데이트가 끝났습니다.
배포는 자동입니다. 배포를 되돌립니다. 결과를 봅니다. 결과는 같습니다. 정의를 읽습니다. 정의는 짧습니다.
설정을 바꿉니다. 설정은 파일에 둡니다. 이미지를 받습니다. 이미지가 없으면 실패합니다.
삭제하면 사라집니다. 삭제합니다. 로그를 봅니다. 로그는 남습니다. 클러스터를 만듭니다. 클러스터의 노드.
`;

const lexicon = makeLexicon({stems: learnStems([CORPUS]), synonyms: SYNONYMS, phrases: [], terms: []});
const stemOf = (word: string) => normalizeWord(word, lexicon).stem;
const queriesOf = (query: string) => expandQuery(query, lexicon).variants.map((variant) => variant.query);

describe('normalizeWord', () => {
  // [query word, what it is searched as besides itself (null: only as typed)]
  const CASES: [string, string | null][] = [
    // particles after terms and course words
    ['쿠버네티스를', '쿠버네티스'],
    ['쿠버네티스에서', '쿠버네티스'],
    ['쿠버네티스는', '쿠버네티스'],
    ['파드는', '파드'],
    ['파드를', '파드'],
    ['파드가', '파드'],
    ['파드의', '파드'],
    ['파드와', '파드'],
    ['파드로', '파드'],
    ['파드까지', '파드'],
    ['파드처럼', '파드'],
    ['파드들을', '파드'],
    ['서비스에서', '서비스'],
    ['서비스에서는', '서비스'],
    ['서비스로', '서비스'],
    ['서비스랑', '서비스'],
    ['서비스보다', '서비스'],
    ['디플로이먼트를', '디플로이먼트'],
    ['디플로이먼트에게', '디플로이먼트'],
    ['디플로이먼트란', '디플로이먼트'],
    ['노드의', '노드'],
    ['노드에', '노드'],
    ['노드한테', '노드'],
    ['볼륨을', '볼륨'],
    ['볼륨으로', '볼륨'],
    ['볼륨이나', '볼륨'],
    ['컨피그맵과', '컨피그맵'],
    ['컨피그맵이랑', '컨피그맵'],
    ['레이블로', '레이블'],
    ['레이블부터', '레이블'],
    ['시크릿만', '시크릿'],
    ['시크릿도', '시크릿'],
    ['데몬셋이', '데몬셋'],
    ['인그레스가', '인그레스'],
    ['스토리지클래스를', '스토리지클래스'],
    ['프로브가', '프로브'],
    ['레플리카가', '레플리카'],
    ['잡을', '잡'],
    ['삭제하기', '삭제'],
    ['삭제하는', '삭제'],
    ['클러스터에서부터', '클러스터'],
    // English names with a particle
    ['Pod를', 'Pod'],
    ['Deployment의', 'Deployment'],
    ['kubectl로', 'kubectl'],
    ['YAML을', 'YAML'],
    ['Pod들은', 'Pod'],
    // words that end in a particle-like syllable stay whole
    ['노드', null],
    ['프로브', null],
    ['레플리카', null],
    ['서비스', null],
    ['데몬셋', null],
    ['인그레스', null],
    ['볼륨', null],
    ['컨테이너', null],
    ['스토리지클래스', null],
    ['시크릿', null],
    ['잡', null],
    ['결과', null], // 결 + 과? no: 결 is not a word here
    ['정의', null], // 정 + 의? no
    ['경로', null], // 로 cannot follow 경 (it would be 경으로)
    ['차이', null], // 이 cannot follow 차 (it would be 차가)
    ['게이트웨이', null],
    ['하나', null], // a one-syllable stem is never trusted
    ['CrashLoopBackOff', null],
    ['kubectl', null],
  ];

  it.each(CASES)('%s → %s', (word, stem) => {
    expect(stemOf(word)).toBe(stem);
  });

  it('has a table of at least 30 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it('keeps stems it cannot vouch for as guesses, for when nothing else matches', () => {
    expect(normalizeWord('헬름차트를', lexicon)).toEqual({word: '헬름차트를', stem: null, guesses: ['헬름차트']});
    expect(normalizeWord('결과', lexicon).guesses).toEqual([]);
  });

  it('drops quotes and punctuation around a word', () => {
    expect(cleanWord('`kubectl`')).toBe('kubectl');
    expect(cleanWord('"파드"를')).toBe('파드"를');
    expect(cleanWord('파드?')).toBe('파드');
    expect(stemOf('「파드를」')).toBe('파드');
  });
});

describe('synonymsOf', () => {
  it.each(SYNONYMS)('links %s and %s', (korean, english) => {
    expect(synonymsOf(korean!, lexicon)).toContain(english);
    expect(synonymsOf(english!, lexicon)).toContain(korean);
  });

  it('ignores case, spacing and English plurals', () => {
    expect(synonymsOf('pod', lexicon)).toEqual(['파드']);
    expect(synonymsOf('pods', lexicon)).toEqual(['파드', 'Pod']);
    expect(synonymsOf('CONFIGMAPS', lexicon)).toEqual(['컨피그맵', 'ConfigMap']);
    expect(synonymsOf('롤링업데이트', lexicon)).toContain('rolling update');
    expect(synonymsOf('Rolling  Update', lexicon)).toContain('롤링 업데이트');
    expect(synonymsOf('kubectl', lexicon)).toEqual([]);
  });
});

describe('expandQuery', () => {
  it('runs the query as typed, without its particles, and with its synonyms', () => {
    expect(queriesOf('쿠버네티스를')).toEqual(['쿠버네티스를', '쿠버네티스']);
    expect(queriesOf('파드는')).toEqual(['파드는', '파드', 'Pod']);
    expect(queriesOf('서비스에서')).toEqual(['서비스에서', '서비스', 'Service']);
    expect(queriesOf('Pod')).toEqual(['Pod', '파드']);
    expect(queriesOf('컨피그맵')).toEqual(['컨피그맵', 'ConfigMap']);
    expect(queriesOf('Deployment')).toEqual(['Deployment', '디플로이먼트']);
  });

  it('treats a glossary phrase as one unit', () => {
    expect(queriesOf('롤링 업데이트')).toEqual(['롤링 업데이트', 'rolling update']);
    expect(queriesOf('롤링 업데이트를')).toEqual(['롤링 업데이트를', '롤링 업데이트', 'rolling update']);
    expect(queriesOf('control plane')).toEqual(['control plane', '컨트롤 플레인']);
  });

  it('expands each word of a longer query', () => {
    expect(queriesOf('파드 삭제')).toEqual(['파드 삭제', 'Pod 삭제', '파드 지우기', '파드 delete', 'Pod 지우기']);
    expect(queriesOf('파드를 삭제하기').slice(0, 3)).toEqual(['파드를 삭제하기', '파드 삭제', 'Pod 삭제']);
    expect(queriesOf('파드와 서비스')).toEqual(['파드와 서비스', '파드 서비스', 'Pod 서비스', '파드 Service', 'Pod Service']);
  });

  it('lists the terms and synonyms a page title may match', () => {
    expect(expandQuery('파드 삭제', lexicon).terms).toEqual(['파드', 'Pod', '삭제', '지우기', 'delete']);
    expect(expandQuery('쿠버네티스를', lexicon).terms).toEqual(['쿠버네티스']);
  });

  it('leaves commands and error names alone', () => {
    expect(queriesOf('kubectl logs')).toEqual(['kubectl logs']);
    expect(queriesOf('CrashLoopBackOff')).toEqual(['CrashLoopBackOff']);
    expect(queriesOf('  ')).toEqual([]);
  });

  it('weighs the query as typed highest and keeps unsure stems for later', () => {
    const {variants, fallbacks} = expandQuery('헬름차트를 파드에', lexicon);
    expect(variants.map(({query, weight}) => [query, weight])).toEqual([
      ['헬름차트를 파드에', 1],
      ['헬름차트를 파드', 1],
      ['헬름차트를 Pod', 0.9],
    ]);
    expect(fallbacks.map(({query}) => query)).toEqual(['헬름차트 파드']);
  });
});

describe('koreanEndings', () => {
  it('knows which particle follows which final sound', () => {
    expect(fits('consonant', '륨')).toBe(true);
    expect(fits('consonant', '스')).toBe(false);
    expect(fits('vowel', '스')).toBe(true);
    expect(fits('ro', '블')).toBe(true); // 레이블로
    expect(fits('ro', '맵')).toBe(false); // 컨피그맵으로
    expect(fits('consonant', 'd')).toBe(true); // Pod을 / Pod를 both occur
  });

  it('reads a word every grammatical way, longest ending first', () => {
    expect(splits('서비스에서는').map((split) => split.stem)).toEqual(['서비스', '서비스에서']);
    expect(splits('경로')).toEqual([]);
  });
});

describe('learnStems', () => {
  it('learns stems used in two forms, and not single syllables', () => {
    const stems = learnStems(['파드를 봅니다. 파드는 작습니다. 결과를 봅니다. 정의를 봅니다. 하나를 하는 일.']);
    expect(stems).toContain('파드');
    expect(stems).not.toContain('결');
    expect(stems).not.toContain('정');
    expect(stems).not.toContain('하');
  });
});

describe('questions in plain Korean', () => {
  const questions = makeLexicon({
    stems: learnStems([CORPUS]),
    synonyms: [...SYNONYMS, ['롤백', 'Rollback', '되돌리기'], ['ImagePullBackOff', 'ErrImagePull']],
    phrases: [
      ['이미지 못 받아요', 'ImagePullBackOff'],
      ['되돌리기', '롤백'],
    ],
    terms: [
      {id: 'rollback', term: '롤백', names: ['롤백', 'Rollback']},
      {id: 'kubelet', term: 'kubelet', names: ['kubelet']},
    ],
  });
  const normalizedOf = (query: string) => expandQuery(query, questions).variants.find((variant) => variant.reason === 'normalized')?.query;

  it('drops question words and endings, keeps the topic', () => {
    expect(normalizedOf('롤백하는 방법')).toBe('롤백');
    expect(normalizedOf('파드를 어떻게 지우나요')).toBe('파드');
  });

  it('maps everyday phrases to the course term, with its synonyms', () => {
    const {variants, terms} = expandQuery('이미지를 못 받아요', questions);
    expect(variants.map((variant) => variant.query)).toEqual(expect.arrayContaining(['ImagePullBackOff', 'ErrImagePull']));
    expect(terms).toContain('ImagePullBackOff');
    expect(normalizedOf('배포를 되돌리고 싶어요')).toBe('배포 롤백');
  });

  it('offers each part alone for when the whole question finds too little', () => {
    expect(expandQuery('파드 롤백하는 방법', questions).partials.map((variant) => variant.query)).toEqual(['파드', 'Pod', '롤백', 'Rollback']);
    expect(expandQuery('롤백', questions).partials).toEqual([]);
  });

  it('suggests glossary terms close to a query that found nothing', () => {
    expect(suggestTerms('kubelett', questions).map((term) => term.id)).toEqual(['kubelet']);
    expect(suggestTerms('롤백이 궁금해요', questions).map((term) => term.id)).toEqual(['rollback']);
    expect(suggestTerms('뷁뷁', questions)).toEqual([]);
  });
});
