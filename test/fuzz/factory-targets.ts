/**
 * Every public static factory (and props-taking static method) of the library as a fuzz target: valid arguments by
 * parameter name, the option fields to break, and how a user would use the value (a prop of a construct), so that an
 * accepted value must also turn into valid output. factory-props.test.ts runs each; harness-coverage.test.ts fails
 * when a public factory is missing here.
 */
import { Chart, Duration, Size } from 'cdk8s';
import {
  Affinity, CanaryPromotion, CanaryService, CanaryServiceProps, Cpu, DisruptionBudget, EnvFrom, EnvValue, LifecycleHook, LoadBalancer,
  MetricTarget, PodCount, PodField, Probe, RolloutStrategy, RouteMatch, ScalingMetric, StringMatch, Volume,
} from '../../src/canary';
import { Delivery } from '../../src/delivery';
import { AllowedRoutes, GatewayListener, IngressGateway, IngressGatewayProps } from '../../src/ingress';
import { IIngressGateway, IngressGatewayRef } from '../../src/routing';
import { CallerIdentity, StrictMtlsNamespace } from '../../src/security';
import { IstioVersion } from '../../src/shared/istio-version';
import { FactoryFuzzTarget } from './prop-fuzz';
import { plainJs as a } from '../support/type-helpers';

const IMAGE = 'registry.example.com/billing:1.0';
const stable = () => ({ version: 'v1', image: IMAGE });
const canaryVersion = () => ({ version: 'v2', image: 'registry.example.com/billing:2.0' });

function canaryWith(chart: Chart, extra: object): CanaryService {
  return new CanaryService(chart, 'canary', { name: 'billing', stable: stable(), ...extra } as unknown as CanaryServiceProps);
}
type Extra = (value: unknown) => object;
const stableWith = (extra: Extra) => (value: unknown, chart: Chart) => canaryWith(chart, { stable: { ...stable(), ...extra(value) } });
const asMatch = (chart: Chart, m: unknown) => canaryWith(chart, { canary: canaryVersion(), canaryMatches: [m] });
const gatewayWith = (chart: Chart, extra: object) => new IngressGateway(chart, 'gw', { name: 'public', ...extra } as unknown as IngressGatewayProps);

const CANARY = ['CanaryService'];
const GATEWAY = ['IngressGateway'];

function stableTarget(factory: string, validArgs: () => Record<string, unknown>, call: (a: Record<string, unknown>) => unknown, extra: Extra,
  more: Partial<FactoryFuzzTarget> = {}): FactoryFuzzTarget {
  return { factory, validArgs, call, use: stableWith(extra), usedBy: CANARY, usedAs: ['stable'], ...more };
}


