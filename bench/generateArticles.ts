/**
 * Writes N realistic Korean articles in our authors' format (see
 * /work/notes/content-spec.md): frontmatter, 학습 목표/사전 지식/실습/정리,
 * `:::note 제목` admonitions (also `:::error` and title-only ones), valid
 * manifests, bash blocks followed by their output, an image with a source
 * caption, `<mark>` and relative `.md` links between the generated articles,
 * in chapter folders with `_category_.json`. Deterministic: article k has the
 * same text whatever N is (only its last "다음 글" link differs).
 */
import {copyFileSync, mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';

export const ARTICLES_PER_CHAPTER = 20;
/** Where the image is copied, under the site's static/ folder, and how articles reference it. */
export const IMAGE_URL = '/img/bench/layers.png';

interface Topic {
  slug: string;
  ko: string;
  en: string;
  file: string;
  manifest: (name: string) => string;
  /** Output of `kubectl apply` and of the `get` command shown after it. */
  created: (name: string) => string;
  get: (name: string) => {command: string; output: string};
}

const podSpec = (name: string, image: string, indent: string) =>
  [
    `containers:`,
    `  - name: ${name}`,
    `    image: ${image}`,
    `    resources:`,
    `      requests:`,
    `        cpu: "100m"`,
    `        memory: "128Mi"`,
    `      limits:`,
    `        memory: "256Mi"`,
  ]
    .map((line) => indent + line)
    .join('\n');

const TOPICS: Topic[] = [
  {
    slug: 'pod',
    ko: '파드',
    en: 'Pod',
    file: 'pod.yaml',
    manifest: (n) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${n}\n  labels:\n    app: ${n}\nspec:\n${podSpec('nginx', 'nginx:1.27', '  ')}\n      ports:\n        - containerPort: 80`,
    created: (n) => `pod/${n} created`,
    get: (n) => ({
      command: `kubectl get pod ${n} -o wide`,
      output: `NAME${' '.repeat(Math.max(1, n.length - 1))}READY   STATUS    RESTARTS   AGE   IP            NODE\n${n}   1/1     Running   0          12s   10.244.0.17   kind-control-plane`,
    }),
  },
  {
    slug: 'deployment',
    ko: '디플로이먼트',
    en: 'Deployment',
    file: 'deployment.yaml',
    manifest: (n) =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${n}\nspec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: ${n}\n  template:\n    metadata:\n      labels:\n        app: ${n}\n    spec:\n${podSpec('web', 'nginx:1.27', '      ')}\n          ports:\n            - containerPort: 80`,
    created: (n) => `deployment.apps/${n} created`,
    get: (n) => ({
      command: `kubectl get deployment ${n}`,
      output: `NAME${' '.repeat(Math.max(1, n.length - 1))}READY   UP-TO-DATE   AVAILABLE   AGE\n${n}   3/3     3            3           25s`,
    }),
  },
  {
    slug: 'service',
    ko: '서비스',
    en: 'Service',
    file: 'service.yaml',
    manifest: (n) =>
      `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${n}\nspec:\n  type: ClusterIP\n  selector:\n    app: ${n}\n  ports:\n    - name: http\n      port: 80\n      targetPort: 8080\n      protocol: TCP`,
    created: (n) => `service/${n} created`,
    get: (n) => ({
      command: `kubectl get service ${n}`,
      output: `NAME${' '.repeat(Math.max(1, n.length - 1))}TYPE        CLUSTER-IP     EXTERNAL-IP   PORT(S)   AGE\n${n}   ClusterIP   10.96.142.31   <none>        80/TCP    8s`,
    }),
  },
  {
    slug: 'configmap',
    ko: '컨피그맵',
    en: 'ConfigMap',
    file: 'configmap.yaml',
    manifest: (n) =>
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${n}\ndata:\n  LOG_LEVEL: "info"\n  FEATURE_SEARCH: "true"\n  app.properties: |\n    server.port=8080\n    cache.size=256`,
    created: (n) => `configmap/${n} created`,
    get: (n) => ({
      command: `kubectl get configmap ${n}`,
      output: `NAME${' '.repeat(Math.max(1, n.length - 1))}DATA   AGE\n${n}   3      5s`,
    }),
  },
  {
    slug: 'secret',
    ko: '시크릿',
    en: 'Secret',
    file: 'secret.yaml',
    manifest: (n) =>
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${n}\ntype: Opaque\nstringData:\n  username: "app"\n  password: "s3cr3t-passw0rd"`,
    created: (n) => `secret/${n} created`,
    get: (n) => ({
      command: `kubectl get secret ${n}`,
      output: `NAME${' '.repeat(Math.max(1, n.length - 1))}TYPE     DATA   AGE\n${n}   Opaque   2      4s`,
    }),
  },
  {
    slug: 'job',
    ko: '잡',
    en: 'Job',
    file: 'job.yaml',
    manifest: (n) =>
      `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: ${n}\nspec:\n  backoffLimit: 4\n  template:\n    spec:\n      restartPolicy: Never\n${podSpec('worker', 'busybox:1.36', '      ')}\n          command: ["sh", "-c", "echo 작업을 마쳤습니다 && sleep 5"]`,
    created: (n) => `job.batch/${n} created`,
    get: (n) => ({
      command: `kubectl get job ${n}`,
      output: `NAME${' '.repeat(Math.max(1, n.length - 1))}STATUS     COMPLETIONS   DURATION   AGE\n${n}   Complete   1/1           9s         20s`,
    }),
  },
  {
    slug: 'cronjob',
    ko: '크론잡',
    en: 'CronJob',
    file: 'cronjob.yaml',
    manifest: (n) =>
      `apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: ${n}\nspec:\n  schedule: "*/5 * * * *"\n  concurrencyPolicy: Forbid\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n${podSpec('report', 'busybox:1.36', '          ')}\n              command: ["sh", "-c", "date"]`,
    created: (n) => `cronjob.batch/${n} created`,
    get: (n) => ({
      command: `kubectl get cronjob ${n}`,
      output: `NAME${' '.repeat(Math.max(1, n.length - 1))}SCHEDULE      TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE\n${n}   */5 * * * *   <none>     False     0        <none>          6s`,
    }),
  },
  {
    slug: 'daemonset',
    ko: '데몬셋',
    en: 'DaemonSet',
    file: 'daemonset.yaml',
    manifest: (n) =>
      `apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: ${n}\nspec:\n  selector:\n    matchLabels:\n      app: ${n}\n  template:\n    metadata:\n      labels:\n        app: ${n}\n    spec:\n${podSpec('agent', 'busybox:1.36', '      ')}\n          command: ["sh", "-c", "tail -f /dev/null"]`,
    created: (n) => `daemonset.apps/${n} created`,
    get: (n) => ({
      command: `kubectl get daemonset ${n}`,
      output: `NAME${' '.repeat(Math.max(1, n.length - 1))}DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR   AGE\n${n}   1         1         1       1            1           <none>          15s`,
    }),
  },
  {
    slug: 'statefulset',
    ko: '스테이트풀셋',
    en: 'StatefulSet',
    file: 'statefulset.yaml',
    manifest: (n) =>
      `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: ${n}\nspec:\n  serviceName: ${n}\n  replicas: 2\n  selector:\n    matchLabels:\n      app: ${n}\n  template:\n    metadata:\n      labels:\n        app: ${n}\n    spec:\n${podSpec('redis', 'redis:7.4', '      ')}\n          volumeMounts:\n            - name: data\n              mountPath: /data\n  volumeClaimTemplates:\n    - metadata:\n        name: data\n      spec:\n        accessModes: ["ReadWriteOnce"]\n        resources:\n          requests:\n            storage: "1Gi"`,
    created: (n) => `statefulset.apps/${n} created`,
    get: (n) => ({
      command: `kubectl get statefulset ${n}`,
      output: `NAME${' '.repeat(Math.max(1, n.length - 1))}READY   AGE\n${n}   2/2     41s`,
    }),
  },
  {
    slug: 'ingress',
    ko: '인그레스',
    en: 'Ingress',
    file: 'ingress.yaml',
    manifest: (n) =>
      `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: ${n}\nspec:\n  ingressClassName: nginx\n  rules:\n    - host: ${n}.example.com\n      http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n              service:\n                name: ${n}\n                port:\n                  number: 80`,
    created: (n) => `ingress.networking.k8s.io/${n} created`,
    get: (n) => ({
      command: `kubectl get ingress ${n}`,
      output: `NAME${' '.repeat(Math.max(1, n.length - 1))}CLASS   HOSTS${' '.repeat(n.length + 8)}ADDRESS     PORTS   AGE\n${n}   nginx   ${n}.example.com   localhost   80      30s`,
    }),
  },
  {
    slug: 'pvc',
    ko: '퍼시스턴트볼륨클레임',
    en: 'PersistentVolumeClaim',
    file: 'pvc.yaml',
    manifest: (n) =>
      `apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: ${n}\nspec:\n  accessModes:\n    - ReadWriteOnce\n  storageClassName: standard\n  resources:\n    requests:\n      storage: "2Gi"`,
    created: (n) => `persistentvolumeclaim/${n} created`,
    get: (n) => ({
      command: `kubectl get pvc ${n}`,
      output: `NAME${' '.repeat(Math.max(1, n.length - 1))}STATUS   VOLUME                                     CAPACITY   ACCESS MODES   STORAGECLASS   AGE\n${n}   Bound    pvc-6f1f1f5e-2b43-4f7b-9a8e-0c3d2f1e7a11   2Gi        RWO            standard       10s`,
    }),
  },
  {
    slug: 'namespace',
    ko: '네임스페이스',
    en: 'Namespace',
    file: 'namespace.yaml',
    manifest: (n) =>
      `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${n}\n---\napiVersion: v1\nkind: ResourceQuota\nmetadata:\n  name: ${n}-quota\n  namespace: ${n}\nspec:\n  hard:\n    pods: "10"\n    requests.cpu: "2"\n    requests.memory: "4Gi"`,
    created: (n) => `namespace/${n} created\nresourcequota/${n}-quota created`,
    get: (n) => ({
      command: `kubectl get resourcequota -n ${n}`,
      output: `NAME${' '.repeat(Math.max(1, n.length + 5))}AGE   REQUEST                                               LIMIT\n${n}-quota   7s    pods: 0/10, requests.cpu: 0/2, requests.memory: 0/4Gi`,
    }),
  },
  {
    slug: 'rbac',
    ko: '롤',
    en: 'Role',
    file: 'role.yaml',
    manifest: (n) =>
      `apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: ${n}\n  namespace: default\nrules:\n  - apiGroups: [""]\n    resources: ["pods", "pods/log"]\n    verbs: ["get", "list", "watch"]\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: ${n}\n  namespace: default\nsubjects:\n  - kind: ServiceAccount\n    name: ${n}\n    namespace: default\nroleRef:\n  kind: Role\n  name: ${n}\n  apiGroup: rbac.authorization.k8s.io`,
    created: (n) => `role.rbac.authorization.k8s.io/${n} created\nrolebinding.rbac.authorization.k8s.io/${n} created`,
    get: (n) => ({
      command: `kubectl auth can-i list pods --as=system:serviceaccount:default:${n}`,
      output: 'yes',
    }),
  },
  {
    slug: 'networkpolicy',
    ko: '네트워크폴리시',
    en: 'NetworkPolicy',
    file: 'networkpolicy.yaml',
    manifest: (n) =>
      `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: ${n}\nspec:\n  podSelector:\n    matchLabels:\n      app: ${n}\n  policyTypes:\n    - Ingress\n  ingress:\n    - from:\n        - podSelector:\n            matchLabels:\n              role: frontend\n      ports:\n        - protocol: TCP\n          port: 8080`,
    created: (n) => `networkpolicy.networking.k8s.io/${n} created`,
    get: (n) => ({
      command: `kubectl get networkpolicy ${n}`,
      output: `NAME${' '.repeat(Math.max(1, n.length - 1))}POD-SELECTOR${' '.repeat(n.length)}AGE\n${n}   app=${n}   3s`,
    }),
  },
];

const CHAPTERS = [
  ['시작하기', 'getting-started'],
  ['설치와 도구', 'setup'],
  ['구조', 'architecture'],
  ['워크로드', 'workloads'],
  ['네트워크', 'networking'],
  ['설정과 저장소', 'config-storage'],
  ['운영', 'operations'],
  ['생태계', 'ecosystem'],
] as const;

const ASPECTS = [
  '처음 만들어 보기',
  '이름과 레이블 붙이기',
  '상태 읽는 법',
  '설정 바꾸고 다시 적용하기',
  '장애 상황 재현하기',
  '운영 환경에서 주의할 점',
  '자주 하는 실수와 해결',
  '다른 리소스와 함께 쓰기',
];

// Sentences about the topic T: {T:은는} is T and its particle (은 after a final consonant, 는 otherwise).
const SENTENCES = [
  '{T:은는} 쿠버네티스가 클러스터의 상태를 선언형으로 관리하게 해 주는 리소스이며, API에서는 {E}라는 이름으로 부릅니다.',
  '매니페스트에 원하는 상태를 적어 두면 컨트롤러가 현재 상태와 비교해 차이를 조금씩 메웁니다.',
  '이 과정을 조정 루프라고 부르며, 한 번 실행하고 끝나는 스크립트와 달리 쉬지 않고 반복됩니다.',
  '{T:을를} 직접 고치기보다 매니페스트를 바꾸고 다시 적용하는 습관을 들이면 변경 이력이 깔끔하게 남습니다.',
  '실무에서는 같은 매니페스트를 개발, 검증, 운영 클러스터에 그대로 적용해 환경 차이를 줄입니다.',
  '명령을 실행한 뒤에는 반드시 결과를 눈으로 확인하세요. 성공 메시지가 곧 정상 동작을 뜻하지는 않습니다.',
  '이벤트 목록에는 스케줄링, 이미지 내려받기, 컨테이너 시작처럼 방금 일어난 일이 시간순으로 쌓입니다.',
  '레이블은 키와 값으로 이루어진 짧은 꼬리표로, 셀렉터가 이 꼬리표를 기준으로 대상을 고릅니다.',
  '리소스 요청량은 스케줄러가 노드를 고를 때 쓰고, 제한량은 컨테이너가 넘지 못하는 상한선이 됩니다.',
  '메모리 제한을 넘긴 컨테이너는 커널에 의해 강제로 종료되며, 상태에 OOMKilled라는 이유가 남습니다.',
  '{T}의 필드 이름은 대소문자를 구분하므로 철자 하나만 틀려도 서버가 매니페스트를 거부합니다.',
  '엄격한 검증을 켜 두면 알 수 없는 필드를 조용히 무시하지 않고 곧바로 오류로 알려 줍니다.',
  '처음에는 출력이 길어 보이지만, 자주 보는 열 몇 개만 익혀 두면 상황을 금방 파악할 수 있습니다.',
  '네임스페이스를 나누면 팀이나 용도별로 이름 충돌 없이 같은 클러스터를 함께 쓸 수 있습니다.',
  '롤링 업데이트 중에는 새 버전과 이전 버전의 파드가 잠시 함께 실행되므로 두 버전이 서로 호환되어야 합니다.',
  '로그는 컨테이너의 표준 출력에서 읽어 오므로, 애플리케이션은 파일 대신 표준 출력에 기록하는 편이 좋습니다.',
  '노드가 하나뿐인 kind 클러스터에서는 모든 파드가 kind-control-plane 노드에 배치됩니다.',
  '같은 작업을 손으로 여러 번 반복하고 있다면 자동화할 때가 되었다는 신호입니다.',
  '설정 값은 이미지에 굽지 말고 컨피그맵이나 시크릿으로 분리해 두어야 이미지를 여러 환경에서 재사용할 수 있습니다.',
  '{T:이가} 만들어지는 순서를 이해하면 문제가 생겼을 때 어느 단계를 먼저 의심해야 할지 보입니다.',
  '상태 열이 Pending에 머물러 있다면 대개 자원이 부족하거나 조건에 맞는 노드가 없다는 뜻입니다.',
  'ImagePullBackOff는 이미지 이름이나 태그가 틀렸거나 레지스트리에 접근할 권한이 없을 때 나타납니다.',
  'CrashLoopBackOff는 컨테이너가 시작하자마자 종료되기를 되풀이할 때 보이는 상태로, 먼저 이전 로그를 확인합니다.',
  '{T:과와} 관련된 권한은 서비스어카운트에 최소한으로만 부여하는 것이 안전합니다.',
  '헷갈릴 때는 kubectl explain 명령으로 필드의 뜻과 타입을 바로 찾아볼 수 있습니다.',
  '프로브를 설정해 두면 준비되지 않은 파드로 요청이 가지 않고, 멈춘 컨테이너는 자동으로 재시작됩니다.',
  '운영 환경에서는 이미지 태그로 latest를 쓰지 말고 버전을 고정해야 언제 무엇이 배포되었는지 추적할 수 있습니다.',
  '변경 사항을 적용하기 전에 kubectl diff로 무엇이 바뀌는지 미리 살펴보는 습관을 들이세요.',
  '클러스터는 여러분이 적은 숫자와 문자열을 그대로 믿으므로, 단위를 빠뜨리지 않았는지 꼭 확인합니다.',
  '여기까지 따라왔다면 {T}의 기본 동작은 충분히 익힌 셈입니다. 이제 조금 더 현실적인 상황을 다뤄 보겠습니다.',
  '서비스는 레이블 셀렉터로 파드를 찾고, 파드가 바뀌어도 같은 이름과 가상 IP로 요청을 전달합니다.',
  '볼륨을 쓰지 않으면 컨테이너 안에 쓴 파일은 컨테이너가 다시 시작될 때 모두 사라집니다.',
  '오토스케일러는 지표를 주기적으로 읽어 파드 수를 늘리거나 줄이며, 지표 서버가 먼저 설치되어 있어야 합니다.',
  '디버깅할 때는 한 번에 한 가지만 바꾸고 결과를 확인해야 원인을 정확히 좁힐 수 있습니다.',
  '{T}의 동작은 버전마다 조금씩 달라질 수 있으므로, 클러스터 버전에 맞는 공식 문서를 함께 참고하세요.',
  '마감이 급할수록 절차를 건너뛰고 싶어지지만, 점검 목록을 따르는 편이 결국 더 빠릅니다.',
  '웹 서버 앞에 놓인 부하 분산기는 건강 검진에 실패한 엔드포인트를 목록에서 잠시 뺍니다.',
  '쿼터를 걸어 두면 실수로 수백 개의 파드를 띄우는 사고를 미리 막을 수 있습니다.',
  '파일 시스템 권한 문제는 컨테이너를 루트가 아닌 사용자로 실행할 때 흔히 드러납니다.',
  '클러스터 밖에서 들어오는 트래픽은 인그레스 컨트롤러가 받아 규칙에 맞는 서비스로 넘깁니다.',
  '백업 없이 퍼시스턴트볼륨을 지우면 데이터를 되살릴 방법이 없으니 회수 정책을 꼭 확인하세요.',
  '헬름 차트는 비슷한 매니페스트 묶음을 값 파일 하나로 찍어 내는 틀이라고 생각하면 쉽습니다.',
  '깃옵스 방식에서는 저장소에 병합된 커밋이 곧 배포 기록이 되므로 감사 추적이 쉬워집니다.',
  '노드를 점검할 때는 먼저 cordon으로 새 파드가 오지 않게 막고, drain으로 기존 파드를 옮깁니다.',
  '타임존과 시계가 어긋나면 크론잡 일정이 예상과 다르게 실행될 수 있습니다.',
  '짧은 예제라도 직접 타이핑해 보면 눈으로만 읽을 때보다 훨씬 오래 기억에 남습니다.',
  '모니터링 대시보드의 그래프가 갑자기 튀었다면 그 시각 전후의 배포 이력부터 찾아봅니다.',
  '환경 변수 이름에 오타가 있으면 앱은 기본값으로 조용히 동작하므로 찾기가 까다롭습니다.',
  '드물게 일어나는 장애일수록 재현 절차를 문서로 남겨 두면 다음 사람이 헤매지 않습니다.',
  '팀원이 매니페스트만 읽고도 의도를 알 수 있도록 이름과 주석을 성의 있게 다는 것이 좋습니다.',
];

const NOTE_TYPES = ['note', 'info', 'tip', 'warning', 'danger'] as const;
const NOTE_TITLES = [
  '꼭 기억해 두세요',
  '왜 이렇게 동작할까요?',
  '운영자의 한마디',
  '한 걸음 더',
  '헷갈리기 쉬운 부분',
  '버전에 따라 다릅니다',
];

/** A small deterministic PRNG (mulberry32) so article k is the same in every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The particle that follows `word`: `withBatchim` after a final consonant (ㄹ takes 로 for 으로/로). */
export function particle(word: string, pair: string): string {
  const code = word.charCodeAt(word.length - 1) - 0xac00;
  const jong = code >= 0 && code < 11172 ? code % 28 : 0;
  const [withBatchim, without] = pair === '으로로' ? ['으로', '로'] : [pair[0]!, pair[1]!];
  if (pair === '으로로' && jong === 8) return '로';
  return jong ? withBatchim : without;
}

function fill(sentence: string, topic: Topic): string {
  return sentence
    .replace(/\{T:(\S\S\S?)\}/g, (_, pair: string) => topic.ko + particle(topic.ko, pair))
    .replace(/\{T\}/g, topic.ko)
    .replace(/\{E\}/g, topic.en);
}

export interface ArticlePlan {
  index: number;
  /** Path relative to docs/, e.g. `03-chapter-03/service-0043.md`. */
  file: string;
  title: string;
  /** URL path below the docs route, number prefixes stripped: `chapter-03/service-0043`. */
  urlPath: string;
  topic: Topic;
  chapter: number;
}

export interface ChapterPlan {
  folder: string;
  label: string;
  description: string;
  position: number;
}

function chapterPlan(chapter: number): ChapterPlan {
  const [label, slug] = CHAPTERS[chapter % CHAPTERS.length]!;
  const part = Math.floor(chapter / CHAPTERS.length);
  const number = String(chapter + 1).padStart(2, '0');
  return {
    folder: `${number}-${slug}${part ? `-${part + 1}` : ''}`,
    label: part ? `${label} ${part + 1}` : label,
    description: `${label} 장입니다. 앞 장에서 만든 클러스터로 ${CHAPTERS[(chapter + 1) % CHAPTERS.length]![0]}까지 이어서 실습합니다.`,
    position: chapter + 1,
  };
}

export function planArticles(count: number): {articles: ArticlePlan[]; chapters: ChapterPlan[]} {
  const chapters = Array.from({length: Math.ceil(count / ARTICLES_PER_CHAPTER)}, (_, c) => chapterPlan(c));
  const articles = Array.from({length: count}, (_, index): ArticlePlan => {
    const topic = TOPICS[index % TOPICS.length]!;
    const chapter = Math.floor(index / ARTICLES_PER_CHAPTER);
    const slug = `${topic.slug}-${String(index + 1).padStart(4, '0')}`;
    const folder = chapters[chapter]!.folder;
    return {
      index,
      file: `${folder}/${slug}.md`,
      title: `${topic.ko} ${ASPECTS[Math.floor(index / TOPICS.length) % ASPECTS.length]} (${index + 1})`,
      urlPath: `${folder.replace(/^\d+-/, '')}/${slug}`,
      topic,
      chapter,
    };
  });
  return {articles, chapters};
}

function relativeLink(from: ArticlePlan, to: ArticlePlan): string {
  const link = path.posix.relative(path.posix.dirname(from.file), to.file);
  return link.startsWith('.') ? link : `./${link}`;
}

function paragraph(rnd: () => number, topic: Topic, sentences: number, mark = false): string {
  const picked = Array.from({length: sentences}, () => fill(SENTENCES[Math.floor(rnd() * SENTENCES.length)]!, topic));
  if (mark) picked[0] = `<mark>${picked[0]!.replace(/[.]$/, '')}</mark>.`;
  return picked.join(' ');
}

const STEPS = [
  ['이벤트 확인', (n: string) => `kubectl get events --field-selector involvedObject.name=${n} --sort-by=.lastTimestamp`, (n: string) => `LAST SEEN   TYPE     REASON    OBJECT          MESSAGE\n12s         Normal   Created   ${n}   생성되었습니다\n10s         Normal   Started   ${n}   시작되었습니다`],
  ['필드 설명 찾기', () => 'kubectl explain pod.spec.containers.resources', () => 'KIND:       Pod\nVERSION:    v1\n\nFIELD: resources <ResourceRequirements>\n\nDESCRIPTION:\n    Compute Resources required by this container.'],
  ['변경 내용 미리 보기', (n: string) => `kubectl diff -f ${n}.yaml`, (n: string) => `-  name: ${n}\n+  name: ${n}\n   labels:\n-    tier: web\n+    tier: frontend`],
  ['레이블로 골라 보기', (n: string) => `kubectl get all -l app=${n}`, (n: string) => `NAME${' '.repeat(n.length - 1)}READY   STATUS    RESTARTS   AGE\npod/${n}-7c9d   1/1     Running   0          2m`],
  ['로그 읽기', (n: string) => `kubectl logs -l app=${n} --tail=3`, () => '2025/03/10 05:02:12 [notice] 1#1: nginx/1.27.4\n2025/03/10 05:02:12 [notice] 1#1: start worker processes\n10.244.0.1 - - [10/Mar/2025:05:03:40 +0000] "GET / HTTP/1.1" 200 615'],
  ['YAML로 다시 보기', (n: string) => `kubectl get pod -l app=${n} -o jsonpath='{.items[*].status.phase}'`, () => 'Running'],
] as const;

export function renderArticle(plan: ArticlePlan, all: ArticlePlan[]): string {
  const rnd = random(plan.index + 1);
  const {topic} = plan;
  const name = `${topic.slug}-${plan.index + 1}`;
  const previous = all.slice(Math.max(0, plan.index - 3), plan.index);
  const next = all[plan.index + 1] ?? all[0]!;
  const note = (n: number) => NOTE_TYPES[(plan.index + n) % NOTE_TYPES.length]!;
  const title = (n: number) => NOTE_TITLES[(plan.index + n) % NOTE_TITLES.length]!;
  const get = topic.get(name);
  const aspect = ASPECTS[Math.floor(plan.index / TOPICS.length) % ASPECTS.length]!;
  const p = (n: number, mark = false) => paragraph(rnd, topic, n, mark);
  return `---
title: ${plan.title}
description: ${topic.ko}(${topic.en})${particle(topic.ko, '을를')} 직접 만들고 확인하며 ${aspect}${particle(aspect, '을를')} 익히는 ${plan.index + 1}번째 실습 글입니다. 명령과 출력, 매니페스트를 함께 봅니다.
sidebar_position: ${(plan.index % ARTICLES_PER_CHAPTER) + 1}
tags: [${CHAPTERS[plan.chapter % CHAPTERS.length]![0]}, ${topic.ko}]
---

## 학습 목표

- ${topic.ko}(${topic.en})${particle(topic.ko, '이가')} 무엇을 하는 리소스인지 한 문장으로 설명할 수 있습니다.
- 매니페스트로 ${topic.ko}${particle(topic.ko, '을를')} 만들고 \`kubectl\`로 상태를 확인할 수 있습니다.
- 자주 만나는 오류 메시지를 읽고 원인을 찾을 수 있습니다.

## 사전 지식

${previous.length ? previous.map((prev) => `- [${prev.title}](${relativeLink(plan, prev)}): 앞에서 다룬 내용을 바탕으로 합니다.`).join('\n') : '- 리눅스 셸에서 명령을 실행해 본 경험이면 충분합니다.'}

## ${topic.ko}${particle(topic.ko, '이가')} 하는 일

${p(5, true)}

${p(4)}

:::${note(0)} ${title(0)}
${p(3)}

:::

![${topic.ko}${particle(topic.ko, '과와')} 컨테이너 이미지 레이어의 관계를 나타낸 그림. 아래 레이어부터 차례로 쌓이고 바뀐 레이어만 다시 내려받는다.](${IMAGE_URL})
###### 출처 : [직접 그린 레이어 그림](https://example.com/diagrams/${topic.slug})

${p(4)}

## 매니페스트 작성하기

${p(3)} 아래는 이 글에서 쓸 매니페스트입니다.

\`\`\`yaml title="${topic.file}"
${topic.manifest(name)}
\`\`\`

${p(3, true)}

\`\`\`bash
kubectl apply -f ${topic.file}
\`\`\`

\`\`\`text
${topic.created(name)}
\`\`\`

### 상태 확인

${p(4)}

\`\`\`bash
${get.command}
\`\`\`

\`\`\`text
${get.output}
\`\`\`

:::${note(1)} ${title(1)}
${p(2)}

:::

:::${note(2)} 명령을 실행하기 전에 현재 컨텍스트가 kind-kind인지 확인하세요.

:::

## 단계별로 확인하기

${STEPS.map(([heading, command, output], k) => `### ${k + 1}. ${heading}

${p(3)}

\`\`\`bash
${command(name)}
\`\`\`

\`\`\`text
${output(name)}
\`\`\`

${p(2)}`).join('\n\n')}

