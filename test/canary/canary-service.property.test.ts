import { Chart, Duration, Size, Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import * as fc from 'fast-check';
import {
  Affinity, CanaryService, CanaryServiceProps, CanaryServiceVersion, DisruptionBudget, EnvFrom, EnvValue, LifecycleHook, LoadBalancer, PodField,
  Probe, RETRY_ON_CONDITIONS, RolloutStrategy, RouteMatch, ServiceProtocol, StringMatch, TaintEffect, TlsMode, Toleration, TolerationOperator,
  UnsatisfiableAction, Volume,
  PodCount,
} from '../../src/canary';
import { Severity, validateAndAnalyze } from '../../src/validation';

const PROPS: (keyof CanaryServiceProps)[] = [
  'name', 'port', 'targetPort', 'protocol', 'stable', 'canary', 'canaryWeight', 'canaryMirrorPercent', 'canaryMatches', 'timeout', 'retries',
  'connectionPool', 'outlierDetection', 'loadBalancer', 'tlsMode', 'proxyResources', 'serviceAccountName',
];

// Each field is rarely invalid, so that about half of the generated props are valid as a whole.
const some = <T>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 50, arbitrary: valid }, { weight: 1, arbitrary: invalid });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
// The pod spec props are many; each is set in one draw of seven, so that most versions stay valid.
const rare = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });

const name = some(fc.constantFrom('billing-service', 'reviews', 'a', 'x'.repeat(63)), fc.constantFrom('Billing', '1abc', '', 'a_b', 'x'.repeat(64), 'a.b', '-a'));
const port = some(fc.integer({ min: 1, max: 65535 }), fc.constantFrom(0, -1, 65536, 80.5, 15001, 15090));
const version = some(fc.constantFrom('v1', 'v2', 'v3', 'canary', 'v1-2', 'stable'), fc.constantFrom('v1.2', '', 'V1', '-v', 'v_1', 'x'.repeat(64)));
const image = some(fc.constantFrom('registry.example.com/app:1.0', 'nginx', 'ghcr.io/x/y@sha256:' + 'a'.repeat(64)), fc.constantFrom('', ' ', 'a b'));
const duration = some(fc.constantFrom(1, 250, 1000, 2500, 60000, 3_600_000), fc.constantFrom(0, 0.5, 1.5)).map((ms) => Duration.millis(ms));
const seconds = some(fc.constantFrom(1, 5, 30), fc.constantFrom(0, 0.5)).map((s) => Duration.seconds(s));
const headerName = some(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,19}$/), fc.constantFrom('X-User', 'a b', '', 'a:b', 'x@y', 'é'));
const regex = some(fc.constantFrom('^oslo$', '[a-z]+', '\\d+', '.*', 'a|b', '(?i)oslo'), fc.constantFrom('(', '(?=x)', '', 'x'.repeat(1025), '\\1', 'a{1001}'));
const stringMatch = fc.oneof(
  fc.string({ maxLength: 12 }).map((s) => StringMatch.exact(s)),
  some(fc.string({ minLength: 1, maxLength: 8 }), fc.constant('')).map((s) => StringMatch.prefix(s)),
  regex.map((r) => StringMatch.regex(r)),
);
const labelKey = some(fc.constantFrom('app', 'team', 'example.com/tier', 'version'), fc.constantFrom('', 'bad key', '-x', 'a/b/c'));
const labelValue = some(fc.constantFrom('x', 'qa', 'payments', ''), fc.constantFrom('a b', 'x'.repeat(64), '-x'));
const labels = fc.dictionary(labelKey, labelValue, { maxKeys: 3 });
const simpleMatch: fc.Arbitrary<RouteMatch> = fc.oneof(
  fc.tuple(headerName, stringMatch).map(([n, m]) => RouteMatch.header(n, m)),
  fc.tuple(some(fc.constantFrom('canary', 'session', 'beta_user'), fc.constantFrom('', 'a b', 'a;b')),
    some(fc.constantFrom('1', 'always', 'a.b+c', ''), fc.constantFrom('a;b', 'a b', '"x"'))).map(([n, v]) => RouteMatch.cookie(n, v)),
  stringMatch.map((m) => RouteMatch.uri(m)),
  fc.tuple(some(fc.constantFrom('beta', 'user'), fc.constant('')), stringMatch).map(([n, m]) => RouteMatch.queryParam(n, m)),
  labels.map((l) => RouteMatch.sourceLabels(l)),
  some(fc.constantFrom('qa', 'staging'), fc.constantFrom('QA', '', 'a.b')).map((ns) => RouteMatch.sourceNamespace(ns)),
);
const routeMatch = fc.oneof({ weight: 4, arbitrary: simpleMatch }, { weight: 1, arbitrary: fc.array(simpleMatch, { maxLength: 3 }).map((ms) => RouteMatch.all(...ms)) });
const count = (max: number) => some(fc.integer({ min: 0, max }), fc.constantFrom(-1, 1.5));
// Requests come from lower values than limits, so request > limit stays a rare (invalid) case.
const badCpu = fc.constantFrom(kplus.Cpu.millis(0.5), kplus.Cpu.units(0), kplus.Cpu.units(8));
const cpuRequest = some(fc.constantFrom(10, 50, 100).map((m) => kplus.Cpu.millis(m)), badCpu);
const cpuLimit = some(fc.constantFrom(500, 1000, 2000).map((m) => kplus.Cpu.millis(m)), badCpu);
const badMemory = fc.constantFrom(Size.kibibytes(0.5), Size.gibibytes(64));
const memoryRequest = some(fc.constantFrom(32, 64, 128).map((m) => Size.mebibytes(m)), badMemory);
const memoryLimit = some(fc.constantFrom(256, 1024).map((m) => Size.mebibytes(m)), badMemory);
const probe = fc.oneof(
  fc.tuple(some(fc.constantFrom('/healthz', '/'), fc.constantFrom('healthz', '/a b')), optional(port)).map(([p, po]) => Probe.httpGet(p, { port: po })),
  optional(port).map((p) => Probe.tcp(p)),
  optional(port).map((p) => Probe.grpc(p, { period: Duration.seconds(5) })),
  fc.record({ initialDelay: seconds, period: seconds, timeout: seconds, failureThreshold: count(5), successThreshold: count(3) }, { requiredKeys: [] })
    .map((o) => Probe.exec(['/bin/check'], o)),
);