export const FACTORY_TARGETS: readonly FactoryFuzzTarget[] = [
  // Route matches
  ...(['exact', 'prefix', 'regex'] as const).map((kind): FactoryFuzzTarget => ({
    factory: `StringMatch.${kind}`, validArgs: () => (kind === 'regex' ? { pattern: '^/api/v[0-9]+$' } : { value: '/api' }),
    call: (x) => StringMatch[kind](a(kind === 'regex' ? x.pattern : x.value)),
    use: (m, chart) => asMatch(chart, RouteMatch.uri(m as StringMatch)), usedBy: CANARY, usedAs: ['canaryMatches'],
  })),
  { factory: 'RouteMatch.header', validArgs: () => ({ name: 'x-user', match: StringMatch.exact('a') }), call: (x) => RouteMatch.header(a(x.name), a(x.match)), use: (m, c) => asMatch(c, m), usedBy: CANARY, usedAs: ['canaryMatches'] },
  { factory: 'RouteMatch.cookie', validArgs: () => ({ name: 'session', value: 'beta' }), call: (x) => RouteMatch.cookie(a(x.name), a(x.value)), use: (m, c) => asMatch(c, m), usedBy: CANARY, usedAs: ['canaryMatches'] },
  { factory: 'RouteMatch.uri', validArgs: () => ({ match: StringMatch.prefix('/api') }), call: (x) => RouteMatch.uri(a(x.match)), use: (m, c) => asMatch(c, m), usedBy: CANARY, usedAs: ['canaryMatches'] },
  { factory: 'RouteMatch.queryParam', validArgs: () => ({ name: 'beta', match: StringMatch.exact('1') }), call: (x) => RouteMatch.queryParam(a(x.name), a(x.match)), use: (m, c) => asMatch(c, m), usedBy: CANARY, usedAs: ['canaryMatches'] },
  {
    factory: 'RouteMatch.sourceLabels', validArgs: () => ({ labels: { app: 'web' } }), paths: ['labels', 'labels.app', 'labels.x'],
    call: (x) => RouteMatch.sourceLabels(a(x.labels)), use: (m, c) => asMatch(c, m), usedBy: CANARY, usedAs: ['canaryMatches'],
  },
  { factory: 'RouteMatch.sourceNamespace', validArgs: () => ({ namespace: 'qa' }), call: (x) => RouteMatch.sourceNamespace(a(x.namespace)), use: (m, c) => asMatch(c, m), usedBy: CANARY, usedAs: ['canaryMatches'] },
  {
    factory: 'RouteMatch.all', validArgs: () => ({ matches: [RouteMatch.sourceNamespace('qa'), RouteMatch.uri(StringMatch.prefix('/a'))] }),
    paths: ['matches', 'matches.0', 'matches.1'],
    call: (x) => (Array.isArray(x.matches) ? RouteMatch.all(...(x.matches as RouteMatch[])) : RouteMatch.all(a(x.matches))),
    use: (m, c) => asMatch(c, m), usedBy: CANARY, usedAs: ['canaryMatches'],
  },
  // Load balancers
  ...(['roundRobin', 'leastRequest', 'random', 'consistentHashBySourceIp'] as const).map((kind): FactoryFuzzTarget => ({
    factory: `LoadBalancer.${kind}`, validArgs: () => ({ extra: undefined }), required: [], ignored: ['extra'], call: (x) => (LoadBalancer[kind] as (...args: unknown[]) => LoadBalancer)(x.extra),
    use: (lb, c) => canaryWith(c, { loadBalancer: lb }), usedBy: CANARY, usedAs: ['loadBalancer'],
  })),
  { factory: 'LoadBalancer.consistentHashByHeader', validArgs: () => ({ name: 'x-user' }), call: (x) => LoadBalancer.consistentHashByHeader(a(x.name)), use: (lb, c) => canaryWith(c, { loadBalancer: lb }), usedBy: CANARY, usedAs: ['loadBalancer'] },
  {
    factory: 'LoadBalancer.consistentHashByCookie', validArgs: () => ({ name: 'session', ttl: Duration.seconds(60) }), required: ['name'],
    call: (x) => LoadBalancer.consistentHashByCookie(a(x.name), a(x.ttl)), use: (lb, c) => canaryWith(c, { loadBalancer: lb }), usedBy: CANARY, usedAs: ['loadBalancer'],
  },
  { factory: 'LoadBalancer.consistentHashByQueryParameter', validArgs: () => ({ name: 'user' }), call: (x) => LoadBalancer.consistentHashByQueryParameter(a(x.name)), use: (lb, c) => canaryWith(c, { loadBalancer: lb }), usedBy: CANARY, usedAs: ['loadBalancer'] },
  // Probes
  stableTarget('Probe.httpGet', () => ({ path: '/healthz', options: { port: 8080, period: Duration.seconds(5), failureThreshold: 3 } }),
    (x) => Probe.httpGet(a(x.path), a(x.options)), (p) => ({ readiness: p }),
    { required: ['path'], paths: ['path', 'options', 'options.port', 'options.period', 'options.initialDelay', 'options.timeout', 'options.failureThreshold', 'options.successThreshold'] }),
  stableTarget('Probe.tcp', () => ({ port: 8080, options: { period: Duration.seconds(5) } }), (x) => Probe.tcp(a(x.port), a(x.options)), (p) => ({ liveness: p }),
    { required: [], paths: ['port', 'options', 'options.period', 'options.failureThreshold'] }),
  stableTarget('Probe.grpc', () => ({ port: 8080, options: { timeout: Duration.seconds(1) } }), (x) => Probe.grpc(a(x.port), a(x.options)), (p) => ({ readiness: p }),
    { required: [], paths: ['port', 'options', 'options.timeout', 'options.successThreshold'] }),
  stableTarget('Probe.exec', () => ({ command: ['/bin/check'], options: { failureThreshold: 3 } }), (x) => Probe.exec(a(x.command), a(x.options)), (p) => ({ startup: p }),
    { required: ['command'], paths: ['command', 'command.0', 'options', 'options.failureThreshold', 'options.initialDelay'] }),
  stableTarget('Probe.none', () => ({ extra: undefined }), (x) => (Probe.none as (...args: unknown[]) => Probe)(x.extra), (p) => ({ readiness: p }), { required: [], ignored: ['extra'] }),
  // Environment
  stableTarget('EnvValue.fromValue', () => ({ value: 'fast' }), (x) => EnvValue.fromValue(a(x.value)), (v) => ({ env: { MODE: v } })),
  stableTarget('EnvValue.fromSecret', () => ({ secretName: 'creds', key: 'token' }), (x) => EnvValue.fromSecret(a(x.secretName), a(x.key)), (v) => ({ env: { TOKEN: v } })),
  stableTarget('EnvValue.fromConfigMap', () => ({ configMapName: 'settings', key: 'mode' }), (x) => EnvValue.fromConfigMap(a(x.configMapName), a(x.key)), (v) => ({ env: { MODE: v } })),
  stableTarget('EnvValue.fromPodField', () => ({ field: PodField.NAME }), (x) => EnvValue.fromPodField(a(x.field)), (v) => ({ env: { POD: v } }),
    { enums: { field: Object.values(PodField) } }),
  stableTarget('EnvFrom.configMap', () => ({ configMapName: 'settings', prefix: 'APP_' }), (x) => EnvFrom.configMap(a(x.configMapName), a(x.prefix)), (v) => ({ envFrom: [v] }),
    { required: ['configMapName'] }),
  stableTarget('EnvFrom.secret', () => ({ secretName: 'creds', prefix: 'APP_' }), (x) => EnvFrom.secret(a(x.secretName), a(x.prefix)), (v) => ({ envFrom: [v] }),
    { required: ['secretName'] }),
  // Volumes
  stableTarget('Volume.fromConfigMap', () => ({ name: 'config', configMapName: 'settings', options: { optional: true } }),
    (x) => Volume.fromConfigMap(a(x.name), a(x.configMapName), a(x.options)), (v) => ({ mounts: [{ volume: v, path: '/etc/app' }] }),
    { required: ['name', 'configMapName'], paths: ['name', 'configMapName', 'options', 'options.optional'] }),
  stableTarget('Volume.fromSecret', () => ({ name: 'certs', secretName: 'tls', options: { optional: false } }),
    (x) => Volume.fromSecret(a(x.name), a(x.secretName), a(x.options)), (v) => ({ mounts: [{ volume: v, path: '/etc/certs' }] }),
    { required: ['name', 'secretName'], paths: ['name', 'secretName', 'options', 'options.optional'] }),
  stableTarget('Volume.emptyDir', () => ({ name: 'scratch', options: { memory: true, sizeLimit: Size.mebibytes(64) } }),
    (x) => Volume.emptyDir(a(x.name), a(x.options)), (v) => ({ mounts: [{ volume: v, path: '/tmp/scratch' }] }),
    { required: ['name'], paths: ['name', 'options', 'options.memory', 'options.sizeLimit'] }),
  stableTarget('Volume.fromPersistentVolumeClaim', () => ({ name: 'data', claimName: 'billing-data', options: { readOnly: true } }),
    (x) => Volume.fromPersistentVolumeClaim(a(x.name), a(x.claimName), a(x.options)), (v) => ({ mounts: [{ volume: v, path: '/data' }] }),
    { required: ['name', 'claimName'], paths: ['name', 'claimName', 'options', 'options.readOnly'] }),
  // Placement, lifecycle, rollout and disruption
  stableTarget('Affinity.requireNodeLabelIn', () => ({ key: 'topology.kubernetes.io/zone', values: ['a', 'b'] }),
    (x) => Affinity.requireNodeLabelIn(a(x.key), a(x.values)), (v) => ({ affinity: [v] }), { paths: ['key', 'values', 'values.0'] }),
  stableTarget('Affinity.preferNodeLabelIn', () => ({ key: 'disktype', values: ['ssd'], weight: 50 }),
    (x) => Affinity.preferNodeLabelIn(a(x.key), a(x.values), a(x.weight)), (v) => ({ affinity: [v] }),
    { required: ['key', 'values'], paths: ['key', 'values', 'values.0', 'weight'] }),
  ...(['requirePodAffinity', 'preferPodAffinity', 'requirePodAntiAffinity', 'preferPodAntiAffinity'] as const).map((kind) => {
    const weighted = kind.startsWith('prefer');
    return stableTarget(`Affinity.${kind}`,
      () => ({ term: { topologyKey: 'kubernetes.io/hostname', selector: { matchLabels: { app: 'cache' } }, namespaces: ['shop'] }, ...(weighted ? { weight: 50 } : {}) }),
      (x) => (Affinity[kind] as (term: unknown, weight?: unknown) => Affinity)(x.term, x.weight), (v) => ({ affinity: [v] }),
      { required: ['term'], paths: ['term', 'term.topologyKey', 'term.selector', 'term.selector.matchLabels', 'term.selector.matchLabels.app',
        'term.selector.matchExpressions', 'term.namespaces', 'term.namespaces.0', 'term.namespaceSelector', ...(weighted ? ['weight'] : [])] });
  }),
  stableTarget('Volume.raw', () => ({ volume: { name: 'downward', downwardApi: { items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }] } } }),
        // (the body of a raw volume is passed through as written: synth validates it like the API server, naming the field)
    (x) => Volume.raw(a(x.volume)), (v) => ({ volumes: [v] }), { paths: ['volume', 'volume.name'] }),
  stableTarget('MetricTarget.utilization', () => ({ percent: 70 }), (x) => MetricTarget.utilization(a(x.percent)),
    (t) => ({ autoscaling: { maxReplicas: 4, metrics: [ScalingMetric.cpu(t as MetricTarget)] } })),
  stableTarget('MetricTarget.averageValue', () => ({ quantity: '500m' }), (x) => MetricTarget.averageValue(a(x.quantity)),
    (t) => ({ autoscaling: { maxReplicas: 4, metrics: [ScalingMetric.memory(t as MetricTarget)] } })),
  stableTarget('MetricTarget.value', () => ({ quantity: '30' }), (x) => MetricTarget.value(a(x.quantity)),
    (t) => ({ autoscaling: { maxReplicas: 4, metrics: [ScalingMetric.external('queue_depth', t as MetricTarget)] } })),
  stableTarget('ScalingMetric.cpu', () => ({ target: MetricTarget.utilization(70) }), (x) => ScalingMetric.cpu(a(x.target)),
    (m) => ({ autoscaling: { maxReplicas: 4, metrics: [m] } })),
  stableTarget('ScalingMetric.memory', () => ({ target: MetricTarget.averageValue('256Mi') }), (x) => ScalingMetric.memory(a(x.target)),
    (m) => ({ autoscaling: { maxReplicas: 4, metrics: [m] } })),
  stableTarget('ScalingMetric.pods', () => ({ metricName: 'requests_per_second', averageValue: '100', selector: { matchLabels: { app: 'billing' } } }),
    (x) => ScalingMetric.pods(a(x.metricName), a(x.averageValue), a(x.selector)), (m) => ({ autoscaling: { maxReplicas: 4, metrics: [m] } }),
    { required: ['metricName', 'averageValue'], paths: ['metricName', 'averageValue', 'selector', 'selector.matchLabels'] }),
  stableTarget('ScalingMetric.object', () => ({
    metricName: 'requests', describedObject: { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', name: 'main' }, target: MetricTarget.value('2k'),
  }), (x) => ScalingMetric.object(a(x.metricName), a(x.describedObject), a(x.target), a(x.selector)), (m) => ({ autoscaling: { maxReplicas: 4, metrics: [m] } }),
  { required: ['metricName', 'describedObject', 'target'], paths: ['metricName', 'describedObject', 'describedObject.kind', 'describedObject.name',
    'describedObject.apiVersion', 'target', 'selector'] }),
  stableTarget('ScalingMetric.external', () => ({ metricName: 'queue_depth', target: MetricTarget.averageValue('30') }),
    (x) => ScalingMetric.external(a(x.metricName), a(x.target), a(x.selector)), (m) => ({ autoscaling: { maxReplicas: 4, metrics: [m] } }),
    { required: ['metricName', 'target'], paths: ['metricName', 'target', 'selector'] }),
  stableTarget('LifecycleHook.sleep', () => ({ duration: Duration.seconds(5) }), (x) => LifecycleHook.sleep(a(x.duration)), (h) => ({ preStop: h })),
  stableTarget('LifecycleHook.exec', () => ({ command: ['/bin/drain'] }), (x) => LifecycleHook.exec(a(x.command)), (h) => ({ preStop: h }), { paths: ['command', 'command.0'] }),
  stableTarget('LifecycleHook.httpGet', () => ({ path: '/drain', port: 8080 }), (x) => LifecycleHook.httpGet(a(x.path), a(x.port)), (h) => ({ preStop: h }),
    { required: ['path'] }),
  stableTarget('RolloutStrategy.rollingUpdate', () => ({ options: { maxSurge: PodCount.percent(25), maxUnavailable: PodCount.absolute(0) } }),
    (x) => RolloutStrategy.rollingUpdate(a(x.options)), (s) => ({ strategy: s }), { required: [], paths: ['options', 'options.maxSurge', 'options.maxUnavailable'] }),
  stableTarget('RolloutStrategy.recreate', () => ({ extra: undefined }), (x) => (RolloutStrategy.recreate as (...args: unknown[]) => RolloutStrategy)(x.extra),
    (s) => ({ strategy: s }), { required: [], ignored: ['extra'] }),
  stableTarget('DisruptionBudget.maxUnavailable', () => ({ count: PodCount.absolute(1) }), (x) => DisruptionBudget.maxUnavailable(a(x.count)), (d) => ({ disruptionBudget: d })),
  stableTarget('DisruptionBudget.minAvailable', () => ({ count: PodCount.percent(50) }), (x) => DisruptionBudget.minAvailable(a(x.count)), (d) => ({ disruptionBudget: d })),
  stableTarget('DisruptionBudget.none', () => ({ extra: undefined }), (x) => (DisruptionBudget.none as (...args: unknown[]) => DisruptionBudget)(x.extra),
    (d) => ({ disruptionBudget: d }), { required: [], ignored: ['extra'] }),
  stableTarget('PodCount.absolute', () => ({ pods: 1 }), (x) => PodCount.absolute(a(x.pods)), (n) => ({ disruptionBudget: DisruptionBudget.maxUnavailable(n as PodCount) })),
  stableTarget('PodCount.percent', () => ({ percent: 50 }), (x) => PodCount.percent(a(x.percent)), (n) => ({ disruptionBudget: DisruptionBudget.minAvailable(n as PodCount) })),
  stableTarget('Cpu.millis', () => ({ amount: 250 }), (x) => Cpu.millis(a(x.amount)), (cpu) => ({ resources: { cpu: { request: cpu, limit: cpu } } })),
  stableTarget('Cpu.units', () => ({ amount: 1 }), (x) => Cpu.units(a(x.amount)), (cpu) => ({ resources: { cpu: { request: cpu, limit: cpu } } })),
  // Progressive delivery
  {
    factory: 'Delivery.static', validArgs: () => ({ extra: undefined }), required: [], ignored: ['extra'], call: (x) => (Delivery.static as (...args: unknown[]) => Delivery)(x.extra),
    use: (d, c) => canaryWith(c, { canary: canaryVersion(), delivery: d }), usedBy: CANARY, usedAs: ['delivery'],
  },
  {
    factory: 'Delivery.flagger',
    validArgs: () => ({
      props: {
        stepWeight: 10, maxWeight: 50, interval: Duration.minutes(1), failureThreshold: 5, minSuccessRatePercent: 99, maxLatency: Duration.millis(500),
        prometheusAddress: 'http://prometheus.istio-system:9090',
      },
    }),
    required: [],
    paths: ['props', 'props.stepWeights', 'props.stepWeights.0', 'props.stepWeight', 'props.maxWeight', 'props.interval', 'props.failureThreshold',
      'props.minSuccessRatePercent', 'props.maxLatency', 'props.mirrorPercent', 'props.prometheusAddress'],
    call: (x) => Delivery.flagger(a(x.props)), use: (d, c) => canaryWith(c, { canary: canaryVersion(), delivery: d }), usedBy: CANARY, usedAs: ['delivery'],
  },
  {
    factory: 'Delivery.argoRollouts',
    validArgs: () => ({ props: { stepWeights: [10, 50], interval: Duration.minutes(1), failureThreshold: 3, iterations: 10 } }),
    required: [],
    paths: ['props', 'props.stepWeights', 'props.stepWeights.1', 'props.stepWeight', 'props.maxWeight', 'props.interval', 'props.failureThreshold',
      'props.minSuccessRatePercent', 'props.maxLatency', 'props.iterations', 'props.prometheusAddress'],
    call: (x) => Delivery.argoRollouts(a(x.props)), use: (d, c) => canaryWith(c, { canary: canaryVersion(), delivery: d }), usedBy: CANARY, usedAs: ['delivery'],
  },
  // Promotion steps: props in, props out (the result is given to a CanaryService)
  {
    factory: 'CanaryPromotion.startCanary',
    validArgs: () => ({ current: { name: 'billing', stable: stable() }, options: { canary: canaryVersion(), canaryWeight: 10 } }),
    paths: ['current', 'current.stable', 'current.canary', 'current.retiring', 'options', 'options.canary', 'options.canaryWeight', 'options.canaryMatches'],
    call: (x) => CanaryPromotion.startCanary(a(x.current), a(x.options)), namedAs: ['CanaryPromotion'],
    use: (p, c) => new CanaryService(c, 'canary', p as CanaryServiceProps), usedBy: ['CanaryPromotion', ...CANARY], usedAs: ['canary', 'stable', 'current'],
  },
  {
    factory: 'CanaryPromotion.promote',
    validArgs: () => ({ current: { name: 'billing', stable: stable(), canary: canaryVersion(), canaryWeight: 10 } }),
    // (current.canaryWeight and the like are dropped by design: the promoted version takes every request)
    paths: ['current', 'current.stable', 'current.canary', 'current.retiring'],
    call: (x) => CanaryPromotion.promote(a(x.current)), namedAs: ['CanaryPromotion'],
    use: (p, c) => new CanaryService(c, 'canary', p as CanaryServiceProps), usedBy: ['CanaryPromotion', ...CANARY], usedAs: ['canary', 'stable', 'retiring', 'current'],
  },
  {
    factory: 'CanaryPromotion.finish',
    validArgs: () => ({ current: { name: 'billing', stable: canaryVersion(), retiring: stable() } }),
    paths: ['current', 'current.stable', 'current.retiring'],
    call: (x) => CanaryPromotion.finish(a(x.current)), namedAs: ['CanaryPromotion'],
    use: (p, c) => new CanaryService(c, 'canary', p as CanaryServiceProps), usedBy: ['CanaryPromotion', ...CANARY], usedAs: ['stable', 'retiring', 'current'],
  },
  // Ingress
  ...([
    ['IngressGateway.fromIstioGateway', { qualifiedName: 'istio-system/public' }, (x: Record<string, unknown>) => IngressGateway.fromIstioGateway(a(x.qualifiedName))],
    ['IngressGatewayRef.fromIstioGateway', { qualifiedName: 'istio-system/public' }, (x: Record<string, unknown>) => IngressGatewayRef.fromIstioGateway(a(x.qualifiedName))],
    ['IngressGatewayRef.fromGatewayApiGateway', { namespace: 'edge', name: 'public', sectionName: 'https' },
      (x: Record<string, unknown>) => IngressGatewayRef.fromGatewayApiGateway(a(x.namespace), a(x.name), a(x.sectionName))],
  ] as const).map(([factory, args, call]): FactoryFuzzTarget => ({
    factory, validArgs: () => ({ ...args }), call, required: Object.keys(args).filter((k) => k !== 'sectionName'),
    use: (ref, c) => canaryWith(c, {}).exposeVia(ref as IIngressGateway, { hostnames: ['shop.example.com'], pathPrefix: '/billing' }),
    usedBy: CANARY, usedAs: ['exposeVia', 'gateway'],
  })),
  {
    factory: 'GatewayListener.http', validArgs: () => ({ options: { name: 'web', port: 8080, hostname: 'shop.example.com', allowedRoutes: AllowedRoutes.sameNamespace() } }),
    required: [], paths: ['options', 'options.name', 'options.port', 'options.hostname', 'options.allowedRoutes'],
    call: (x) => GatewayListener.http(a(x.options)), use: (l, c) => gatewayWith(c, { listeners: [l] }), usedBy: GATEWAY, usedAs: ['listeners'],
  },
  {
    factory: 'GatewayListener.https',
    validArgs: () => ({ options: { hostname: '*.example.com', certificates: [{ name: 'shop-tls', namespace: 'certs' }], port: 443 } }),
    paths: ['options', 'options.name', 'options.port', 'options.hostname', 'options.allowedRoutes', 'options.certificates', 'options.certificates.0',
      'options.certificates.0.name', 'options.certificates.0.namespace'],
    call: (x) => GatewayListener.https(a(x.options)), use: (l, c) => gatewayWith(c, { listeners: [l] }), usedBy: GATEWAY, usedAs: ['listeners'],
  },
  ...(['sameNamespace', 'allNamespaces'] as const).map((kind): FactoryFuzzTarget => ({
    factory: `AllowedRoutes.${kind}`, validArgs: () => ({ extra: undefined }), required: [], ignored: ['extra'], call: (x) => (AllowedRoutes[kind] as (...args: unknown[]) => AllowedRoutes)(x.extra),
    use: (r, c) => gatewayWith(c, { allowedRoutes: r }), usedBy: GATEWAY, usedAs: ['allowedRoutes'],
  })),
  {
    factory: 'AllowedRoutes.namespacesWithLabels', validArgs: () => ({ labels: { team: 'public' } }), paths: ['labels', 'labels.team', 'labels.tier'],
    call: (x) => AllowedRoutes.namespacesWithLabels(a(x.labels)), use: (r, c) => gatewayWith(c, { allowedRoutes: r }), usedBy: GATEWAY, usedAs: ['allowedRoutes'],
  },
  // Callers of a namespace
  ...([
    ['CallerIdentity.namespace', { namespace: 'shop' }, (x: Record<string, unknown>) => CallerIdentity.namespace(a(x.namespace)), ['namespace']],
    ['CallerIdentity.serviceAccount', { namespace: 'shop', serviceAccount: 'web' },
      (x: Record<string, unknown>) => CallerIdentity.serviceAccount(a(x.namespace), a(x.serviceAccount)), ['namespace', 'serviceAccount']],
    ['CallerIdentity.ingressGateway', { serviceAccount: 'istio-ingressgateway-service-account', namespace: 'istio-system' },
      (x: Record<string, unknown>) => CallerIdentity.ingressGateway(a(x.serviceAccount), a(x.namespace)), []],
    ['CallerIdentity.monitoringNamespace', { namespace: 'monitoring' }, (x: Record<string, unknown>) => CallerIdentity.monitoringNamespace(a(x.namespace)), []],
    ['CallerIdentity.anySourceOnPort', { port: 9090 }, (x: Record<string, unknown>) => CallerIdentity.anySourceOnPort(a(x.port)), ['port']],
  ] as const).map(([factory, args, call, required]): FactoryFuzzTarget => ({
    factory, validArgs: () => ({ ...args }), call, required,
    use: (caller, c) => new StrictMtlsNamespace(c, 'ns', { name: 'payments', denyByDefault: true, allowedCallers: [caller as CallerIdentity] }),
    usedBy: ['StrictMtlsNamespace'], usedAs: ['allowedCallers'],
  })),
  // The Istio release a synth targets
  {
    // The message names where the version came from (`source`, by default the context key), as a CLI flag or a
    // cdk8s context value is what a user wrote.
    factory: 'IstioVersion.parse', validArgs: () => ({ value: '1.29' }), namedAs: ["Context 'istioVersion'"], usedAs: ['istioVersion'],
    call: (x) => IstioVersion.parse(a(x.value)),
    check: (v) => {
      if (!(v instanceof IstioVersion)) throw new Error(`IstioVersion.parse returned ${String(v)}`);
    },
  },
];
