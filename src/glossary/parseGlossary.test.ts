import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {parseGlossary, parseHeading, plainText, synonymGroups} from './parseGlossary';

const fixture = readFileSync(fileURLToPath(new URL('./__fixtures__/glossary.md', import.meta.url)), 'utf8');
const {entries, problems} = parseGlossary(fixture);
const byId = (id: string) => entries.find((entry) => entry.id === id);

describe('parseGlossary', () => {
  it('reads every ### entry with its group, id, names and definition', () => {
    expect(entries.map((entry) => entry.term)).toEqual([
      '파드',
      '디플로이먼트',
      '레플리카셋',
      '잡 / 크론잡',
      '초기화 컨테이너',
      '컨피그맵',
      '퍼시스턴트볼륨클레임',
      '레이블 / 셀렉터',
      '롤링 업데이트',
      'Horizontal Pod Autoscaler',
      'kubelet',
      '서비스',
      '테인트',
      '톨러레이션',
    ]);
    expect(byId('pod')).toMatchObject({
      term: '파드',
      aliases: ['Pod'],
      group: '워크로드',
      definition: '파드는 함께 배치되는 컨테이너 묶음이며 쿠버네티스가 배포하는 가장 작은 단위입니다.',
      line: 11,
    });
    expect(byId('configmap')?.group).toBe('설정과 저장소');
    expect(byId('hpa')).toMatchObject({term: 'Horizontal Pod Autoscaler', aliases: ['HPA'], group: '네트워크와 운영'});
    expect(byId('kubelet')).toMatchObject({term: 'kubelet', aliases: []});
  });

  it('accepts a heading without a space before the parentheses', () => {
    expect(byId('replicaset')).toMatchObject({term: '레플리카셋', aliases: ['ReplicaSet']});
  });

  it('joins a definition that wraps over lines and gives it as plain text too', () => {
    expect(byId('replicaset')?.definition).toBe('레플리카셋은 지정한 수만큼 같은 파드가\n항상 떠 있도록 지키는 오브젝트입니다.');
    expect(byId('replicaset')?.text).toBe('레플리카셋은 지정한 수만큼 같은 파드가 항상 떠 있도록 지키는 오브젝트입니다.');
    expect(byId('deployment')?.text).toBe('디플로이먼트는 레플리카셋을 관리하며 롤링 업데이트와 롤백을 맡는 오브젝트입니다.');
    expect(byId('configmap')?.text).toBe('컨피그맵은 설정 값을 key: value 형태로 담아 파드에 넘겨 주는 오브젝트입니다.');
    expect(byId('pvc')?.text).toBe('퍼시스턴트볼륨클레임은 파드가 저장 공간을 요청하는 방법입니다.');
  });

  it('ignores headings inside code blocks and skips the frontmatter', () => {
    expect(entries.some((entry) => entry.term.includes('코드 블록'))).toBe(false);
    expect(entries.some((entry) => entry.term === '용어집')).toBe(false);
  });

  it('reports a missing id, a missing definition and a repeated id with their lines', () => {
    expect(problems).toEqual([
      {line: 65, message: '"서비스" 제목에 {#id} 가 없습니다 (예: ### 파드 (Pod) {#pod}).'},
      {line: 69, message: '"테인트" 항목에 정의 문장이 없습니다.'},
      {line: 71, message: '{#pod} 가 11번째 줄에서 이미 쓰였습니다.'},
    ]);
  });

  it('parses headings of every written form', () => {
    expect(parseHeading('파드 (Pod) {#pod}')).toEqual({term: '파드', aliases: ['Pod'], id: 'pod'});
    expect(parseHeading('파드（Pod）')).toEqual({term: '파드', aliases: ['Pod'], id: null});
    expect(parseHeading('퍼시스턴트볼륨 (PersistentVolume, PV) {#pv}')).toEqual({
      term: '퍼시스턴트볼륨',
      aliases: ['PersistentVolume', 'PV'],
      id: 'pv',
    });
    expect(parseHeading('**컨트롤 플레인** (Control Plane) {#control-plane}')).toEqual({
      term: '컨트롤 플레인',
      aliases: ['Control Plane'],
      id: 'control-plane',
    });
    expect(parseHeading('kube-proxy {#kube-proxy}')).toEqual({term: 'kube-proxy', aliases: [], id: 'kube-proxy'});
  });

  it('reduces inline Markdown to text', () => {
    expect(plainText('[파드](./pod.md)는 `kubectl get pods`로 **봅니다**.')).toBe('파드는 kubectl get pods로 봅니다.');
  });
});

describe('synonymGroups', () => {
  const groups = synonymGroups(entries);

  it('pairs each term with its English names', () => {
    expect(groups).toContainEqual(['파드', 'Pod']);
    expect(groups).toContainEqual(['퍼시스턴트볼륨클레임', 'PersistentVolumeClaim', 'PVC']);
    expect(groups).toContainEqual(['Horizontal Pod Autoscaler', 'HPA']);
    expect(groups).toContainEqual(['롤링 업데이트', 'rolling update']);
  });

  it('pairs "잡 / 크론잡 (Job / CronJob)" name by name', () => {
    expect(groups).toContainEqual(['잡', 'Job']);
    expect(groups).toContainEqual(['크론잡', 'CronJob']);
    expect(groups).toContainEqual(['레이블', 'label']);
    expect(groups).toContainEqual(['셀렉터', 'selector']);
  });

  it('leaves out terms that have no other name', () => {
    expect(groups.some((group) => group.includes('kubelet'))).toBe(false);
  });
});
