/* eslint-disable @typescript-eslint/no-explicit-any -- synthesized manifests are untyped JSON */
import { ApiObject, App, Chart, Duration, Testing } from 'cdk8s';
import fc from 'fast-check';
import { CanaryService, CanaryServiceProps, LoadBalancer, RouteMatch, StringMatch } from '../../src/canary';
import { IngressGatewayRef, RoutingApi } from '../../src/routing';
import { DataplaneMode, StrictMtlsNamespace } from '../../src/security';
import { validateObjects } from '../../src/validation';
import { validateGatewayApi } from './gateway-api-schema';

const stable = { version: 'v1', image: 'registry.example.com/billing:1' };
const canary = { version: 'v2', image: 'registry.example.com/billing:2' };
const base: CanaryServiceProps = { name: 'billing', port: 80, targetPort: 8080, stable, canary, canaryWeight: 10 };

function synthIn(props: CanaryServiceProps, setup?: (chart: Chart) => void): { svc: CanaryService; objects: any[] } {
  const chart = new Chart(Testing.app(), 'test', { namespace: 'billing' });
  setup?.(chart);
  const svc = new CanaryService(chart, 'svc', props);
  return { svc, objects: Testing.synth(chart) };
}

const find = (objects: any[], kind: string, name: string) => objects.find((o) => o.kind === kind && o.metadata.name === name);

