/**
 * The exact messages of the runtime prop-type checks (src/shared/prop-types.ts, src/canary/check-props.ts and the
 * value-class factories) that the fuzz suites reach at random: one case per kind of message.
 */
import { Chart, Duration, Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { CanaryService, CanaryServiceProps, EnvValue, LoadBalancer, Probe, RouteMatch, StringMatch } from '../../src/canary';
import { CallerIdentity, PortMtlsMode, StrictMtlsNamespace, StrictMtlsNamespaceProps } from '../../src/security';
import { BufferedAccessLogging, BufferedAccessLoggingProps } from '../../src/telemetry';
import { plainJs as js } from '../support/type-helpers';
const stable = { version: 'v1', image: 'registry.example.com/billing:1.0' };
const canary = (extra: object) => () => new CanaryService(Testing.chart(), 'c', js<CanaryServiceProps>({ name: 'billing', stable, ...extra }));
const logging = (props: object) => () => new BufferedAccessLogging(new Chart(Testing.app(), 'c'), 'logs', js<BufferedAccessLoggingProps>(props));

test('BufferedAccessLogging: every prop type, and null props', () => {
  expect(logging({ encoding: 'XML' })).toThrow("BufferedAccessLogging 'logs': 'encoding' must be AccessLogEncoding.JSON or AccessLogEncoding.TEXT, got \"XML\"");
  expect(logging({ matchMode: 'BOTH' })).toThrow("BufferedAccessLogging 'logs': 'matchMode' must be AccessLogMatchMode.CLIENT_AND_SERVER, AccessLogMatchMode.CLIENT or AccessLogMatchMode.SERVER, got \"BOTH\"");
  expect(logging({ path: 5 })).toThrow("BufferedAccessLogging 'logs': 'path' must be a string, got 5");
  expect(logging({ flushInterval: 1000 })).toThrow("BufferedAccessLogging 'logs': 'flushInterval' must be a Duration (e.g. Duration.seconds(1)), got 1000");
  expect(logging({ minFlushSize: 65536 })).toThrow("BufferedAccessLogging 'logs': 'minFlushSize' must be a Size (e.g. Size.kibibytes(64)), got 65536");
  expect(logging({ selector: ['app'] })).toThrow("BufferedAccessLogging 'logs': 'selector' must be a map of strings, got [\"app\"]");
  expect(logging({ selector: { app: 1 } })).toThrow("BufferedAccessLogging 'logs': 'selector.app' must be a string, got 1");
  expect(logging({ name: 10n })).toThrow("BufferedAccessLogging 'logs': 'name' must be a string, got 10n");
  expect(logging([])).toThrow("BufferedAccessLogging 'logs': 'props' must be an object of props, got []");
  expect(() => logging({ path: null, format: null, acknowledgeFlushNeedsIstio129: true })()).not.toThrow();
});

test('CanaryService: nested prop types name the whole path', () => {
  expect(canary({ stable: 'v1' })).toThrow("CanaryService 'c': 'stable' must be a CanaryServiceVersion ({ version, image, ... }), got \"v1\"");
  expect(canary({ stable: undefined })).toThrow("CanaryService 'c': 'stable' must be the stable version ({ version, image, ... }), got undefined");
  expect(canary({ stable: { ...stable, resources: { cpu: { request: 100 } } } }))
    .toThrow("CanaryService 'c': 'stable.resources.cpu.request' must be a Cpu (e.g. Cpu.millis(100)), got 100");
  expect(canary({ stable: { ...stable, resources: { cpu: [] } } }))
    .toThrow("CanaryService 'c': 'stable.resources.cpu' must be a CpuResources ({ request, limit }), got []");
  expect(canary({ stable: { ...stable, resources: { memory: { limit: '1Gi' } } } }))
    .toThrow("CanaryService 'c': 'stable.resources.memory.limit' must be a Size (e.g. Size.mebibytes(64)), got \"1Gi\"");
  expect(canary({ stable: { ...stable, resources: 'big' } }))
    .toThrow("CanaryService 'c': 'stable.resources' must be a ContainerResources ({ cpu: { request, limit }, memory: { request, limit } }), got \"big\"");
  expect(canary({ stable: { ...stable, env: { A: 'x' } } })).toThrow("CanaryService 'c': 'stable.env.A' must be an EnvValue (EnvValue.fromValue(...), fromSecret, fromConfigMap, fromPodField), got \"x\"");
  expect(canary({ stable: { ...stable, env: [] } })).toThrow("CanaryService 'c': 'stable.env' must be a map of EnvValue, got []");
  expect(canary({ stable: { ...stable, command: ['/app', 1] } })).toThrow("CanaryService 'c': 'stable.command[1]' must be a string, got 1");
  expect(canary({ stable: { ...stable, args: 'x' } })).toThrow("CanaryService 'c': 'stable.args' must be an array, got \"x\"");
  expect(canary({ stable: { ...stable, ports: [null] } })).toThrow("CanaryService 'c': 'stable.ports[0]' must be an ExtraContainerPort, got undefined");
  expect(canary({ stable: { ...stable, ports: [{ number: '80' }] } })).toThrow("CanaryService 'c': 'stable.ports[0].number' must be a finite number, got \"80\"");
  expect(canary({ stable: { ...stable, readiness: '/healthz' } })).toThrow("CanaryService 'c': 'stable.readiness' must be a Probe (Probe.httpGet, tcp, grpc, exec or none), got \"/healthz\"");
  expect(canary({ stable: { ...stable, securityContext: { runAsNonRoot: 'yes' } } }))
    .toThrow("CanaryService 'c': 'stable.securityContext.runAsNonRoot' must be true or false, got \"yes\"");
  expect(canary({ stable: { ...stable, replicas: NaN } })).toThrow("CanaryService 'c': 'stable.replicas' must be a finite number, got NaN");
  expect(canary({ canaryMatches: ['x-canary'] })).toThrow("CanaryService 'c': 'canaryMatches[0]' must be a RouteMatch (e.g. RouteMatch.header(...)), got \"x-canary\"");
  expect(canary({ canaryMatches: [undefined] })).toThrow("CanaryService 'c': 'canaryMatches[0]' must be a RouteMatch, got undefined");
  expect(canary({ timeout: 5000 })).toThrow("CanaryService 'c': 'timeout' must be a Duration (e.g. Duration.seconds(5)), got 5000");
  expect(canary({ retries: 3 })).toThrow("CanaryService 'c': 'retries' must be a RetryPolicy ({ attempts, ... }), got 3");
  expect(canary({ retries: { attempts: 2, retryOn: [5] } })).toThrow("CanaryService 'c': 'retries.retryOn[0]' must be a string, got 5");
  expect(canary({ connectionPool: { connectTimeout: 1 } })).toThrow("CanaryService 'c': 'connectionPool.connectTimeout' must be a Duration (e.g. Duration.seconds(5)), got 1");
  expect(canary({ outlierDetection: [] })).toThrow("CanaryService 'c': 'outlierDetection' must be an object, got []");
  expect(canary({ loadBalancer: 'ROUND_ROBIN' })).toThrow("CanaryService 'c': 'loadBalancer' must be a LoadBalancer (e.g. LoadBalancer.leastRequest()), got \"ROUND_ROBIN\"");
  expect(canary({ tlsMode: 'MUTUAL' })).toThrow("CanaryService 'c': 'tlsMode' must be TlsMode.ISTIO_MUTUAL or TlsMode.DISABLE, got \"MUTUAL\"");
  expect(canary({ proxyResources: { cpuRequest: kplus.Cpu.millis(100) } })).toThrow("CanaryService 'c': 'proxyResources.cpuLimit' must be a Cpu, got undefined");
  expect(canary({ proxyResources: 'small' }))
    .toThrow("CanaryService 'c': 'proxyResources' must be a ProxyResources ({ cpuRequest, cpuLimit, memoryRequest, memoryLimit }), got \"small\"");
  expect(canary({ routingApi: 'SMI' })).toThrow("CanaryService 'c': 'routingApi' must be RoutingApi.ISTIO or RoutingApi.GATEWAY_API, got \"SMI\"");
  expect(canary({ serviceAccountName: { toString: 'x' } })).toThrow("CanaryService 'c': 'serviceAccountName' must be a string, got {\"toString\":\"x\"}");
});

test('value-class factories name the factory and the parameter', () => {
  expect(() => RouteMatch.header(js<string>(0), StringMatch.exact('1'))).toThrow("RouteMatch.header: 'name' must be a string, got 0");
  expect(() => RouteMatch.header('x-user', js<StringMatch>('1'))).toThrow("RouteMatch.header: 'match' must be a StringMatch (e.g. StringMatch.exact(\"x\")), got \"1\"");
  expect(() => RouteMatch.cookie('session', js<string>(null))).toThrow("RouteMatch.cookie: 'value' must be a string, got null");
  expect(() => RouteMatch.uri(js<StringMatch>(undefined))).toThrow("RouteMatch.uri: 'match' must be a StringMatch (e.g. StringMatch.exact(\"x\")), got undefined");
  expect(() => RouteMatch.queryParam(js<string>([]), StringMatch.exact('1'))).toThrow("RouteMatch.queryParam: 'name' must be a string, got []");
  expect(() => RouteMatch.sourceLabels(js<{ [k: string]: string }>([]))).toThrow("RouteMatch.sourceLabels: 'labels' must be a map of strings, got []");
  expect(() => RouteMatch.sourceLabels(js<{ [k: string]: string }>({ app: 1 }))).toThrow("RouteMatch.sourceLabels: 'labels.app' must be a string, got 1");
  expect(() => RouteMatch.sourceNamespace(js<string>(1))).toThrow("RouteMatch.sourceNamespace: 'namespace' must be a string, got 1");
  expect(() => RouteMatch.all(js<RouteMatch>('x'))).toThrow("RouteMatch.all: 'matches[0]' must be a RouteMatch, got \"x\"");
  expect(() => StringMatch.exact(js<string>(5))).toThrow("StringMatch.exact: 'value' must be a string, got 5");
  expect(() => StringMatch.prefix(js<string>(5))).toThrow("StringMatch.prefix: 'value' must be a string, got 5");
  expect(() => StringMatch.regex(js<string>(/a+/))).toThrow("StringMatch.regex: 'pattern' must be a string, got {}");
  expect(() => EnvValue.fromValue(js<string>(1))).toThrow("EnvValue.fromValue: 'value' must be a string, got 1");
  expect(() => EnvValue.fromSecret(js<string>(1), 'k')).toThrow("EnvValue.fromSecret: 'secretName' must be a string, got 1");
  expect(() => EnvValue.fromConfigMap('cfg', js<string>(1))).toThrow("EnvValue.fromConfigMap: 'key' must be a string, got 1");
  expect(() => LoadBalancer.consistentHashByHeader(js<string>(1))).toThrow("LoadBalancer.consistentHashByHeader: 'name' must be a string, got 1");
  expect(() => LoadBalancer.consistentHashByCookie('s', js<Duration>(60))).toThrow("LoadBalancer.consistentHashByCookie: 'ttl' must be a Duration (e.g. Duration.hours(1)), got 60");
  expect(() => LoadBalancer.consistentHashByQueryParameter(js<string>(1))).toThrow("LoadBalancer.consistentHashByQueryParameter: 'name' must be a string, got 1");
  expect(() => CallerIdentity.namespace(js<string>(1))).toThrow("CallerIdentity.namespace: 'namespace' must be a string, got 1");
  expect(() => CallerIdentity.serviceAccount('shop', js<string>(1))).toThrow("CallerIdentity.serviceAccount: 'serviceAccount' must be a string, got 1");
  expect(() => Probe.httpGet('/healthz', js<object>('fast'))).toThrow("Probe.httpGet: 'options' must be an object of probe options, got \"fast\"");
  expect(() => Probe.tcp(8080, js<object>({ period: 5 }))).toThrow("Probe.tcp: 'options.period' must be a Duration (e.g. Duration.seconds(5)), got 5");
});

test('StrictMtlsNamespace: arrays are not maps', () => {
  const ns = (extra: object) => () => new StrictMtlsNamespace(Testing.chart(), 'ns', js<StrictMtlsNamespaceProps>({ name: 'billing', ...extra }));
  expect(ns({ portExceptions: [{ port: 9090, mode: PortMtlsMode.PERMISSIVE, selector: ['app'] }] }))
    .toThrow("StrictMtlsNamespace 'ns': 'portExceptions[0].selector' is [\"app\"]: must be a map of pod labels (e.g. { app: 'billing' })");
  expect(ns({ portExceptions: [[9090]] })).toThrow("StrictMtlsNamespace 'ns': 'portExceptions[0]' must be an object with 'port', 'mode' and 'selector'");
  expect(ns({ labels: ['team'] })).toThrow("StrictMtlsNamespace 'ns': 'labels' must be a map of label keys to values");
  expect(ns({ annotations: ['note'] })).toThrow("StrictMtlsNamespace 'ns': 'annotations' must be a map of annotation keys to string values");
  expect(ns({ name: Symbol('x') })).toThrow("StrictMtlsNamespace 'ns': 'name' must be a string");
});