const pods = some(fc.constantFrom(PodCount.absolute(1), PodCount.percent(50), PodCount.absolute(0)),
  fc.constantFrom(PodCount.percent(150), PodCount.absolute(-1), PodCount.absolute(1.5)));
const volume = some(fc.constantFrom(Volume.emptyDir('tmp'), Volume.emptyDir('cache', { memory: true, sizeLimit: Size.mebibytes(64) }),
  Volume.fromConfigMap('config', 'app-config'), Volume.fromSecret('certs', 'app-certs', { optional: true }), Volume.fromPersistentVolumeClaim('data', 'data')),
fc.constantFrom(Volume.emptyDir('Bad_Name'), Volume.fromConfigMap('config', 'Bad Map'), Volume.emptyDir('tmp', { sizeLimit: Size.kibibytes(0.5) })));
const mount = fc.record({ volume, path: some(fc.constantFrom('/tmp', '/etc/app', '/data'), fc.constantFrom('tmp', '/a b')),
  readOnly: optional(fc.boolean()), subPath: optional(some(fc.constantFrom('sub', 'a/b'), fc.constantFrom('../x', '/abs'))) }, { requiredKeys: ['volume', 'path'] });
const initContainer = fc.record({
  name: some(fc.constantFrom('migrate', 'fetch-config'), fc.constantFrom('main', 'istio-proxy', 'Bad')),
  image, command: optional(fc.constant<string[]>(['/bin/migrate'])), mounts: optional(fc.array(mount, { maxLength: 1 })),
}, { requiredKeys: ['name', 'image'] });