describe('RoutingApi.GATEWAY_API', () => {
  test('per-version Services, an HTTPRoute on the Service with group "", and no VirtualService', () => {
    const { svc, objects } = synthIn({
      ...base, routingApi: RoutingApi.GATEWAY_API, timeout: Duration.seconds(90.5),
      canaryMatches: [RouteMatch.header('x-user-region', StringMatch.exact('oslo'))],
    });
    expect(objects).toMatchSnapshot();
    expect(svc.routingApi).toBe(RoutingApi.GATEWAY_API);
    expect(svc.virtualService).toBeUndefined();
    expect(objects.filter((o) => o.kind === 'VirtualService' || o.kind === 'DestinationRule')).toEqual([]);
    expect(find(objects, 'Service', 'billing-v1').spec.selector).toEqual({ app: 'billing', version: 'v1' });
    expect(find(objects, 'Service', 'billing-v2').spec.selector).toEqual({ app: 'billing', version: 'v2' });
    const route = find(objects, 'HTTPRoute', 'billing');
    expect(route.apiVersion).toBe('gateway.networking.k8s.io/v1');
    expect(route.spec.parentRefs).toEqual([{ group: '', kind: 'Service', name: 'billing', port: 80 }]);
    expect(route.spec.rules[0]).toEqual({
      name: 'canary-match',
      matches: [{ path: { type: 'PathPrefix', value: '/' }, headers: [{ type: 'Exact', name: 'x-user-region', value: 'oslo' }] }],
      backendRefs: [{ name: 'billing-v2', port: 80 }],
      timeouts: { request: '1m30s500ms' },
    });
    expect(route.spec.rules[1].backendRefs).toEqual([{ name: 'billing-v1', port: 80, weight: 90 }, { name: 'billing-v2', port: 80, weight: 10 }]);
  });

  test('traffic policy goes to a DestinationRule without subsets per version host', () => {
    const { objects } = synthIn({ ...base, routingApi: RoutingApi.GATEWAY_API, loadBalancer: LoadBalancer.roundRobin() });
    for (const v of ['v1', 'v2']) {
      expect(find(objects, 'DestinationRule', `billing-${v}`).spec).toEqual({ host: `billing-${v}`, trafficPolicy: { loadBalancer: { simple: 'ROUND_ROBIN' } } });
    }
  });

  test('the default follows the namespace data plane: ambient → GATEWAY_API, sidecar → ISTIO; the prop wins', () => {
    const ambient = (chart: Chart) => new StrictMtlsNamespace(chart, 'ns', { name: 'billing', dataplane: DataplaneMode.AMBIENT, waypoint: true });
    expect(synthIn(base, ambient).svc.routingApi).toBe(RoutingApi.GATEWAY_API);
    expect(synthIn(base, (c) => new StrictMtlsNamespace(c, 'ns', { name: 'billing' })).svc.routingApi).toBe(RoutingApi.ISTIO);
    expect(synthIn(base).svc.routingApi).toBe(RoutingApi.ISTIO);
    expect(new CanaryService(Testing.chart(), 'svc', { ...base, dataplane: DataplaneMode.AMBIENT }).routingApi).toBe(RoutingApi.GATEWAY_API);
    expect(synthIn({ ...base, routingApi: RoutingApi.ISTIO }, ambient).svc.virtualService).toBeDefined();
  });

  test('one version alone: Service, Deployment, and a route with one backend (ISTIO: one subset, one destination)', () => {
    const single = { name: 'billing', port: 80, stable };
    const gw = synthIn({ ...single, routingApi: RoutingApi.GATEWAY_API }).objects;
    expect(gw.map((o) => `${o.kind}/${o.metadata.name}`).sort()).toEqual(['Deployment/billing-v1', 'HTTPRoute/billing', 'PodDisruptionBudget/billing-v1', 'Service/billing', 'Service/billing-v1']);
    expect(find(gw, 'HTTPRoute', 'billing').spec.rules).toEqual([{
      name: 'stable-canary-split', matches: [{ path: { type: 'PathPrefix', value: '/' } }], backendRefs: [{ name: 'billing-v1', port: 80 }],
    }]);
    const { svc, objects } = synthIn(single);
    expect(svc.canaryDeployment).toBeUndefined();
    expect(svc.canaryVersion).toBeUndefined();
    expect(find(objects, 'DestinationRule', 'billing').spec.subsets).toEqual([{ name: 'v1', labels: { version: 'v1' } }]);
    expect(find(objects, 'VirtualService', 'billing').spec.http).toEqual([{ name: 'stable-canary-split', route: [{ destination: { host: 'billing', subset: 'v1' } }] }]);
  });

  test('URI prefix and regex matches make the catch-all a regex, so that they win in Gateway API ranking', () => {
    const { objects } = synthIn({ ...base, routingApi: RoutingApi.GATEWAY_API, canaryMatches: [RouteMatch.uri(StringMatch.prefix('/api')), RouteMatch.uri(StringMatch.regex('/'))] });
    const rules = find(objects, 'HTTPRoute', 'billing').spec.rules;
    expect(rules[0].matches).toEqual([{ path: { type: 'RegularExpression', value: '/api.*' } }, { path: { type: 'RegularExpression', value: '(?:/)' } }]);
    expect(rules[1].matches).toEqual([{ path: { type: 'RegularExpression', value: '.*' } }]);
  });

  test('mirroring: percent when whole, an exact fraction otherwise', () => {
    const route = (p: number) => find(synthIn({ ...base, canaryWeight: 0, canaryMirrorPercent: p, routingApi: RoutingApi.GATEWAY_API }).objects, 'HTTPRoute', 'billing');
    expect(route(20).spec.rules[0].filters).toEqual([{ type: 'RequestMirror', requestMirror: { backendRef: { name: 'billing-v2', port: 80 }, percent: 20 } }]);
    expect(route(12.5).spec.rules[0].filters[0].requestMirror.fraction).toEqual({ numerator: 125, denominator: 1000 });
  });

  const matchArb = fc.oneof(
    fc.constantFrom('a', 'oslo', 'x.y').map((v) => RouteMatch.header('x-region', StringMatch.exact(v))),
    fc.constantFrom('a', '(x)').map((v) => RouteMatch.header('x-region', StringMatch.prefix(v))),
    fc.constantFrom('/api', '/a/b', '/v1.2').map((v) => RouteMatch.uri(StringMatch.exact(v))),
    fc.constantFrom('/api', '/ap?', '/').filter((v) => !v.includes('?')).map((v) => RouteMatch.uri(StringMatch.prefix(v))),
    fc.constantFrom('.*', 'a+', '/').map((v) => RouteMatch.uri(StringMatch.regex(v))),
    fc.constantFrom('1', 'x').map((v) => RouteMatch.cookie('beta', v)),
    fc.constantFrom('a', 'b').map((v) => RouteMatch.queryParam('q', StringMatch.exact(v))),
  );
  test('property: every emitted object passes the Gateway API schema + CEL and the Istio layers (300 runs)', () => {
    const props = fc.record({
      weight: fc.integer({ min: 0, max: 100 }),
      matches: fc.array(matchArb, { maxLength: 4 }),
      timeout: fc.option(fc.integer({ min: 1, max: 10_000_000 }), { nil: undefined }),
      mirror: fc.option(fc.constantFrom(1, 50, 12.5, 0.001), { nil: undefined }),
      single: fc.boolean(),
      prefix: fc.option(fc.constantFrom('/billing', '/', '/a/b'), { nil: undefined }),
    });
    fc.assert(fc.property(props, (p) => {
      const matches = p.prefix !== undefined ? p.matches.filter((m) => m._conditions.uri === undefined) : p.matches;
      const chart = new Chart(new App(), 'test', { namespace: 'billing' });
      const svc = new CanaryService(chart, 'svc', {
        name: 'billing', port: 80, stable, routingApi: RoutingApi.GATEWAY_API,
        ...(p.single ? {} : { canary, canaryWeight: p.weight, canaryMatches: matches, ...(p.weight === 0 && p.mirror ? { canaryMirrorPercent: p.mirror } : {}) }),
        ...(p.timeout ? { timeout: Duration.millis(p.timeout) } : {}),
      });
      svc.exposeVia(IngressGatewayRef.fromGatewayApiGateway('istio-ingress', 'public', 'https'), { hostnames: ['billing.example.com'], ...(p.prefix ? { pathPrefix: p.prefix } : {}) });
      for (const obj of chart.toJson()) {
        if (obj.apiVersion.startsWith('gateway.networking.k8s.io/')) expect({ obj, findings: validateGatewayApi(obj) }).toEqual({ obj, findings: [] });
        else expect(validateObjects([obj]).filter((f) => f.severity === 'error')).toEqual([]);
      }
    }), { numRuns: 300 });
  });
});

