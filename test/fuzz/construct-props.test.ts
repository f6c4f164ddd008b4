/**
 * Every construct, and the value classes' factories, given hostile props from plain JavaScript: a clear Error that
 * names the construct and the prop, or valid output (see prop-fuzz.ts for the property and how to apply it).
 */
import * as os from 'os';
import * as path from 'path';
import { Chart, Duration, Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import {
  Affinity, CanaryService, CanaryServiceProps, DisruptionBudget, EnvFrom, EnvValue, LifecycleHook, LoadBalancer, MetricTarget, PodCount,
  PodSpreading, Probe, RolloutStrategy, RouteMatch, ScalingMetric, ServiceProtocol, StringMatch, TaintEffect, TlsMode, TolerationOperator,
  UnsatisfiableAction, Volume,
} from '../../src/canary';
import { GatewayListener, GatewayServiceType, IngressGateway, IngressGatewayProps, AllowedRoutes } from '../../src/ingress';
import { IstioApp, IstioAppProps } from '../../src/synth/istio-app';
import { MeshGraph, MeshGraphProps } from '../../src/synth/mesh-graph';
import { RoutingApi } from '../../src/routing/routing-api';
import {
  CallerIdentity, DataplaneMode, MeshWideStrictMtls, MeshWideStrictMtlsProps, MtlsMode, PortMtlsMode, StrictMtlsNamespace,
  StrictMtlsNamespaceProps, Waypoint, WaypointProps, WaypointTrafficType,
} from '../../src/security';
import { AccessLogEncoding, AccessLogMatchMode, BufferedAccessLogging, BufferedAccessLoggingProps } from '../../src/telemetry';
import { FUZZ_RUNS, fuzzProps } from './prop-fuzz';

const RUNS = FUZZ_RUNS;

function canaryProps(): Record<string, unknown> {
  return {
    name: 'billing',
    port: 80,
    targetPort: 8080,
    protocol: ServiceProtocol.HTTP,
    stable: {
      version: 'v1', image: 'registry.example.com/billing:1.4.2', replicas: 2,
      resources: { cpu: { request: kplus.Cpu.millis(100), limit: kplus.Cpu.millis(500) }, memory: { request: Size.mebibytes(64), limit: Size.mebibytes(256) } },
      env: { MODE: EnvValue.fromValue('fast') }, command: ['/app'], args: ['--serve'], ports: [{ number: 9090, name: 'metrics' }],
      readiness: Probe.httpGet('/healthz'), podLabels: { team: 'pay' }, podAnnotations: { note: 'x' },
      imagePullPolicy: kplus.ImagePullPolicy.IF_NOT_PRESENT, securityContext: { runAsNonRoot: true, runAsUser: 1000 },
      automountServiceAccountToken: false, spreadPods: PodSpreading.ACROSS_ZONES,
      affinity: [Affinity.preferPodAffinity({ topologyKey: 'kubernetes.io/hostname', selector: { matchLabels: { app: 'cache' } }, namespaces: ['shop'] })],
    },
    canary: {
      version: 'v2', image: 'registry.example.com/billing:2.0.0',
      autoscaling: { maxReplicas: 3, metrics: [ScalingMetric.memory(MetricTarget.utilization(70))], scaleDownStabilization: Duration.minutes(5) },
    },
    canaryWeight: 10,
    canaryMirrorPercent: 0,
    canaryMatches: [RouteMatch.header('x-canary', StringMatch.exact('1'))],
    timeout: Duration.seconds(5),
    retries: { attempts: 2, perTryTimeout: Duration.seconds(1), retryOn: ['5xx'] },
    connectionPool: { maxConnections: 100, connectTimeout: Duration.seconds(1), http2MaxRequests: 100 },
    outlierDetection: { consecutive5xxErrors: 5, interval: Duration.seconds(10), baseEjectionTime: Duration.seconds(30) },
    loadBalancer: LoadBalancer.leastRequest(),
    tlsMode: TlsMode.ISTIO_MUTUAL,
    proxyResources: { cpuRequest: kplus.Cpu.millis(100), cpuLimit: kplus.Cpu.millis(500), memoryRequest: Size.mebibytes(64), memoryLimit: Size.mebibytes(256) },
    serviceAccountName: 'billing',
    routingApi: RoutingApi.ISTIO,
  };
}

/** A version with every pod-spec prop set (issue 16's props), for the paths below `stable.`. */
function podSpecVersion(): Record<string, unknown> {
  const config = Volume.fromConfigMap('config', 'billing-config');
  return {
    version: 'v1', image: 'registry.example.com/billing:1.4.2',
    autoscaling: { minReplicas: 2, maxReplicas: 5, targetCpuUtilization: 70 },
    disruptionBudget: DisruptionBudget.maxUnavailable(PodCount.absolute(1)),
    strategy: RolloutStrategy.rollingUpdate({ maxSurge: PodCount.percent(25) }),
    envFrom: [EnvFrom.configMap('billing-env')],
    mounts: [{ volume: config, path: '/etc/billing', readOnly: true }],
    volumes: [Volume.emptyDir('scratch')],
    initContainers: [{ name: 'migrate', image: 'registry.example.com/billing-migrate:1.4.2', command: ['/migrate'] }],
    imagePullSecrets: ['registry-creds'],
    nodeSelector: { disktype: 'ssd' },
    tolerations: [{ key: 'dedicated', operator: TolerationOperator.EQUAL, value: 'billing', effect: TaintEffect.NO_SCHEDULE }],
    affinity: [Affinity.preferNodeLabelIn('disktype', ['ssd'])],
    topologySpread: [{ topologyKey: 'topology.kubernetes.io/zone', maxSkew: 1 }],
    preStop: LifecycleHook.sleep(Duration.seconds(5)),
    terminationGracePeriod: Duration.seconds(30),
    startup: Probe.tcp(8080),
  };
}

const POD_SPEC_PATHS = [
  'version', 'image', 'autoscaling', 'autoscaling.minReplicas', 'autoscaling.maxReplicas', 'autoscaling.targetCpuUtilization',
  'disruptionBudget', 'strategy', 'envFrom', 'envFrom.0', 'mounts', 'mounts.0', 'mounts.0.volume', 'mounts.0.path', 'mounts.0.readOnly',
  'mounts.0.subPath', 'volumes', 'volumes.0', 'initContainers', 'initContainers.0', 'initContainers.0.name', 'initContainers.0.image',
  'initContainers.0.command', 'initContainers.0.args', 'initContainers.0.env', 'initContainers.0.resources', 'imagePullSecrets',
  'imagePullSecrets.0', 'nodeSelector', 'nodeSelector.disktype', 'tolerations', 'tolerations.0', 'tolerations.0.key',
  'tolerations.0.operator', 'tolerations.0.value', 'tolerations.0.effect', 'tolerations.0.tolerationSeconds', 'affinity', 'affinity.0',
  'topologySpread', 'topologySpread.0', 'topologySpread.0.topologyKey', 'topologySpread.0.maxSkew', 'topologySpread.0.whenUnsatisfiable',
  'preStop', 'terminationGracePeriod', 'startup',
];

const CANARY_PATHS = [
  'name', 'port', 'targetPort', 'protocol', 'stable', 'canary', 'canaryWeight', 'canaryMirrorPercent', 'canaryMatches', 'timeout',
  'retries', 'connectionPool', 'outlierDetection', 'loadBalancer', 'tlsMode', 'proxyResources', 'serviceAccountName', 'routingApi',
  'dataplane', 'stable.version', 'stable.image', 'stable.replicas', 'stable.resources', 'stable.resources.cpu',
  'stable.resources.cpu.request', 'stable.resources.memory.limit', 'stable.env', 'stable.env.MODE', 'stable.command', 'stable.args',
  'stable.ports', 'stable.ports.0', 'stable.ports.0.number', 'stable.readiness', 'stable.liveness', 'stable.podLabels',
  'stable.podLabels.team', 'stable.podAnnotations', 'stable.imagePullPolicy', 'stable.securityContext',
  'stable.securityContext.runAsUser', 'stable.automountServiceAccountToken', 'stable.proxyConfig', 'canary.version', 'canary.image',
  'canaryMatches.0', 'retries.attempts', 'retries.perTryTimeout', 'retries.retryOn', 'retries.retryOn.0', 'retries.backoff',
  'connectionPool.maxConnections', 'connectionPool.connectTimeout', 'connectionPool.idleTimeout', 'outlierDetection.interval',
  'outlierDetection.maxEjectionPercent', 'proxyResources.cpuRequest', 'proxyResources.memoryLimit',
  'stable.spreadPods', 'stable.affinity', 'stable.affinity.0', 'canary.autoscaling', 'canary.autoscaling.maxReplicas',
  'canary.autoscaling.metrics', 'canary.autoscaling.metrics.0', 'canary.autoscaling.scaleDownStabilization',
];

const enumValues = (e: object) => Object.values(e);

test(`CanaryService, pod-spec props of a version: ${RUNS} hostile prop sets`, () => {
  fuzzProps({
    owners: ['CanaryService'],
    validProps: () => ({ name: 'billing', stable: podSpecVersion() }),
    paths: [...POD_SPEC_PATHS.map((p) => `stable.${p}`), 'retiring', 'retiring.version', 'retiring.image', 'delivery'],
    required: ['stable.version', 'stable.image', 'retiring.version', 'retiring.image', 'stable.mounts.0.volume', 'stable.mounts.0.path',
      'stable.initContainers.0.name', 'stable.initContainers.0.image', 'stable.topologySpread.0.topologyKey'],
    enums: {
      'stable.tolerations.0.operator': enumValues(TolerationOperator), 'stable.tolerations.0.effect': enumValues(TaintEffect),
      'stable.topologySpread.0.whenUnsatisfiable': enumValues(UnsatisfiableAction),
    },
    build: (props, chart: Chart) => new CanaryService(chart, 'canary', props as unknown as CanaryServiceProps),
  }, RUNS);
});

test(`CanaryService: ${RUNS} hostile prop sets`, () => {
  fuzzProps({
    owners: ['CanaryService'],
    validProps: canaryProps,
    paths: CANARY_PATHS,
    required: ['name', 'stable', 'stable.version', 'stable.image'],
    enums: {
      'protocol': enumValues(ServiceProtocol), 'tlsMode': enumValues(TlsMode), 'routingApi': enumValues(RoutingApi),
      'dataplane': enumValues(DataplaneMode), 'stable.imagePullPolicy': enumValues(kplus.ImagePullPolicy),
      'stable.spreadPods': enumValues(PodSpreading),
    },
    build: (props, chart: Chart) => new CanaryService(chart, 'canary', props as unknown as CanaryServiceProps),
  }, RUNS);
});

test(`StrictMtlsNamespace: ${RUNS} hostile prop sets`, () => {
  fuzzProps({
    owners: ['StrictMtlsNamespace'],
    validProps: () => ({
      name: 'payments', revision: 'stable', mode: MtlsMode.STRICT, rootNamespace: 'istio-system', denyByDefault: true,
      allowedCallers: [CallerIdentity.namespace('shop')], trustDomain: 'cluster.local', labels: { team: 'pay' }, annotations: { note: 'x' },
      portExceptions: [{ port: 9090, mode: PortMtlsMode.PERMISSIVE, selector: { app: 'billing' } }],
    }),
    paths: ['name', 'revision', 'dataplane', 'mode', 'portExceptions', 'portExceptions.0', 'portExceptions.0.port',
      'portExceptions.0.mode', 'portExceptions.0.selector', 'portExceptions.0.selector.app', 'rootNamespace', 'denyByDefault',
      'allowedCallers', 'allowedCallers.0', 'trustDomain', 'waypoint', 'labels', 'labels.team', 'annotations', 'annotations.note'],
    required: ['name', 'portExceptions.0.port', 'portExceptions.0.mode', 'portExceptions.0.selector'],
    enums: { 'mode': enumValues(MtlsMode), 'dataplane': enumValues(DataplaneMode), 'portExceptions.0.mode': enumValues(PortMtlsMode) },
    build: (props, chart) => new StrictMtlsNamespace(chart, 'ns', props as unknown as StrictMtlsNamespaceProps),
  }, RUNS);
});

test(`MeshWideStrictMtls: ${RUNS} hostile prop sets`, () => {
  fuzzProps({
    owners: ['MeshWideStrictMtls'],
    validProps: () => ({ rootNamespace: 'istio-system' }),
    paths: ['rootNamespace'],
    build: (props, chart) => new MeshWideStrictMtls(chart, 'mesh', props as unknown as MeshWideStrictMtlsProps),
  }, RUNS);
});

test(`BufferedAccessLogging: ${RUNS} hostile prop sets`, () => {
  fuzzProps({
    owners: ['BufferedAccessLogging'],
    validProps: () => ({
      encoding: AccessLogEncoding.JSON, path: '/dev/stdout', flushInterval: Duration.seconds(1), minFlushSize: Size.kibibytes(64),
      filter: 'response.code >= 400', matchMode: AccessLogMatchMode.CLIENT_AND_SERVER, namespace: 'shop', selector: { app: 'billing' },
      name: 'access-logs', providerName: 'buffered-file', acknowledgeFlushNeedsIstio129: true,
    }),
    paths: ['encoding', 'path', 'format', 'flushInterval', 'minFlushSize', 'filter', 'matchMode', 'namespace', 'selector',
      'selector.app', 'name', 'providerName', 'acknowledgeFlushNeedsIstio129'],
    enums: { encoding: enumValues(AccessLogEncoding), matchMode: enumValues(AccessLogMatchMode) },
    build: (props, chart) => new BufferedAccessLogging(chart, 'logs', props as unknown as BufferedAccessLoggingProps),
  }, RUNS);
});

test(`IngressGateway: ${RUNS} hostile prop sets`, () => {
  fuzzProps({
    owners: ['IngressGateway'],
    validProps: () => ({
      name: 'public', namespace: 'edge', serviceType: GatewayServiceType.LOAD_BALANCER, allowedRoutes: AllowedRoutes.allNamespaces(),
      listeners: [GatewayListener.http(), GatewayListener.https({ hostname: 'shop.example.com', certificates: [{ name: 'shop-tls' }] })],
      infrastructureLabels: { team: 'edge' }, infrastructureAnnotations: { note: 'x' },
    }),
    paths: ['name', 'namespace', 'listeners', 'listeners.0', 'listeners.1', 'allowedRoutes', 'serviceType', 'infrastructureLabels',
      'infrastructureLabels.team', 'infrastructureAnnotations', 'infrastructureAnnotations.note'],
    required: ['name'],
    enums: { serviceType: enumValues(GatewayServiceType) },
    build: (props, chart) => new IngressGateway(chart, 'gw', props as unknown as IngressGatewayProps),
  }, RUNS);
});

test(`Waypoint: ${RUNS} hostile prop sets`, () => {
  fuzzProps({
    owners: ['Waypoint'],
    validProps: () => ({ name: 'waypoint', namespace: 'ledger', trafficType: WaypointTrafficType.SERVICE }),
    paths: ['name', 'namespace', 'trafficType'],
    enums: { trafficType: enumValues(WaypointTrafficType) },
    build: (props, chart) => new Waypoint(chart, 'waypoint', props as unknown as WaypointProps),
  }, RUNS);
});

test(`MeshGraph: ${RUNS} hostile prop sets`, () => {
  const appOutdir = path.join(os.tmpdir(), 'cdk8s-istio-fuzz-app');
  fuzzProps({
    owners: ['MeshGraph'],
    validProps: () => ({ outdir: `${appOutdir}-picture`, json: true, maxNodes: 200 }),
    paths: ['outdir', 'json', 'maxNodes'],
    // A MeshGraph lives in an IstioApp (it draws after IstioApp wrote the manifests); nothing is synthesized here.
    build: (props) => new MeshGraph(new Chart(new IstioApp({ outdir: appOutdir }), 'c'), 'graph', props as unknown as MeshGraphProps),
  }, RUNS);
});

test(`IstioApp: ${RUNS} hostile prop sets`, () => {
  fuzzProps({
    owners: ['IstioApp'],
    validProps: () => ({ outdir: os.tmpdir(), validation: { warningsAsErrors: false }, context: { istioVersion: '1.29' } }),
    paths: ['validation', 'validation.warningsAsErrors', 'validation.reporter', 'validation.scopes', 'context', 'context.istioVersion'],
    build: (props) => new IstioApp(props as unknown as IstioAppProps),
  }, RUNS);
});
