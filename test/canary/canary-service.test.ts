/* eslint-disable @typescript-eslint/no-explicit-any -- synthesized manifests are untyped JSON */
import { Chart, Duration, Size, Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { baseProps, synth } from './helpers';
import {
  CanaryService, EnvValue, LoadBalancer, Probe, RouteMatch, ServiceProtocol, StringMatch, TlsMode,
} from '../../src/canary';
import { PROXY_CONFIG_ANNOTATION, registerProxyConfigSource } from '../../src/shared/proxy-config';
import { validateAndAnalyze } from '../../src/validation';
import { defined } from '../support/type-helpers';
import { VirtualService } from '../../imports/istio-networking.istio.io';

const billing = () => baseProps({
  canaryWeight: 10,
  canaryMatches: [RouteMatch.header('x-user-region', StringMatch.exact('oslo'))],
});

describe('CanaryService: the runbook billing-service example', () => {
  const { svc, objects, byKind } = synth(billing());

  test('synthesizes the reviewed YAML', () => {
    expect(objects).toMatchSnapshot();
  });

  test('emits Service, two Deployments with a PodDisruptionBudget each, DestinationRule and VirtualService in the chart namespace', () => {
    expect(objects.map((o) => `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`)).toEqual([
      'Service/billing/billing-service',
      'Deployment/billing/billing-service-v1',
      'PodDisruptionBudget/billing/billing-service-v1',
      'Deployment/billing/billing-service-v2',
      'PodDisruptionBudget/billing/billing-service-v2',
      'DestinationRule/billing/billing-service',
      'VirtualService/billing/billing-service',
    ]);
    expect(validateAndAnalyze(objects).filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('the Service selects app only, names its port by protocol and sets appProtocol', () => {
    const service = byKind('Service');
    expect(service.spec.selector).toEqual({ app: 'billing-service' });
    expect(service.spec.ports).toEqual([{ name: 'http', appProtocol: 'http', port: 80, targetPort: 8080, protocol: 'TCP' }]);
  });

  test('each Deployment selects app + version and labels its pods for Istio and Kiali', () => {
    for (const version of ['v1', 'v2']) {
      const d = byKind('Deployment', `billing-service-${version}`);
      expect(d.spec.selector.matchLabels).toEqual({ app: 'billing-service', version });
      expect(d.spec.template.metadata.labels).toEqual({
        'app': 'billing-service', version, 'app.kubernetes.io/name': 'billing-service', 'app.kubernetes.io/version': version,
      });
      expect(d.spec.template.metadata.annotations).toBeUndefined();
    }
  });

  test('sets resources, pull policy and security context explicitly', () => {
    const pod = byKind('Deployment', 'billing-service-v1').spec.template.spec;
    const c = pod.containers[0];
    expect(c.image).toBe('registry.example.com/billing:1.4.2');
    expect(c.imagePullPolicy).toBe('IfNotPresent');
    expect(c.ports).toEqual([{ containerPort: 8080, name: 'http', protocol: 'TCP' }]);
    expect(c.resources).toEqual({ requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' } });
    // Nothing that would refuse images running as root, and no explicit `runAsNonRoot: false` either.
    expect(c.securityContext).toEqual({ allowPrivilegeEscalation: false, privileged: false, readOnlyRootFilesystem: false });
    expect(pod.securityContext).toBeUndefined();
    expect(pod.automountServiceAccountToken).toBe(false);
    expect(c.startupProbe).toBeUndefined();
  });

  test('the DestinationRule has one subset per version and no traffic policy', () => {
    const dr = byKind('DestinationRule');
    expect(dr.spec).toEqual({
      host: 'billing-service',
      subsets: [{ name: 'v1', labels: { version: 'v1' } }, { name: 'v2', labels: { version: 'v2' } }],
    });
  });

  test('the VirtualService sends Oslo to v2 first, then splits 90/10', () => {
    expect(byKind('VirtualService').spec).toEqual({
      hosts: ['billing-service'],
      http: [
        {
          name: 'canary-match',
          match: [{ headers: { 'x-user-region': { exact: 'oslo' } } }],
          route: [{ destination: { host: 'billing-service', subset: 'v2' } }],
        },
        {
          name: 'stable-canary-split',
          route: [
            { destination: { host: 'billing-service', subset: 'v1' }, weight: 90 },
            { destination: { host: 'billing-service', subset: 'v2' }, weight: 10 },
          ],
        },
      ],
    });
  });

  test('exposes the effective values and every emitted object', () => {
    expect([svc.name, svc.port, svc.targetPort, svc.protocol, svc.canaryWeight]).toEqual(['billing-service', 80, 8080, ServiceProtocol.HTTP, 10]);
    expect([svc.stableVersion, svc.canaryVersion]).toEqual(['v1', 'v2']);
    expect(svc.canaryMatches).toHaveLength(1);
    expect(svc.service?.toJson().kind).toBe('Service');
    expect(svc.stableDeployment?.toJson().metadata.name).toBe('billing-service-v1');
    expect(svc.canaryDeployment?.toJson().metadata.name).toBe('billing-service-v2');
    expect(svc.destinationRule?.toJson().kind).toBe('DestinationRule');
    expect(svc.virtualService?.toJson().kind).toBe('VirtualService');
  });
});

describe('CanaryService: defaults and weights', () => {
  test('port defaults to 80, targetPort to port, weight to 0, protocol to HTTP', () => {
    const { svc, byKind } = synth({ name: 'reviews', stable: { version: 'v1', image: 'r:1' }, canary: { version: 'v2', image: 'r:2' } });
    expect([svc.port, svc.targetPort, svc.canaryWeight, svc.protocol]).toEqual([80, 80, 0, ServiceProtocol.HTTP]);
    expect(byKind('Service').spec.ports[0]).toMatchObject({ port: 80, targetPort: 80 });
    expect(byKind('VirtualService').spec.http).toEqual([{
      name: 'stable-canary-split',
      route: [{ destination: { host: 'reviews', subset: 'v1' }, weight: 100 }, { destination: { host: 'reviews', subset: 'v2' }, weight: 0 }],
    }]);
  });

  test('weight 100 sends everything to the canary and stays valid', () => {
    const { objects, byKind } = synth(baseProps({ canaryWeight: 100 }));
    expect(byKind('VirtualService').spec.http[0].route.map((r: any) => r.weight)).toEqual([0, 100]);
    expect(validateAndAnalyze(objects).filter((f) => f.severity === 'error')).toEqual([]);
  });

  test.each([
    [ServiceProtocol.HTTP2, 'http2'],
    [ServiceProtocol.GRPC, 'grpc'],
    [ServiceProtocol.TCP, 'tcp'],
  ])('protocol %s names the Service and container port %s and sets appProtocol', (protocol, portName) => {
    const { byKind } = synth(baseProps({ protocol }));
    expect(byKind('Service').spec.ports[0]).toMatchObject({ name: portName, appProtocol: portName });
    expect(byKind('Deployment', 'billing-service-v1').spec.template.spec.containers[0].ports[0].name).toBe(portName);
  });
});

describe('CanaryService: shadow traffic', () => {
  test('mirrors a share of stable\'s requests to the canary on the split rule only', () => {
    const { objects, byKind } = synth(baseProps({ canaryMirrorPercent: 12.5, canaryMatches: [RouteMatch.header('x-qa', StringMatch.exact('1'))] }));
    const [match, split] = byKind('VirtualService').spec.http;
    expect(match.mirror).toBeUndefined();
    expect(split).toEqual({
      name: 'stable-canary-split',
      route: [{ destination: { host: 'billing-service', subset: 'v1' }, weight: 100 }, { destination: { host: 'billing-service', subset: 'v2' }, weight: 0 }],
      mirror: { host: 'billing-service', subset: 'v2' },
      mirrorPercentage: { value: 12.5 },
    });
    expect(validateAndAnalyze(objects).filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('0 means no mirroring', () => {
    const { svc, byKind } = synth(baseProps({ canaryMirrorPercent: 0 }));
    expect(svc.canaryMirrorPercent).toBe(0);
    expect(byKind('VirtualService').spec.http[0].mirror).toBeUndefined();
  });
});

describe('CanaryService: TCP', () => {
  test('splits by weight with tcp routes and matches by source only', () => {
    const { objects, byKind } = synth(baseProps({
      protocol: ServiceProtocol.TCP, canaryWeight: 25,
      canaryMatches: [RouteMatch.sourceLabels({ app: 'batch' }), RouteMatch.sourceNamespace('qa')],
    }));
    expect(byKind('VirtualService').spec).toEqual({
      hosts: ['billing-service'],
      tcp: [
        { match: [{ sourceLabels: { app: 'batch' } }, { sourceNamespace: 'qa' }], route: [{ destination: { host: 'billing-service', subset: 'v2' } }] },
        { route: [{ destination: { host: 'billing-service', subset: 'v1' }, weight: 75 }, { destination: { host: 'billing-service', subset: 'v2' }, weight: 25 }] },
      ],
    });
    expect(objects).toMatchSnapshot();
  });
});

describe('CanaryService: every option', () => {
  const props = baseProps({
    protocol: ServiceProtocol.GRPC,
    canaryWeight: 5,
    canaryMatches: [
      RouteMatch.all(RouteMatch.header('x-user-region', StringMatch.prefix('osl')), RouteMatch.uri(StringMatch.prefix('/billing.v1.Billing/'))),
      RouteMatch.cookie('canary', 'always'),
      RouteMatch.queryParam('beta', StringMatch.regex('^(1|true)$')),
      RouteMatch.sourceLabels({ app: 'qa-client' }),
    ],
    timeout: Duration.seconds(2.5),
    retries: { attempts: 3, perTryTimeout: Duration.millis(800), retryOn: ['unavailable', 'cancelled', '503'], backoff: Duration.millis(50) },
    connectionPool: { maxConnections: 100, connectTimeout: Duration.millis(250), http2MaxRequests: 1000, maxRequestsPerConnection: 10, idleTimeout: Duration.minutes(5) },
    outlierDetection: { consecutive5xxErrors: 5, interval: Duration.seconds(10), baseEjectionTime: Duration.seconds(30), maxEjectionPercent: 50 },
    loadBalancer: LoadBalancer.consistentHashByCookie('affinity', Duration.hours(1)),
    tlsMode: TlsMode.ISTIO_MUTUAL,
    proxyResources: { cpuRequest: kplus.Cpu.millis(50), cpuLimit: kplus.Cpu.units(1), memoryRequest: Size.mebibytes(64), memoryLimit: Size.gibibytes(1) },
    serviceAccountName: 'billing',
    stable: {
      version: 'v1', image: 'registry.example.com/billing:1.4.2', replicas: 3,
      resources: { cpu: { request: kplus.Cpu.millis(250) }, memory: { request: Size.mebibytes(256), limit: Size.mebibytes(256) } },
      env: { LOG_LEVEL: EnvValue.fromValue('info'), DB_PASSWORD: EnvValue.fromSecret('billing-db', 'password'), REGION: EnvValue.fromConfigMap('billing', 'region') },
      command: ['/app/billing'], args: ['--serve'],
      ports: [{ number: 9100, name: 'metrics' }],
      readiness: Probe.grpc(undefined, { period: Duration.seconds(5) }),
      liveness: Probe.tcp(8080, { initialDelay: Duration.seconds(10), failureThreshold: 5 }),
      startup: Probe.exec(['/bin/ready'], { period: Duration.seconds(2), failureThreshold: 30 }),
      podLabels: { team: 'payments' },
      podAnnotations: { 'prometheus.io/scrape': 'true' },
      imagePullPolicy: kplus.ImagePullPolicy.ALWAYS,
      securityContext: { runAsNonRoot: true, runAsUser: 10001, runAsGroup: 10001, readOnlyRootFilesystem: true },
      automountServiceAccountToken: true,
      proxyConfig: { concurrency: 2 },
    },
    canary: { version: 'v2', image: 'registry.example.com/billing:2.0.0', readiness: Probe.httpGet('/healthz', { timeout: Duration.seconds(2) }) },
  });
  const { objects, byKind } = synth(props);

  test('synthesizes the reviewed YAML and passes validation', () => {
    expect(objects).toMatchSnapshot();
    expect(validateAndAnalyze(objects).filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('renders matches, timeout and retries on both rules', () => {
    const http = byKind('VirtualService').spec.http;
    expect(http[0].match).toEqual([
      { headers: { 'x-user-region': { prefix: 'osl' } }, uri: { prefix: '/billing.v1.Billing/' } },
      { headers: { cookie: { regex: '^(.*?;\\s*)?(canary=always)(;.*)?$' } } },
      { queryParams: { beta: { regex: '^(1|true)$' } } },
      { sourceLabels: { app: 'qa-client' } },
    ]);
    for (const rule of http) {
      expect(rule.timeout).toBe('2500ms');
      expect(rule.retries).toEqual({ attempts: 3, perTryTimeout: '800ms', retryOn: 'unavailable,cancelled,503', backoff: '50ms' });
    }
  });

  test('renders the traffic policy', () => {
    expect(byKind('DestinationRule').spec.trafficPolicy).toEqual({
      connectionPool: { tcp: { maxConnections: 100, connectTimeout: '250ms' }, http: { http2MaxRequests: 1000, maxRequestsPerConnection: 10, idleTimeout: '300s' } },
      outlierDetection: { consecutive5xxErrors: 5, interval: '10s', baseEjectionTime: '30s', maxEjectionPercent: 50 },
      loadBalancer: { consistentHash: { httpCookie: { name: 'affinity', ttl: '3600s' } } },
      tls: { mode: 'ISTIO_MUTUAL' },
    });
  });

  test('puts all four sidecar resource annotations and the proxy config on the pods', () => {
    const stable = byKind('Deployment', 'billing-service-v1').spec.template;
    expect(stable.metadata.annotations).toEqual({
      'prometheus.io/scrape': 'true',
      'sidecar.istio.io/proxyCPU': '50m',
      'sidecar.istio.io/proxyCPULimit': '1',
      'sidecar.istio.io/proxyMemory': '64Mi',
      'sidecar.istio.io/proxyMemoryLimit': '1024Mi',
      'proxy.istio.io/config': '{"concurrency":2}',
    });
    expect(Object.keys(byKind('Deployment', 'billing-service-v2').spec.template.metadata.annotations)).toEqual([
      'sidecar.istio.io/proxyCPU', 'sidecar.istio.io/proxyCPULimit', 'sidecar.istio.io/proxyMemory', 'sidecar.istio.io/proxyMemoryLimit',
    ]);
  });

  test('renders the pod and container settings of a version', () => {
    const pod = byKind('Deployment', 'billing-service-v1').spec.template;
    const c = pod.spec.containers[0];
    expect(pod.metadata.labels.team).toBe('payments');
    expect(pod.spec.serviceAccountName).toBe('billing');
    expect(pod.spec.automountServiceAccountToken).toBe(true);
    expect(pod.spec.securityContext).toEqual({ runAsNonRoot: true });
    expect(c.securityContext).toEqual({
      allowPrivilegeEscalation: false, privileged: false, readOnlyRootFilesystem: true, runAsNonRoot: true, runAsUser: 10001, runAsGroup: 10001,
    });
    expect(c.imagePullPolicy).toBe('Always');
    expect(c.command).toEqual(['/app/billing']);
    expect(c.args).toEqual(['--serve']);
    expect(c.ports).toEqual([{ containerPort: 8080, name: 'grpc', protocol: 'TCP' }, { containerPort: 9100, name: 'metrics', protocol: 'TCP' }]);
    // A block the user gives replaces the default block: cpu has no limit now, memory is as given.
    expect(c.resources).toEqual({ requests: { cpu: '250m', memory: '256Mi' }, limits: { memory: '256Mi' } });
    expect(c.env).toEqual([
      { name: 'LOG_LEVEL', value: 'info' },
      { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'billing-db', key: 'password' } } },
      { name: 'REGION', valueFrom: { configMapKeyRef: { name: 'billing', key: 'region' } } },
    ]);
    expect(c.readinessProbe).toEqual({ grpc: { port: 8080 }, periodSeconds: 5 });
    expect(c.livenessProbe).toEqual({ tcpSocket: { port: 8080 }, initialDelaySeconds: 10, failureThreshold: 5 });
    expect(c.startupProbe).toEqual({ exec: { command: ['/bin/ready'] }, periodSeconds: 2, failureThreshold: 30 });
    const canary = byKind('Deployment', 'billing-service-v2').spec.template.spec.containers[0];
    expect(canary.readinessProbe).toEqual({ httpGet: { path: '/healthz', port: 8080 }, timeoutSeconds: 2 });
  });

  test('load balancer choices render to Istio', () => {
    const lb = (loadBalancer: LoadBalancer) => synth(baseProps({ loadBalancer })).byKind('DestinationRule').spec.trafficPolicy.loadBalancer;
    expect(lb(LoadBalancer.roundRobin())).toEqual({ simple: 'ROUND_ROBIN' });
    expect(lb(LoadBalancer.leastRequest())).toEqual({ simple: 'LEAST_REQUEST' });
    expect(lb(LoadBalancer.random())).toEqual({ simple: 'RANDOM' });
    expect(lb(LoadBalancer.consistentHashByHeader('x-user'))).toEqual({ consistentHash: { httpHeaderName: 'x-user' } });
    expect(lb(LoadBalancer.consistentHashBySourceIp())).toEqual({ consistentHash: { useSourceIp: true } });
    expect(lb(LoadBalancer.consistentHashByQueryParameter('user'))).toEqual({ consistentHash: { httpQueryParameterName: 'user' } });
    expect(lb(LoadBalancer.consistentHashByCookie('s', Duration.seconds(0)))).toEqual({ consistentHash: { httpCookie: { name: 's', ttl: '0s' } } });
    expect(lb(LoadBalancer.consistentHashByCookie('s'))).toEqual({ consistentHash: { httpCookie: { name: 's' } } });
  });

  test('TLS mode DISABLE renders', () => {
    expect(synth(baseProps({ tlsMode: TlsMode.DISABLE })).byKind('DestinationRule').spec.trafficPolicy).toEqual({ tls: { mode: 'DISABLE' } });
  });
});

describe('CanaryService: ProxyConfig from other constructs', () => {
  const source = {
    proxyConfigFor: (labels: { [key: string]: string }, namespace?: string) =>
      namespace === 'billing' && labels.version === 'v2' ? { fileFlushInterval: '1s', concurrency: 4 } : undefined,
  };

  test('a registered source reaches the pods it selects, registered before or after the service', () => {
    for (const registerFirst of [true, false]) {
      const chart = new Chart(Testing.app(), 'test', { namespace: 'billing' });
      if (registerFirst) registerProxyConfigSource(chart, source);
      const svc = new CanaryService(chart, 'canary', baseProps({ canary: { version: 'v2', image: 'b:2', proxyConfig: { concurrency: 2 } } }));
      if (!registerFirst) registerProxyConfigSource(chart, source);
      const [stable, canary] = [svc.stableDeployment?.toJson(), svc.canaryDeployment?.toJson()];
      expect(stable.spec.template.metadata.annotations).toBeUndefined();
      // The version's own proxyConfig wins per field over what a source contributes.
      expect(canary.spec.template.metadata.annotations).toEqual({ [PROXY_CONFIG_ANNOTATION]: '{"fileFlushInterval":"1s","concurrency":2}' });
    }
  });

  test('a source scoped to another namespace adds nothing', () => {
    const chart = new Chart(Testing.app(), 'test', { namespace: 'shop' });
    registerProxyConfigSource(chart, source);
    const svc = new CanaryService(chart, 'canary', baseProps());
    expect(defined(svc.canaryDeployment, 'the canary Deployment').toJson().spec.template.metadata.annotations).toBeUndefined();
  });
});

describe('CanaryService: validation at synth', () => {
  test('switches mesh validation on for its app, so a bad neighbouring Istio object fails synth', () => {
    const chart = new Chart(Testing.app(), 'test', { namespace: 'billing' });
    new CanaryService(chart, 'canary', baseProps());
    new VirtualService(chart, 'bad', {
      metadata: { name: 'bad' },
      spec: { hosts: ['billing-service.example.com'], http: [{ route: [{ destination: { host: 'billing-service', subset: 'v1' }, weight: -1 }] }] },
    });
    expect(() => Testing.synth(chart)).toThrow(/Validation failed with the following errors:[\s\S]*VirtualService billing\/bad/);
  });

  test('two services with the same name in one namespace conflict (one mesh VirtualService per host)', () => {
    const chart = new Chart(Testing.app(), 'test', { namespace: 'billing' });
    new CanaryService(chart, 'a', baseProps());
    new CanaryService(chart, 'b', baseProps());
    expect(() => Testing.synth(chart)).toThrow(/IST0109/);
  });
});
