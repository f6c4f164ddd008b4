/**
 * Every construct, and the value classes' factories, given hostile props from plain JavaScript: a clear Error that
 * names the construct and the prop, or valid output (see prop-fuzz.ts for the property and how to apply it).
 */
import { Chart, Duration, Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import {
  Affinity, CanaryService, CanaryServiceProps, EnvValue, LoadBalancer, MetricTarget, PodSpreading, Probe, RouteMatch, ScalingMetric, ServiceProtocol,
  StringMatch, TlsMode,
} from '../../src/canary';
import { RoutingApi } from '../../src/routing/routing-api';
import {
  CallerIdentity, DataplaneMode, MeshWideStrictMtls, MeshWideStrictMtlsProps, MtlsMode, PortMtlsMode, StrictMtlsNamespace,
  StrictMtlsNamespaceProps,
} from '../../src/security';
import { AccessLogEncoding, AccessLogMatchMode, BufferedAccessLogging, BufferedAccessLoggingProps } from '../../src/telemetry';
import { fuzzProps } from './prop-fuzz';

const RUNS = Number(process.env.FUZZ_RUNS ?? 5000);

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

/** Factory parameters that may be left out (undefined or null). */
const OPTIONAL_ARGS = ['options', 'ttl', 'port'];

/**
 * A value-class factory's arguments as props: the value made is used in a construct (a CanaryService unless `build`
 * says otherwise), which must accept it or refuse it clearly, as must the factory itself.
 */
function factoryTarget(owner: string, args: Record<string, unknown>, make: (a: Record<string, unknown>) => unknown,
  use: (value: unknown) => Record<string, unknown>, build?: (value: unknown, chart: Chart) => void) {
  return {
    owners: [owner, build ? 'StrictMtlsNamespace' : 'CanaryService'],
    validProps: () => ({ ...args }),
    paths: Object.keys(args),
    required: Object.keys(args).filter((k) => !OPTIONAL_ARGS.includes(k)),
    usedAs: ['canaryMatches', 'loadBalancer', 'stable', 'readiness', 'liveness', 'startup', 'env', 'allowedCallers'],
    build: (props: Record<string, unknown>, chart: Chart) => {
      const value = make(props);
      if (build) build(value, chart);
      else new CanaryService(chart, 'canary', { ...canaryProps(), ...use(value) } as unknown as CanaryServiceProps);
    },
  };
}

const asMatch = (m: unknown) => ({ canaryMatches: [m] });
const FACTORIES = [
  factoryTarget('StringMatch', { value: 'x' }, (a) => StringMatch.exact(a.value as string), (m) => asMatch(RouteMatch.uri(m as StringMatch))),
  factoryTarget('StringMatch', { value: '/api' }, (a) => StringMatch.prefix(a.value as string), (m) => asMatch(RouteMatch.uri(m as StringMatch))),
  factoryTarget('StringMatch', { pattern: '^a+$' }, (a) => StringMatch.regex(a.pattern as string), (m) => asMatch(RouteMatch.uri(m as StringMatch))),
  factoryTarget('RouteMatch', { name: 'x-user', match: StringMatch.exact('a') },
    (a) => RouteMatch.header(a.name as string, a.match as StringMatch), asMatch),
  factoryTarget('RouteMatch', { name: 'session', value: 'beta' }, (a) => RouteMatch.cookie(a.name as string, a.value as string), asMatch),
  factoryTarget('RouteMatch', { name: 'beta', match: StringMatch.exact('1') },
    (a) => RouteMatch.queryParam(a.name as string, a.match as StringMatch), asMatch),
  factoryTarget('RouteMatch', { labels: { app: 'web' } }, (a) => RouteMatch.sourceLabels(a.labels as { [k: string]: string }), asMatch),
  factoryTarget('RouteMatch', { namespace: 'qa' }, (a) => RouteMatch.sourceNamespace(a.namespace as string), asMatch),
  factoryTarget('RouteMatch', { matches: [RouteMatch.sourceNamespace('qa'), RouteMatch.uri(StringMatch.prefix('/a'))] },
    (a) => (Array.isArray(a.matches) ? RouteMatch.all(...(a.matches as RouteMatch[])) : RouteMatch.all(a.matches as RouteMatch)), asMatch),
  factoryTarget('Probe', { path: '/healthz', options: { port: 8080 } },
    (a) => Probe.httpGet(a.path as string, a.options as object), (p) => ({ stable: { ...(canaryProps().stable as object), readiness: p } })),
  factoryTarget('Probe', { port: 8080, options: { period: Duration.seconds(5) } },
    (a) => Probe.tcp(a.port as number, a.options as object), (p) => ({ stable: { ...(canaryProps().stable as object), liveness: p } })),
  factoryTarget('Probe', { command: ['/bin/check'], options: { failureThreshold: 3 } },
    (a) => Probe.exec(a.command as string[], a.options as object), (p) => ({ stable: { ...(canaryProps().stable as object), startup: p } })),
  factoryTarget('EnvValue', { value: 'x' }, (a) => EnvValue.fromValue(a.value as string),
    (v) => ({ stable: { ...(canaryProps().stable as object), env: { A: v } } })),
  factoryTarget('EnvValue', { secretName: 'creds', key: 'token' }, (a) => EnvValue.fromSecret(a.secretName as string, a.key as string),
    (v) => ({ stable: { ...(canaryProps().stable as object), env: { A: v } } })),
  factoryTarget('LoadBalancer', { name: 'x-user' }, (a) => LoadBalancer.consistentHashByHeader(a.name as string), (lb) => ({ loadBalancer: lb })),
  factoryTarget('LoadBalancer', { name: 'session', ttl: Duration.seconds(60) },
    (a) => LoadBalancer.consistentHashByCookie(a.name as string, a.ttl as Duration), (lb) => ({ loadBalancer: lb })),
  factoryTarget('CallerIdentity', { namespace: 'shop', serviceAccount: 'web' },
    (a) => CallerIdentity.serviceAccount(a.namespace as string, a.serviceAccount as string), () => ({}),
    (caller, chart) => new StrictMtlsNamespace(chart, 'ns', { name: 'payments', allowedCallers: [caller as CallerIdentity] })),
];

/** The factories share the construct budget: together at least RUNS runs. */
const FACTORY_RUNS = Math.ceil(RUNS / FACTORIES.length);

test(`value-class factories: ${FACTORY_RUNS} hostile argument sets each, ${FACTORY_RUNS * FACTORIES.length} in all`, () => {
  for (const target of FACTORIES) fuzzProps(target, FACTORY_RUNS);
});
