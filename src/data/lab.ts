/**
 * THE lab cluster of the course, defined once. Every chapter's
 * "이 장의 실습 환경" block is rendered from this file (src/plugins/lab/,
 * written `::lab{chapter="5"}` in an article), so the commands a learner runs
 * to get from nothing to a chapter's starting state are never copied by hand.
 *
 * Steps accumulate: chapter N's block runs every step whose `fromChapter` is
 * at most N, in order, and each command is idempotent (an existing cluster is
 * kept, `kubectl apply` leaves unchanged objects unchanged, waits return at
 * once when the state is already there), so a reader can start any chapter
 * with or without the previous ones.
 *
 * Files the lab applies live in static/lab/ and are fetched from the site
 * (`kubectl apply -f <site>/lab/…`): the Traefik and metrics-server manifests
 * are a few hundred lines each, too long to repeat in eight blocks. The kind
 * config is short and chapter 2 explains it line by line, so the block writes
 * it with a heredoc and works without the site. `npm run check` validates the
 * files in static/lab/ as strictly as manifests in articles (rules/labFiles.ts).
 *
 * Versions and where they were verified:
 * - Traefik v3.7.13: github.com/traefik/traefik/releases (the v3.7 line's
 *   current patch); the v3.7 branch's kubernetes-gateway docs name Gateway
 *   API v1.5.1 and its go.mod pins sigs.k8s.io/gateway-api v1.5.1. The image
 *   `traefik` on Docker Hub is an official, multi-arch image.
 * - Gateway API v1.5.1 standard channel: kubernetes.io/blog/2026/04/21/gateway-api-v1-5
 *   (v1.5.1 patch release); CRDs from the release's standard-install.yaml,
 *   applied server-side as the release notes recommend for large CRDs.
 * - metrics-server v0.8.1: github.com/kubernetes-sigs/metrics-server/releases
 *   (0.8.x supports Kubernetes 1.31+); static/lab/metrics-server.yaml is the
 *   v0.8.1 release manifest (manifests/base + release image) plus
 *   `--kubelet-insecure-tls`, because kind's kubelets serve self-signed certificates.
 */
import {COURSE_VERSIONS} from './courseVersions';

export const LAB_VERSIONS = {
  traefik: 'v3.7.13',
  gatewayApi: 'v1.5.1',
  metricsServer: 'v0.8.1',
} as const;

/** The cluster every article uses: kind's default name, so the context is `kind-kind`. */
export const LAB_CLUSTER = {
  name: 'kind',
  context: 'kind-kind',
  configFile: 'kind-lab.yaml',
  nodes: ['kind-control-plane', 'kind-worker', 'kind-worker2'],
  /** Host port → node port on the control-plane container (unprivileged host ports: rootless Podman works). */
  ports: [
    {hostPort: 8080, nodePort: 30080, name: 'web'},
    {hostPort: 8443, nodePort: 30443, name: 'websecure'},
  ],
} as const;

const {tag, digest} = COURSE_VERSIONS.defaultNodeImage;

/** kind-lab.yaml: one control plane, two workers, the baseline node image pinned by digest. */
export const KIND_LAB_CONFIG = `kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
nodes:
  - role: control-plane
    image: kindest/node:${tag}@${digest}
    extraPortMappings:
${LAB_CLUSTER.ports
  .map(
    ({hostPort, nodePort}) => `      - containerPort: ${nodePort}
        hostPort: ${hostPort}
        listenAddress: 127.0.0.1
        protocol: TCP`,
  )
  .join('\n')}
  - role: worker
    image: kindest/node:${tag}@${digest}
  - role: worker
    image: kindest/node:${tag}@${digest}
`;

/** Files in static/lab/ the lab applies (validated by `npm run check`). */
export const LAB_FILES = {
  traefik: 'traefik.yaml',
  metricsServer: 'metrics-server.yaml',
} as const;

/** The one `kind create cluster` of the lab cluster (the checker refuses any other for its name). */
export const LAB_CREATE_COMMAND = `kind create cluster --config ${LAB_CLUSTER.configFile}`;

export const GATEWAY_API_CRDS_URL = `https://github.com/kubernetes-sigs/gateway-api/releases/download/${LAB_VERSIONS.gatewayApi}/standard-install.yaml`;

/** A piece of what must be running, in Markdown (inline code, links relative to any chapter folder). */
export interface LabStep {
  /** First chapter whose block includes this step. */
  fromChapter: number;
  /** One list item of "what must be running". */
  running: string;
  /** Shell lines; `{site}` becomes the site's address (`https://…/base/`). */
  commands: string[];
}

