import {fileURLToPath} from 'node:url';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {readLexicon} from './index';
import {makeLexicon, synonymsOf} from '../../search/normalizeQuery';

const fixtureSite = fileURLToPath(new URL('./__fixtures__/site/', import.meta.url));
const repository = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

// Every pair of the course's terminology table (/work/shared/terminology.md).
const TERMINOLOGY: [string, string][] = [
  ['Pod', '파드'],
  ['Service', '서비스'],
  ['Deployment', '디플로이먼트'],
  ['ReplicaSet', '레플리카셋'],
  ['StatefulSet', '스테이트풀셋'],
  ['DaemonSet', '데몬셋'],
  ['Job', '잡'],
  ['CronJob', '크론잡'],
  ['ConfigMap', '컨피그맵'],
  ['Secret', '시크릿'],
  ['Namespace', '네임스페이스'],
  ['Node', '노드'],
  ['Control Plane', '컨트롤 플레인'],
  ['Ingress', '인그레스'],
  ['PersistentVolume', '퍼시스턴트볼륨'],
  ['PersistentVolumeClaim', '퍼시스턴트볼륨클레임'],
  ['StorageClass', '스토리지클래스'],
  ['ServiceAccount', '서비스어카운트'],
  ['label', '레이블'],
  ['selector', '셀렉터'],
  ['annotation', '어노테이션'],
  ['rolling update', '롤링 업데이트'],
  ['liveness probe', '활성 프로브'],
  ['readiness probe', '준비성 프로브'],
  ['Init Container', '초기화 컨테이너'],
  ['taint', '테인트'],
  ['toleration', '톨러레이션'],
  ['deprecated', '사용 중단'],
];

describe('readLexicon', () => {
  it('takes synonyms from the glossary and stems from the articles', () => {
    const lexicon = readLexicon(fixtureSite);
    expect(lexicon.synonyms).toEqual([
      ['파드', 'Pod'],
      ['디플로이먼트', 'Deployment'],
    ]);
    expect(lexicon.stems).toContain('파드');
    expect(lexicon.stems).toContain('노드');
  });

  it('stops the build with a clear message when the glossary is missing', () => {
    expect(() => readLexicon(path.join(fixtureSite, 'docs'))).toThrow(/docs\/glossary\.md 가 없습니다/);
  });
});

describe('docs/glossary.md', () => {
  const lexicon = makeLexicon(readLexicon(repository));

  it.each(TERMINOLOGY)('makes search find %s and %s for each other', (english, korean) => {
    const lower = (names: string[]) => names.map((name) => name.toLowerCase());
    expect(lower(synonymsOf(english, lexicon))).toContain(korean.toLowerCase());
    expect(lower(synonymsOf(korean, lexicon))).toContain(english.toLowerCase());
  });
});