const versionProps: fc.Arbitrary<CanaryServiceVersion> = fc.record({
  version, image,
  replicas: optional(some(fc.integer({ min: 1, max: 5 }), fc.constantFrom(0, -1, 1.5))),
  autoscaling: rare(fc.record({ minReplicas: optional(some(fc.integer({ min: 1, max: 3 }), fc.constantFrom(0, -1))), maxReplicas: some(fc.integer({ min: 3, max: 10 }), fc.constantFrom(0, 1.5)),
    targetCpuUtilization: optional(some(fc.integer({ min: 10, max: 90 }), fc.constant(0))) }, { requiredKeys: ['maxReplicas'] })),
  disruptionBudget: rare(fc.oneof(pods.map((c) => DisruptionBudget.maxUnavailable(c)), pods.map((c) => DisruptionBudget.minAvailable(c)),
    fc.constant(DisruptionBudget.none()))),
  strategy: rare(fc.oneof(fc.constant(RolloutStrategy.recreate()),
    fc.record({ maxSurge: pods, maxUnavailable: pods }, { requiredKeys: [] }).map((o) => RolloutStrategy.rollingUpdate(o)))),
  envFrom: rare(fc.array(some(fc.constantFrom(EnvFrom.configMap('app-env'), EnvFrom.secret('app-secrets', 'SECRET_')),
    fc.constantFrom(EnvFrom.configMap('Bad Map'), EnvFrom.secret('s', '1X'))), { maxLength: 2 })),
  mounts: rare(fc.uniqueArray(mount, { maxLength: 2, selector: (m) => m.path })),
  volumes: rare(fc.array(volume, { maxLength: 1 })),
  initContainers: rare(fc.uniqueArray(initContainer, { minLength: 1, maxLength: 2, selector: (c) => c.name })),
  imagePullSecrets: rare(some<string[]>(fc.constant(['registry-creds']), fc.constantFrom([], ['Bad Secret']))),
  nodeSelector: rare(some(fc.constant<{ [key: string]: string }>({ 'kubernetes.io/os': 'linux' }), fc.constantFrom<{ [key: string]: string }>({}, { 'bad key': 'x' }))),
  tolerations: rare(fc.array(some<Toleration>(fc.constantFrom({ key: 'dedicated', value: 'billing', effect: TaintEffect.NO_SCHEDULE },
    { operator: TolerationOperator.EXISTS }, { key: 'node.kubernetes.io/not-ready', operator: TolerationOperator.EXISTS, effect: TaintEffect.NO_EXECUTE, tolerationSeconds: 60 })
  , fc.constantFrom({ value: 'x' }, { key: 'a', tolerationSeconds: 5 })), { minLength: 1, maxLength: 2 })),
  affinity: rare(fc.array(some(fc.constantFrom(Affinity.requireNodeLabelIn('kubernetes.io/arch', ['amd64', 'arm64']),
    Affinity.preferNodeLabelIn('topology.kubernetes.io/zone', ['a'], 20)), fc.constantFrom(Affinity.requireNodeLabelIn('k', []),
    Affinity.preferNodeLabelIn('k', ['v'], 101))), { minLength: 1, maxLength: 2 })),
  topologySpread: rare(fc.uniqueArray(fc.record({ topologyKey: some(fc.constantFrom('kubernetes.io/hostname', 'topology.kubernetes.io/zone'), fc.constant('bad key')),
    maxSkew: optional(some(fc.constantFrom(1, 2), fc.constant(0))), whenUnsatisfiable: optional(fc.constantFrom(UnsatisfiableAction.DO_NOT_SCHEDULE, UnsatisfiableAction.SCHEDULE_ANYWAY)) },
  { requiredKeys: ['topologyKey'] }), { minLength: 1, maxLength: 2, selector: (t) => t.topologyKey })),
  preStop: rare(fc.oneof(seconds.map((d) => LifecycleHook.sleep(d)), fc.constant(LifecycleHook.exec(['/bin/drain'])), fc.constant(LifecycleHook.httpGet('/drain')))),
  terminationGracePeriod: rare(seconds),
  resources: optional(fc.record({
    cpu: fc.record({ request: cpuRequest, limit: cpuLimit }, { requiredKeys: [] }),
    memory: fc.record({ request: memoryRequest, limit: memoryLimit }, { requiredKeys: [] }),
  }, { requiredKeys: [] })),
  env: optional(fc.dictionary(some(fc.constantFrom('LOG_LEVEL', 'A', 'x.y'), fc.constantFrom('1X', 'A=B', '')),
    some(fc.oneof(fc.string().map((s) => EnvValue.fromValue(s)), fc.constant(EnvValue.fromSecret('db', 'pw')), fc.constant(EnvValue.fromPodField(PodField.POD_IP))),
      fc.constantFrom(EnvValue.fromConfigMap('Bad_Name', 'k'), EnvValue.fromSecret('db', 'a/b'))), { maxKeys: 2 })),
  ports: optional(fc.array(fc.record({ number: port, name: optional(some(fc.constantFrom('metrics', 'admin'), fc.constantFrom('http', 'Metrics', 'a'.repeat(16)))) }), { maxLength: 2 })),
  readiness: optional(fc.oneof({ weight: 5, arbitrary: probe }, { weight: 1, arbitrary: fc.constant(Probe.none()) })),
  liveness: optional(probe),
  podLabels: optional(fc.dictionary(some(fc.constantFrom('team', 'example.com/tier'), fc.constantFrom('app', 'version', 'bad key')), labelValue, { maxKeys: 2 })),
  podAnnotations: optional(fc.dictionary(some(fc.constantFrom('prometheus.io/scrape', 'note'), fc.constantFrom('sidecar.istio.io/proxyCPU', 'bad key')), fc.string(), { maxKeys: 2 })),
  securityContext: optional(fc.record({ restricted: fc.constantFrom(true, false, false, false), runAsNonRoot: fc.boolean(), runAsUser: some(fc.constantFrom(1000, 65532, 1000, 65532, 0), fc.constantFrom(1337, -1)), readOnlyRootFilesystem: fc.boolean() }, { requiredKeys: [] })),
  proxyConfig: optional(some(fc.constant({ concurrency: 2 }), fc.constant({}))),
}, { requiredKeys: ['version', 'image'] });

