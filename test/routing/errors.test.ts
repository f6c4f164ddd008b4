import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Chart, Testing } from 'cdk8s';
import { IstioApp } from '../../src';
import { CanaryService, CanaryServiceProps, RetryPolicy, RouteMatch, ServiceProtocol, StringMatch } from '../../src/canary';
import { IngressGateway } from '../../src/ingress';
import { IIngressGateway, IngressGatewayRef, RoutingApi } from '../../src/routing';
import { DataplaneMode, StrictMtlsNamespace, Waypoint, WaypointTrafficType } from '../../src/security';
import { plainJs } from '../support/type-helpers';

const stable = { version: 'v1', image: 'registry.example.com/billing:1' };
const canary = { version: 'v2', image: 'registry.example.com/billing:2' };
const base: CanaryServiceProps = { name: 'billing', stable, canary };
const gw = (props: Partial<CanaryServiceProps>) => new CanaryService(Testing.chart(), 'svc', { ...base, routingApi: RoutingApi.GATEWAY_API, ...props });
const istioGateway = IngressGatewayRef.fromIstioGateway('istio-ingress/public');
const apiGateway = IngressGatewayRef.fromGatewayApiGateway('istio-ingress', 'public');
const expose = (props: Partial<CanaryServiceProps>, gateway: IIngressGateway, options: { hostnames: string[]; pathPrefix?: string }) =>
  new CanaryService(Testing.chart(), 'svc', { ...base, ...props }).exposeVia(gateway, options);
const match = (m: RouteMatch) => gw({ canaryMatches: [m] });

describe('CanaryService errors with RoutingApi.GATEWAY_API', () => {
  test.each<[string, () => unknown, string]>([
    ['TCP', () => gw({ protocol: ServiceProtocol.TCP }),
      "CanaryService 'svc': 'protocol' must be an HTTP protocol (HTTP, HTTP2 or GRPC) with 'routingApi' RoutingApi.GATEWAY_API (the standard channel has no TCPRoute); use 'routingApi' RoutingApi.ISTIO for TCP, got \"TCP\""],
    ['retries', () => gw({ retries: { attempts: 3 } as RetryPolicy }),
      "CanaryService 'svc': 'retries' cannot be expressed with 'routingApi' RoutingApi.GATEWAY_API: the standard-channel HTTPRoute has no retry field (Istio then retries twice on connect-failure, refused-stream, unavailable, cancelled and retriable status codes); leave 'retries' out or use 'routingApi' RoutingApi.ISTIO"],
    ['source labels', () => match(RouteMatch.sourceLabels({ app: 'web' })),
      "CanaryService 'svc': 'canaryMatches[0]' (source labels) cannot be expressed with 'routingApi' RoutingApi.GATEWAY_API: an HTTPRoute matches the request only (path, headers, query parameters), not the calling workload; use 'routingApi' RoutingApi.ISTIO on the sidecar data plane (waypoints ignore source matches too)"],
    ['source namespace', () => match(RouteMatch.sourceNamespace('qa')),
      "CanaryService 'svc': 'canaryMatches[0]' (source namespace) cannot be expressed with 'routingApi' RoutingApi.GATEWAY_API: an HTTPRoute matches the request only (path, headers, query parameters), not the calling workload; use 'routingApi' RoutingApi.ISTIO on the sidecar data plane (waypoints ignore source matches too)"],
    ['empty exact header', () => match(RouteMatch.header('x-a', StringMatch.exact(''))),
      "CanaryService 'svc': 'canaryMatches[0]' (header \"x-a\") cannot be expressed with 'routingApi' RoutingApi.GATEWAY_API: header values need at least one character, got an exact match on \"\""],
    ['query parameter name', () => match(RouteMatch.queryParam('a b', StringMatch.exact('1'))),
      "CanaryService 'svc': 'canaryMatches[0]' (query parameter \"a b\") cannot be expressed with 'routingApi' RoutingApi.GATEWAY_API: query parameter names must be HTTP tokens, got \"a b\""],
    ['long header regex', () => match(RouteMatch.header('x-a', StringMatch.prefix('a'.repeat(4095)))),
      "CanaryService 'svc': 'canaryMatches[0]' (header \"x-a\") cannot be expressed with 'routingApi' RoutingApi.GATEWAY_API: header values are at most 4096 characters, got 4097"],
    ['URI exact not a normalized path', () => match(RouteMatch.uri(StringMatch.exact('/a//b'))),
      "CanaryService 'svc': 'canaryMatches[0]' (URI) cannot be expressed with 'routingApi' RoutingApi.GATEWAY_API: an Exact path must be an absolute, normalized path of URI characters, got \"/a//b\""],
    ['URI prefix with a query', () => match(RouteMatch.uri(StringMatch.prefix('/a?b'))),
      "CanaryService 'svc': 'canaryMatches[0]' (URI) cannot be expressed with 'routingApi' RoutingApi.GATEWAY_API: a URI prefix with '?' matches the query string, which HTTPRoute paths never see, got \"/a?b\""],
    ['more than 64 matches', () => gw({ canaryMatches: Array.from({ length: 65 }, (_, i) => RouteMatch.header('x-a', StringMatch.exact(`v${i}`))) }),
      "CanaryService 'svc': 'canaryMatches' must be at most 64 matches with 'routingApi' RoutingApi.GATEWAY_API (the HTTPRoute limit per rule), got \"65 matches\""],
    ['version Service name too long', () => gw({ name: `b${'x'.repeat(59)}`, stable: { version: 'v1234', image: 'r/b:1' }, canary: undefined }),
      `CanaryService 'svc': 'name' must be short enough that "b${'x'.repeat(59)}-v1234" (the Service of version "v1234") has at most 63 characters, got "b${'x'.repeat(59)}"`],
  ])('%s', (_what, build, message) => {
    expect(build).toThrow(message);
  });
});