export const LAB_SETUP_ARTICLE = '../02-setup/lab-environment.md';

export const LAB_STEPS: LabStep[] = [
  {
    fromChapter: 2,
    running: `kind 클러스터 \`${LAB_CLUSTER.name}\`(컨텍스트 \`${LAB_CLUSTER.context}\`): 컨트롤 플레인 노드 하나(\`${LAB_CLUSTER.nodes[0]}\`)와 워커 노드 둘(\`${LAB_CLUSTER.nodes[1]}\`, \`${LAB_CLUSTER.nodes[2]}\`), 쿠버네티스 ${COURSE_VERSIONS.kubernetes}. 내 컴퓨터의 ${LAB_CLUSTER.ports.map(({hostPort, nodePort}) => `${hostPort}번 포트가 노드의 ${nodePort}번`).join(', ')} 포트로 이어집니다.`,
    commands: [
      `cat > ${LAB_CLUSTER.configFile} <<'EOF'`,
      ...KIND_LAB_CONFIG.trimEnd().split('\n'),
      'EOF',
      `kind get clusters | grep -qx ${LAB_CLUSTER.name} || ${LAB_CREATE_COMMAND}`,
      `kubectl config use-context ${LAB_CLUSTER.context}`,
      'kubectl wait --for=condition=Ready nodes --all --timeout=180s',
    ],
  },
  {
    fromChapter: 5,
    running: `인그레스와 게이트웨이 API를 함께 처리하는 컨트롤러 Traefik ${LAB_VERSIONS.traefik}: 네임스페이스 \`traefik\`에서 실행되고, 인그레스클래스(IngressClass)와 게이트웨이클래스(GatewayClass)의 이름은 모두 \`traefik\`입니다. 게이트웨이 API ${LAB_VERSIONS.gatewayApi}의 CRD도 함께 설치합니다. 내 컴퓨터에서는 \`http://localhost:${LAB_CLUSTER.ports[0].hostPort}\`으로 들어갑니다.`,
    commands: [
      'kubectl apply --server-side \\',
      `  -f ${GATEWAY_API_CRDS_URL}`,
      'kubectl wait --for=condition=Established crd/gatewayclasses.gateway.networking.k8s.io --timeout=60s',
      `kubectl apply -f {site}lab/${LAB_FILES.traefik}`,
      'kubectl -n traefik rollout status deployment/traefik --timeout=180s',
    ],
  },
  {
    fromChapter: 7,
    running: `metrics-server ${LAB_VERSIONS.metricsServer}(네임스페이스 \`kube-system\`): \`kubectl top\`과 Horizontal Pod Autoscaler가 읽는 자원 사용량을 모읍니다.`,
    commands: [
      `kubectl apply -f {site}lab/${LAB_FILES.metricsServer}`,
      'kubectl -n kube-system rollout status deployment/metrics-server --timeout=180s',
    ],
  },
];

/** Chapters that have a block: chapter 1 needs no cluster. */
export const LAB_CHAPTERS = [2, 3, 4, 5, 6, 7, 8] as const;

/**
 * The article that carries each chapter's block: the chapter's first article,
 * except chapter 2, whose first article installs the tools the block needs,
 * so the block sits in the next one, where the lab cluster is created.
 */
export const LAB_BLOCK_ARTICLES: Record<(typeof LAB_CHAPTERS)[number], string> = {
  2: 'docs/02-setup/local-cluster.md',
  3: 'docs/03-architecture/cluster-architecture.md',
  4: 'docs/04-workloads/pod.md',
  5: 'docs/05-networking/service.md',
  6: 'docs/06-config-storage/configmap.md',
  7: 'docs/07-operations/namespace.md',
  8: 'docs/08-ecosystem/kustomize.md',
};

export function labStepsFor(chapter: number): LabStep[] {
  return LAB_STEPS.filter((step) => step.fromChapter <= chapter);
}

/** The block's shell script for a chapter, with the site's address filled in. */
export function labScript(chapter: number, siteAddress: string): string {
  return labStepsFor(chapter)
    .flatMap((step) => step.commands)
    .map((line) => line.replaceAll('{site}', siteAddress))
    .join('\n');
}

/** What the final wait prints on the lab cluster (one line per node, in name order). */
export const LAB_READY_OUTPUT = LAB_CLUSTER.nodes.map((node) => `node/${node} condition met`).join('\n');