const loadBalancer = some(fc.constantFrom(
  LoadBalancer.roundRobin(), LoadBalancer.leastRequest(), LoadBalancer.random(), LoadBalancer.consistentHashBySourceIp(),
  LoadBalancer.consistentHashByHeader('x-user'), LoadBalancer.consistentHashByCookie('s', Duration.hours(1)), LoadBalancer.consistentHashByCookie('s'),
  LoadBalancer.consistentHashByQueryParameter('u'),
), fc.constantFrom(LoadBalancer.consistentHashByHeader('X-User'), LoadBalancer.consistentHashByCookie('a;b'), LoadBalancer.consistentHashByQueryParameter('')));

const props: fc.Arbitrary<CanaryServiceProps> = fc.record({
  name,
  port: optional(port),
  targetPort: optional(port),
  protocol: optional(fc.constantFrom(ServiceProtocol.HTTP, ServiceProtocol.HTTP2, ServiceProtocol.GRPC, ServiceProtocol.TCP)),
  stable: versionProps,
  canary: versionProps,
  canaryWeight: optional(some(fc.integer({ min: 0, max: 100 }), fc.constantFrom(-1, 101, 12.5, Number.NaN))),
  // Mirroring needs weight 0, so it is drawn rarely to keep most combinations valid.
  canaryMirrorPercent: fc.oneof({ weight: 8, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: some(fc.constantFrom(0, 0.5, 10, 100), fc.constantFrom(-1, 101, Number.NaN)) }),
  canaryMatches: optional(fc.array(routeMatch, { maxLength: 3 })),
  timeout: optional(duration),
  retries: optional(fc.record({
    attempts: some(fc.integer({ min: 1, max: 5 }), fc.constantFrom(0, -1)),
    perTryTimeout: duration,
    retryOn: some(fc.subarray([...RETRY_ON_CONDITIONS, '503', '429'], { minLength: 1 }), fc.constantFrom([], ['sometimes'], ['5xx', 'bogus'], ['599'], ['200'], ['5XX'])),
    backoff: duration,
  }, { requiredKeys: ['attempts'] })),
  connectionPool: optional(fc.record({
    maxConnections: count(1000), connectTimeout: duration, http1MaxPendingRequests: count(1000), http2MaxRequests: count(1000),
    maxRequestsPerConnection: count(10), maxRetries: count(10), idleTimeout: duration,
  }, { requiredKeys: [] })),
  outlierDetection: optional(fc.record({
    consecutive5xxErrors: count(10), consecutiveGatewayErrors: count(10), interval: duration, baseEjectionTime: duration,
    maxEjectionPercent: some(fc.integer({ min: 0, max: 100 }), fc.constant(101)), minHealthPercent: some(fc.integer({ min: 0, max: 100 }), fc.constant(-1)),
  }, { requiredKeys: [] })),
  loadBalancer: optional(loadBalancer),
  tlsMode: optional(fc.constantFrom(TlsMode.ISTIO_MUTUAL, TlsMode.DISABLE)),
  proxyResources: optional(fc.record({ cpuRequest, cpuLimit, memoryRequest, memoryLimit })),
  serviceAccountName: optional(some(fc.constantFrom('billing', 'default'), fc.constantFrom('Bad SA', ''))),
}, { requiredKeys: ['name', 'stable', 'canary'] });