describe('CanaryService errors: routingApi, dataplane, one version', () => {
  test.each<[string, () => unknown, string]>([
    ['routingApi', () => new CanaryService(Testing.chart(), 'svc', { ...base, routingApi: 'gamma' as RoutingApi }),
      "CanaryService 'svc': 'routingApi' must be RoutingApi.ISTIO or RoutingApi.GATEWAY_API, got \"gamma\""],
    ['dataplane', () => new CanaryService(Testing.chart(), 'svc', { ...base, dataplane: 'ebpf' as DataplaneMode }),
      "CanaryService 'svc': 'dataplane' must be DataplaneMode.SIDECAR or DataplaneMode.AMBIENT, got \"ebpf\""],
    ['weight without canary', () => new CanaryService(Testing.chart(), 'svc', { name: 'billing', stable, canaryWeight: 10 }),
      "CanaryService 'svc': 'canaryWeight' must be 0 without a 'canary' version (add one to split traffic), got 10"],
    ['matches without canary', () => new CanaryService(Testing.chart(), 'svc', { name: 'billing', stable, canaryMatches: [RouteMatch.uri(StringMatch.exact('/a'))] }),
      "CanaryService 'svc': 'canaryMatches' must be empty without a 'canary' version (add one to split traffic), got \"1 matches\""],
    ['mirror without canary', () => new CanaryService(Testing.chart(), 'svc', { name: 'billing', stable, canaryMirrorPercent: 5 }),
      "CanaryService 'svc': 'canaryMirrorPercent' must be 0 without a 'canary' version (add one to split traffic), got 5"],
  ])('%s', (_what, build, message) => {
    expect(build).toThrow(message);
  });
});