describe('RoutingApi.ISTIO with exposeVia', () => {
  test('the VirtualService binds to the Istio Gateway and the mesh; a path prefix scopes only the gateway entries', () => {
    const chart = new Chart(new App(), 'test', { namespace: 'billing' });
    const svc = new CanaryService(chart, 'svc', { ...base, canaryMatches: [RouteMatch.header('x-user-region', StringMatch.exact('oslo'))] });
    svc.exposeVia(IngressGatewayRef.fromIstioGateway('istio-ingress/public'), { hostnames: ['billing.example.com'], pathPrefix: '/billing' });
    const vs = svc.virtualService!.toJson().spec;
    expect(vs.hosts).toEqual(['billing', 'billing.example.com']);
    expect(vs.gateways).toEqual(['istio-ingress/public', 'mesh']);
    expect(vs.http[0].match).toEqual([
      { headers: { 'x-user-region': { exact: 'oslo' } }, gateways: ['mesh'] },
      { headers: { 'x-user-region': { exact: 'oslo' } }, uri: { exact: '/billing' }, gateways: ['istio-ingress/public'] },
      { headers: { 'x-user-region': { exact: 'oslo' } }, uri: { prefix: '/billing/' }, gateways: ['istio-ingress/public'] },
    ]);
    expect(vs.http[1].match).toEqual([{ gateways: ['mesh'] }, { uri: { exact: '/billing' }, gateways: ['istio-ingress/public'] }, { uri: { prefix: '/billing/' }, gateways: ['istio-ingress/public'] }]);
  });

  test('property: the exposed Istio objects pass the Istio layers (200 runs)', () => {
    const props = fc.record({
      weight: fc.integer({ min: 0, max: 100 }),
      header: fc.boolean(),
      prefix: fc.option(fc.constantFrom('/billing', '/', '/a/b/'), { nil: undefined }),
      both: fc.boolean(),
    });
    fc.assert(fc.property(props, (p) => {
      const chart = new Chart(new App(), 'test', { namespace: 'billing' });
      const svc = new CanaryService(chart, 'svc', {
        ...base, canaryWeight: p.weight, ...(p.header ? { canaryMatches: [RouteMatch.cookie('beta', '1')] } : {}),
      });
      svc.exposeVia(IngressGatewayRef.fromIstioGateway('istio-ingress/public'), { hostnames: ['billing.example.com'], ...(p.prefix ? { pathPrefix: p.prefix } : {}) });
      if (p.both) svc.exposeVia(IngressGatewayRef.fromIstioGateway('edge/internal'), { hostnames: ['billing.internal'] });
      const objects = chart.node.findAll().filter((c): c is ApiObject => c instanceof ApiObject).map((o) => o.toJson());
      expect(validateObjects(objects).filter((f) => f.severity === 'error')).toEqual([]);
    }), { numRuns: 200 });
  });
});

test('RoutingApi.ISTIO exposed through a Gateway API gateway: version Services with the traffic policy', () => {
  const chart = new Chart(new App(), 'test', { namespace: 'billing' });
  const svc = new CanaryService(chart, 'svc', { ...base, loadBalancer: LoadBalancer.random() });
  svc.exposeVia(IngressGatewayRef.fromGatewayApiGateway('istio-ingress', 'public'), { hostnames: ['billing.example.com'] });
  expect(svc.versionServices.map((s) => s.name)).toEqual(['billing-v1', 'billing-v2']);
  expect(svc.versionDestinationRules.map((d) => d.toJson().spec)).toEqual([
    { host: 'billing-v1', trafficPolicy: { loadBalancer: { simple: 'RANDOM' } } },
    { host: 'billing-v2', trafficPolicy: { loadBalancer: { simple: 'RANDOM' } } },
  ]);
  expect(svc.destinationRule!.toJson().spec.trafficPolicy).toEqual({ loadBalancer: { simple: 'RANDOM' } });
});

test('the Gateway API checks used above reject a broken route (so passing them means something)', () => {
  const route = find(synthIn({ ...base, routingApi: RoutingApi.GATEWAY_API }).objects, 'HTTPRoute', 'billing');
  expect(validateGatewayApi(route)).toEqual([]);
  const noPort = { ...route, spec: { ...route.spec, rules: [{ backendRefs: [{ name: 'billing-v1' }] }] } };
  expect(validateGatewayApi(noPort).map((f) => f.message).join('\n')).toContain('Must have port for Service reference');
});