## 동작 원리 자세히 보기

${p(5)}

${p(4, true)}

### 컨트롤러가 하는 일

${p(5)}

${p(4)}

## 문제가 생겼을 때

${p(5)}

:::error 자주 만나는 오류
${p(2)} 오류 메시지의 마지막 줄에 적힌 필드 경로부터 확인하세요.

:::

${p(4)}

### 정리해서 다시 적용하기

${p(3)}

\`\`\`bash
kubectl delete -f ${topic.file}
kubectl apply -f ${topic.file}
\`\`\`

\`\`\`text
${topic.created(name).replace(/created/g, 'deleted')}
${topic.created(name)}
\`\`\`

## 실습

1. 매니페스트의 이름을 \`${name}-lab\`으로 바꿔 새로 만들어 보세요.
2. \`kubectl describe\`의 이벤트 목록에서 방금 일어난 일을 찾아보세요.

<details>
<summary>정답 보기</summary>

이름만 바꾼 매니페스트를 적용하면 기존 리소스는 그대로 두고 새 리소스가 하나 더 만들어집니다.

\`\`\`bash
sed 's/name: ${name}$/name: ${name}-lab/' ${topic.file} | kubectl apply -f -
\`\`\`

</details>

## 정리

- ${topic.ko}${particle(topic.ko, '은는')} 매니페스트로 원하는 상태를 선언하고, 컨트롤러가 그 상태를 유지합니다.
- 적용한 뒤에는 \`get\`과 \`describe\`로 실제 상태를 확인합니다.
- 오류 메시지는 필드 경로와 이유를 알려 주므로 끝까지 읽습니다.

다음 글: [${next.title}](${relativeLink(plan, next)})
`;
}

/** Writes `count` articles and their chapter folders into docsDir and the image into staticDir. */
export function generateArticles(docsDir: string, staticDir: string, count: number, imageSource: string): ArticlePlan[] {
  const {articles, chapters} = planArticles(count);
  for (const chapter of chapters) {
    mkdirSync(path.join(docsDir, chapter.folder), {recursive: true});
    const category = {label: chapter.label, position: chapter.position, description: chapter.description, collapsed: true};
    writeFileSync(path.join(docsDir, chapter.folder, '_category_.json'), `${JSON.stringify(category, null, 2)}\n`);
  }
  for (const article of articles) writeFileSync(path.join(docsDir, article.file), renderArticle(article, articles));
  mkdirSync(path.join(staticDir, path.dirname(IMAGE_URL)), {recursive: true});
  copyFileSync(imageSource, path.join(staticDir, IMAGE_URL));
  return articles;
}