describe('exposeVia errors', () => {
  test.each<[string, () => unknown, string]>([
    ['not a gateway', () => expose({}, {} as IIngressGateway, { hostnames: ['a.example.com'] }),
      "CanaryService 'svc': 'exposeVia gateway' must be an IIngressGateway that is either a Gateway API Gateway or an Istio Gateway (e.g. IngressGatewayRef.fromIstioGateway(\"istio-ingress/public\")), got {}"],
    ['TCP', () => expose({ protocol: ServiceProtocol.TCP }, istioGateway, { hostnames: ['a.example.com'] }),
      "CanaryService 'svc': 'protocol' must be an HTTP protocol (HTTP, HTTP2 or GRPC) to be exposed through an ingress gateway, got \"TCP\""],
    ['no hostnames', () => expose({}, istioGateway, { hostnames: [] }),
      "CanaryService 'svc': 'exposeVia hostnames' must be a list of 1 to 16 host names, got []"],
    ['an IP address', () => expose({}, istioGateway, { hostnames: ['10.0.0.1'] }),
      "CanaryService 'svc': 'exposeVia hostnames' must be lower-case DNS names (not IP addresses), optionally starting with \"*.\" (e.g. \"billing.example.com\"), got \"10.0.0.1\""],
    ['duplicates', () => expose({}, istioGateway, { hostnames: ['a.example.com', 'a.example.com'] }),
      "CanaryService 'svc': 'exposeVia hostnames' must be a list without duplicates, got [\"a.example.com\",\"a.example.com\"]"],
    ['path prefix', () => expose({}, istioGateway, { hostnames: ['a.example.com'], pathPrefix: 'billing' }),
      "CanaryService 'svc': 'exposeVia pathPrefix' must be an absolute, normalized path (e.g. \"/billing\"), got \"billing\""],
    ['path prefix and URI matches', () => expose({ canaryMatches: [RouteMatch.uri(StringMatch.exact('/a'))] }, istioGateway, { hostnames: ['a.example.com'], pathPrefix: '/billing' }),
      "CanaryService 'svc': 'exposeVia pathPrefix' cannot be combined with URI matches in 'canaryMatches' (a request has one path to match); leave 'pathPrefix' out"],
    ['Istio Gateway with GATEWAY_API', () => expose({ routingApi: RoutingApi.GATEWAY_API }, istioGateway, { hostnames: ['a.example.com'] }),
      "CanaryService 'svc': 'exposeVia' needs a Gateway API gateway with 'routingApi' RoutingApi.GATEWAY_API: the Istio Gateway \"istio-ingress/public\" would need a VirtualService next to the HTTPRoute for the same service; use an IngressGateway (Gateway API) or 'routingApi' RoutingApi.ISTIO"],
  ])('%s', (_what, build, message) => {
    expect(build).toThrow(message);
  });

  test('twice through the same gateway', () => {
    const svc = new CanaryService(Testing.chart(), 'svc', base);
    svc.exposeVia(istioGateway, { hostnames: ['a.example.com'] });
    expect(() => svc.exposeVia(istioGateway, { hostnames: ['b.example.com'] })).toThrow("CanaryService 'svc': 'exposeVia' already routes through the Istio Gateway \"istio-ingress/public\"");
    svc.exposeVia(apiGateway, { hostnames: ['a.example.com'] });
    expect(() => svc.exposeVia(IngressGatewayRef.fromGatewayApiGateway('other', 'public'), { hostnames: ['a.example.com'] }))
      .toThrow("CanaryService 'svc': 'exposeVia' cannot attach twice to a Gateway named \"public\" (HTTPRoute \"billing-public\" exists)");
  });

  test.each<[string, () => unknown, string]>([
    ['fromIstioGateway', () => IngressGatewayRef.fromIstioGateway('public'), "IngressGatewayRef.fromIstioGateway: 'qualifiedName' must be \"<namespace>/<name>\", got \"public\""],
    ['fromGatewayApiGateway namespace', () => IngressGatewayRef.fromGatewayApiGateway('Istio', 'public'), "IngressGatewayRef.fromGatewayApiGateway: 'namespace' "],
    ['fromGatewayApiGateway name', () => IngressGatewayRef.fromGatewayApiGateway('istio', ''), "IngressGatewayRef.fromGatewayApiGateway: 'name' "],
    ['fromGatewayApiGateway sectionName', () => IngressGatewayRef.fromGatewayApiGateway('istio', 'public', 'HTTPS'),
      "IngressGatewayRef.fromGatewayApiGateway: 'sectionName' must be a listener name (a DNS-1123 subdomain), got \"HTTPS\""],
  ])('%s', (_what, build, message) => {
    expect(build).toThrow(message);
  });
});