/** Whether a budget renders to no object (none()). */
function isNone(budget: DisruptionBudget): boolean {
  return JSON.stringify(budget) === JSON.stringify(DisruptionBudget.none());
}

const PROP_ERROR = /^CanaryService '[^']*': '([A-Za-z]+)[^']*' /;

describe('CanaryService over generated props', () => {
  test('every combination either synthesizes objects that pass full validation (no error or warning) or throws an Error naming a prop', () => {
    let built = 0;
    let rejected = 0;
    const propsRejected = new Set<string>();
    fc.assert(fc.property(props, fc.constantFrom('billing', undefined), (p, namespace) => {
      const chart = new Chart(Testing.app(), 'test', { namespace });
      try {
        new CanaryService(chart, 'svc', p);
      } catch (e) {
        const message = (e as Error).message;
        const m = PROP_ERROR.exec(message);
        if (!m || !PROPS.includes(m[1] as keyof CanaryServiceProps)) throw new Error(`error does not name a prop: ${message}`);
        rejected++;
        propsRejected.add(m[1]);
        return;
      }
      const objects = Testing.synth(chart);
      const versions = p.canary === undefined ? [p.stable] : [p.stable, p.canary];
      const budgets = versions.filter((v) => !isNone(v.disruptionBudget ?? DisruptionBudget.DEFAULT)).length;
      const autoscalers = versions.filter((v) => v.autoscaling !== undefined).length;
      expect(objects).toHaveLength(5 + budgets + autoscalers);
      // Stricter than synth (which fails on errors only): no warnings either.
      const findings = validateAndAnalyze(objects).filter((f) => f.severity !== Severity.INFO);
      if (findings.length > 0) throw new Error(`validation findings: ${JSON.stringify(findings, null, 1)}\nprops: ${fc.stringify(p)}`);
      built++;
    }), { numRuns: 2000 });
    // Both outcomes must be well represented, or the test proves little.
    // About 450 of 2000 build with the pod spec props in the mix (runs vary by ±40).
    expect(built).toBeGreaterThan(350);
    expect(rejected).toBeGreaterThan(400);
    expect(propsRejected.size).toBeGreaterThan(8);
  });
});