describe('Waypoint and StrictMtlsNamespace waypoint errors', () => {
  test.each<[string, () => unknown, string]>([
    ['name', () => new Waypoint(Testing.chart(), 'w', { name: 'Way', namespace: 'billing' }), "Waypoint 'w': 'name' is invalid: "],
    ['none', () => new Waypoint(Testing.chart(), 'w', { name: 'none', namespace: 'billing' }),
      "Waypoint 'w': 'name' must be a name other than 'none' (Istio reserves it for opting out), got \"none\""],
    ['no namespace', () => new Waypoint(Testing.chart(), 'w'), "Waypoint 'w': 'namespace' must be set (the chart has no namespace), got undefined"],
    ['namespace', () => new Waypoint(Testing.chart(), 'w', { namespace: 'Billing' }), "Waypoint 'w': 'namespace' is invalid: "],
    ['trafficType', () => new Waypoint(Testing.chart(), 'w', { namespace: 'billing', trafficType: 'pods' as WaypointTrafficType }),
      "Waypoint 'w': 'trafficType' must be WaypointTrafficType.SERVICE, WaypointTrafficType.WORKLOAD or WaypointTrafficType.ALL, got \"pods\""],
    ['waypoint with sidecars', () => new StrictMtlsNamespace(Testing.chart(), 'ns', { name: 'billing', waypoint: true }),
      "StrictMtlsNamespace 'ns': 'waypoint' can only be true with 'dataplane' DataplaneMode.AMBIENT (sidecars route at L7 themselves)"],
    ['waypoint not a boolean', () => new StrictMtlsNamespace(Testing.chart(), 'ns', { name: 'billing', dataplane: DataplaneMode.AMBIENT, waypoint: plainJs<boolean>('yes') }),
      "StrictMtlsNamespace 'ns': 'waypoint' is \"yes\": must be true or false"],
  ])('%s', (_what, build, message) => {
    expect(build).toThrow(message);
  });
});

describe.each([
  ['App', () => new App()],
  ['IstioApp', () => new IstioApp({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'routing-')) })],
])('synth errors (%s): the ambient namespace as the whole app describes it', (_app, newApp) => {
  const synthApp = (build: (chart: Chart) => void) => {
    const app = newApp();
    build(new Chart(app, 'billing', { namespace: 'billing' }));
    return () => app.synth();
  };
  test('a CanaryService in an ambient namespace without a waypoint says what to add', () => {
    expect(synthApp((c) => {
      new StrictMtlsNamespace(c, 'ns', { name: 'billing', dataplane: DataplaneMode.AMBIENT });
      new CanaryService(c, 'svc', base);
    })).toThrow("CanaryService 'svc': namespace \"billing\" is ambient and has no waypoint, so nothing applies the HTTPRoute (ztunnel routes at L4: both versions would get traffic by pod count); set 'waypoint: true' on its StrictMtlsNamespace or add a Waypoint in that namespace");
  });
  test('a StrictMtlsNamespace created after the CanaryService changes its data plane', () => {
    expect(synthApp((c) => {
      new CanaryService(c, 'svc', base);
      new StrictMtlsNamespace(c, 'ns', { name: 'billing', dataplane: DataplaneMode.AMBIENT, waypoint: true });
    })).toThrow("CanaryService 'svc': namespace \"billing\" is ambient (StrictMtlsNamespace 'billing/ns'), but the routing was chosen for sidecar: create the StrictMtlsNamespace before the CanaryService, or set the CanaryService's 'dataplane' prop to match it");
  });
  test('deny by default with a separate Waypoint in the namespace', () => {
    expect(synthApp((c) => {
      new StrictMtlsNamespace(c, 'ns', { name: 'billing', dataplane: DataplaneMode.AMBIENT, denyByDefault: true });
      new Waypoint(c, 'wp');
    })).toThrow("StrictMtlsNamespace 'ns': 'denyByDefault' cannot check callers behind the separate Waypoint \"waypoint\" of this namespace (the pods see the waypoint's identity, and no policy here targets the waypoint); set 'waypoint: true' instead of adding a Waypoint, so that the allowed callers are checked at the waypoint");
  });

  test('a Waypoint created after the CanaryService', () => {
    expect(synthApp((c) => {
      new CanaryService(c, 'svc', { ...base, dataplane: DataplaneMode.AMBIENT });
      new Waypoint(c, 'wp');
    })).toThrow("CanaryService 'svc': the Waypoint \"waypoint\" of namespace \"billing\" was added after the CanaryService, so its Services do not carry 'istio.io/use-waypoint'; create the Waypoint first");
  });
});

test('IngressGateway.fromIstioGateway is the same reference as IngressGatewayRef.fromIstioGateway', () => {
  expect(IngressGateway.fromIstioGateway('istio-ingress/public').istioGatewayName()).toBe('istio-ingress/public');
  expect(() => IngressGateway.fromIstioGateway('public')).toThrow("IngressGateway.fromIstioGateway: 'qualifiedName' must be \"<namespace>/<name>\", got \"public\"");
});
