/**
 * The Gateway API output routes every request like the Istio output: same share per version for each match
 * kind and for unmatched traffic, in the mesh and at an ingress gateway, checked through the reference routers
 * (VirtualService first-match order; HTTPRoute precedence by specificity as Istio implements it).
 */
import fc from 'fast-check';
import { CanaryServiceProps, RouteMatch, StringMatch } from '../../src/canary';
import { IngressGatewayRef, RoutingApi } from '../../src/routing';
import { routeGatewayApi } from './http-route-router';
import { Distribution, Request, selectorKey } from './request';
import { MESH, routeIstio } from './virtual-service-router';
import { gatewayApiWorld, istioWorld, NAMESPACE, objectsOf } from './worlds';

const NAME = 'billing';
const PORT = 80;
const HOST = 'billing.example.com';
const stable = { version: 'v1', image: 'registry.example.com/billing:1' };
const canary = { version: 'v2', image: 'registry.example.com/billing:2' };
const V1 = selectorKey({ app: NAME, version: 'v1' });
const V2 = selectorKey({ app: NAME, version: 'v2' });

// Values the matches use and near misses of them, so that requests hit, miss and partly hit every match.
const VALUES = ['oslo', 'osl', 'oslo-1', 'a', 'x'];
const PATHS = ['/', '/api', '/api/', '/api/x', '/apix', '/ap', '/v1', '/x', '/billing', '/billing/pay', '/billingx'];
const REGEXES = ['osl.*', 'v[0-9]+', '[a-c]', 'x'];
const PATH_REGEXES = ['/api/.*', '/v[0-9]+', '/', '.*x'];
const HEADERS = ['x-user-region', 'x-beta'];
const QUERY = ['beta', 'user'];

const valueMatch = fc.oneof(
  fc.constantFrom(...VALUES).map((v) => StringMatch.exact(v)),
  fc.constantFrom(...VALUES).map((v) => StringMatch.prefix(v)),
  fc.constantFrom(...REGEXES).map((v) => StringMatch.regex(v)),
);
const uriMatch = fc.oneof(
  fc.constantFrom('/api', '/api/x', '/', '/v1').map((v) => StringMatch.exact(v)),
  fc.constantFrom('/api', '/ap', '/api/', '/').map((v) => StringMatch.prefix(v)),
  fc.constantFrom(...PATH_REGEXES).map((v) => StringMatch.regex(v)),
);
const simpleMatch = fc.oneof(
  fc.tuple(fc.constantFrom(...HEADERS), valueMatch).map(([n, m]) => RouteMatch.header(n, m)),
  fc.constantFrom('1', '2').map((v) => RouteMatch.cookie('beta', v)),
  uriMatch.map((m) => RouteMatch.uri(m)),
  fc.tuple(fc.constantFrom(...QUERY), fc.oneof(
    fc.constantFrom(...VALUES).map((v) => StringMatch.exact(v)),
    fc.constantFrom(...REGEXES).map((v) => StringMatch.regex(v)),
  )).map(([n, m]) => RouteMatch.queryParam(n, m)),
);
const routeMatch = fc.oneof(
  { weight: 3, arbitrary: simpleMatch },
  { weight: 1, arbitrary: fc.uniqueArray(simpleMatch, { minLength: 2, maxLength: 3, selector: (m) => String(m) }).map((ms) => RouteMatch.all(...ms)) },
);

const propsArb: fc.Arbitrary<CanaryServiceProps> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ name: NAME, port: PORT, stable }) },
  {
    weight: 6,
    arbitrary: fc.record({
      weight: fc.integer({ min: 0, max: 100 }),
      matches: fc.array(routeMatch, { maxLength: 3 }),
      mirror: fc.option(fc.oneof(fc.integer({ min: 1, max: 100 }), fc.constantFrom(12.5, 0.25, 33.3)), { nil: undefined }),
    }).map(({ weight, matches, mirror }) => ({
      name: NAME, port: PORT, stable, canary, canaryWeight: weight, canaryMatches: matches,
      ...(weight === 0 && mirror !== undefined ? { canaryMirrorPercent: mirror } : {}),
    })),
  },
);

const requestArb: fc.Arbitrary<Request> = fc.record({
  path: fc.constantFrom(...PATHS),
  headers: fc.dictionary(fc.constantFrom(...HEADERS, 'cookie'), fc.oneof(
    fc.constantFrom(...VALUES), fc.constantFrom('beta=1', 'a=b; beta=1', 'beta=2', 'beta=10')), { maxKeys: 3 }),
  query: fc.dictionary(fc.constantFrom(...QUERY), fc.constantFrom(...VALUES), { maxKeys: 2 }),
});

function meshRoutes(props: CanaryServiceProps, req: Request): { istio: Distribution; gatewayApi: Distribution } {
  const istio = istioWorld(objectsOf(props, RoutingApi.ISTIO));
  const gatewayApi = gatewayApiWorld(objectsOf(props, RoutingApi.GATEWAY_API));
  return {
    istio: routeIstio(istio, MESH, NAME, req),
    gatewayApi: routeGatewayApi(gatewayApi, { service: NAME, port: PORT }, req),
  };
}

describe('GATEWAY_API routes the mesh like ISTIO', () => {
  const kinds: [string, RouteMatch][] = [
    ['header exact', RouteMatch.header('x-user-region', StringMatch.exact('oslo'))],
    ['header prefix', RouteMatch.header('x-user-region', StringMatch.prefix('osl'))],
    ['header regex', RouteMatch.header('x-user-region', StringMatch.regex('osl.*'))],
    ['cookie', RouteMatch.cookie('beta', '1')],
    ['URI exact', RouteMatch.uri(StringMatch.exact('/api'))],
    ['URI prefix', RouteMatch.uri(StringMatch.prefix('/api'))],
    ['URI regex', RouteMatch.uri(StringMatch.regex('/api/.*'))],
    ['URI regex of one character', RouteMatch.uri(StringMatch.regex('/'))],
    ['query parameter exact', RouteMatch.queryParam('beta', StringMatch.exact('oslo'))],
    ['query parameter regex', RouteMatch.queryParam('beta', StringMatch.regex('osl.*'))],
    ['header and URI prefix', RouteMatch.all(RouteMatch.header('x-beta', StringMatch.exact('a')), RouteMatch.uri(StringMatch.prefix('/api')))],
  ];
  const requests: [string, Request][] = [
    ['unmatched', { path: '/other' }],
    ['header oslo', { headers: { 'x-user-region': 'oslo' } }],
    ['header osl', { headers: { 'x-user-region': 'osl' } }],
    ['cookie beta=1 among others', { headers: { cookie: 'a=b; beta=1' } }],
    ['cookie beta=10', { headers: { cookie: 'beta=10' } }],
    ['path /api', { path: '/api' }],
    ['path /api/x', { path: '/api/x' }],
    ['path /apix', { path: '/apix' }],
    ['path /', { path: '/' }],
    ['query beta=oslo', { query: { beta: 'oslo' } }],
    ['header x-beta a on /api/x', { path: '/api/x', headers: { 'x-beta': 'a' } }],
  ];

  test.each(kinds)('%s: every request kind gets the same shares (and the match takes some)', (_kind, match) => {
    const props = { name: NAME, port: PORT, stable, canary, canaryWeight: 20, canaryMatches: [match] };
    let matched = 0;
    for (const [what, req] of requests) {
      const { istio, gatewayApi } = meshRoutes(props, req);
      expect({ what, shares: gatewayApi }).toEqual({ what, shares: istio });
      if (istio[V2] === 1) matched++;
    }
    expect(matched).toBeGreaterThan(0);
    expect(meshRoutes(props, { path: '/other' }).istio).toEqual({ [V1]: 0.8, [V2]: 0.2 });
  });

  test('a mirror and one version alone route the same', () => {
    const mirrored = { name: NAME, port: PORT, stable, canary, canaryMirrorPercent: 12.5 };
    expect(meshRoutes(mirrored, {}).gatewayApi).toEqual({ [V1]: 1, [`mirror ${V2}`]: 0.125 });
    expect(meshRoutes(mirrored, {}).istio).toEqual(meshRoutes(mirrored, {}).gatewayApi);
    const single = { name: NAME, port: PORT, stable };
    expect(meshRoutes(single, {}).gatewayApi).toEqual({ [V1]: 1 });
    expect(meshRoutes(single, {}).istio).toEqual({ [V1]: 1 });
  });

  test('the routers tell rule order from specificity (so agreement above means something)', () => {
    // A header rule on a longer prefix loses to a plain regex-free exact path in Gateway API, not in a VirtualService.
    const world = {
      httpRoutes: [{
        metadata: { name: 'r', namespace: NAMESPACE },
        spec: {
          parentRefs: [{ group: '', kind: 'Service', name: NAME, port: PORT }],
          rules: [
            { matches: [{ headers: [{ name: 'x-beta', value: 'a' }] }], backendRefs: [{ name: 'b-v2', port: PORT }] },
            { matches: [{ path: { type: 'PathPrefix', value: '/api' } }], backendRefs: [{ name: 'b-v1', port: PORT }] },
          ],
        },
      }],
      services: { 'b-v1': { app: 'b', version: 'v1' }, 'b-v2': { app: 'b', version: 'v2' } },
    };
    const req = { path: '/api/x', headers: { 'x-beta': 'a' } };
    expect(routeGatewayApi(world, { service: NAME, port: PORT }, req)).toEqual({ [selectorKey({ app: 'b', version: 'v1' })]: 1 });
    const parentCore = { ...world, httpRoutes: [{ ...world.httpRoutes[0], spec: { ...world.httpRoutes[0].spec, parentRefs: [{ group: 'core', kind: 'Service', name: NAME, port: PORT }] } }] };
    expect(routeGatewayApi(parentCore, { service: NAME, port: PORT }, req)).toEqual({});
  });

  test('property: for any props and request, the same shares per version (1,000 runs)', () => {
    fc.assert(fc.property(propsArb, fc.array(requestArb, { minLength: 1, maxLength: 8 }), (props, reqs) => {
      const istio = istioWorld(objectsOf(props, RoutingApi.ISTIO));
      const gatewayApi = gatewayApiWorld(objectsOf(props, RoutingApi.GATEWAY_API));
      for (const req of reqs) {
        expect(routeGatewayApi(gatewayApi, { service: NAME, port: PORT }, req)).toEqual(routeIstio(istio, MESH, NAME, req));
      }
    }), { numRuns: 1000 });
  });
});

describe('exposeVia: the same shares at the edge as in the mesh', () => {
  const istioGateway = IngressGatewayRef.fromIstioGateway('istio-ingress/public');
  const apiGateway = IngressGatewayRef.fromGatewayApiGateway('istio-ingress', 'public');
  /** Builds the three exposed variants once; the result routes any request through each. */
  const exposed = (props: CanaryServiceProps, pathPrefix: string | undefined) => {
    const options = { hostnames: [HOST], ...(pathPrefix ? { pathPrefix } : {}) };
    const viaIstio = istioWorld(objectsOf(props, RoutingApi.ISTIO, { gateway: istioGateway, options }));
    const viaApi = gatewayApiWorld(objectsOf(props, RoutingApi.ISTIO, { gateway: apiGateway, options }));
    const gatewayMode = gatewayApiWorld(objectsOf(props, RoutingApi.GATEWAY_API, { gateway: apiGateway, options }));
    const unexposed = istioWorld(objectsOf(props, RoutingApi.ISTIO));
    const gw = { gateway: 'public', namespace: 'istio-ingress', host: HOST };
    return (req: Request) => ({
      mesh: routeIstio(viaIstio, MESH, NAME, req),
      meshOfGatewayMode: routeGatewayApi(gatewayMode, { service: NAME, port: PORT }, req),
      istioGateway: routeIstio(viaIstio, { gateway: 'istio-ingress/public', namespace: NAMESPACE }, HOST, req),
      apiGateway: routeGatewayApi(viaApi, gw, req),
      apiGatewayOfGatewayMode: routeGatewayApi(gatewayMode, gw, req),
      unexposedMesh: routeIstio(unexposed, MESH, NAME, req),
    });
  };
  const edge = (props: CanaryServiceProps, pathPrefix: string | undefined, req: Request) => exposed(props, pathPrefix)(req);
  const underPrefix = (prefix: string | undefined, path: string) => {
    const p = (prefix ?? '/').replace(/\/+$/, '');
    return p === '' || path === p || path.startsWith(`${p}/`);
  };

  test('header rule and split through an Istio Gateway and a Gateway API Gateway', () => {
    const props = { name: NAME, port: PORT, stable, canary, canaryWeight: 10, canaryMatches: [RouteMatch.header('x-user-region', StringMatch.exact('oslo'))] };
    const oslo = edge(props, undefined, { headers: { 'x-user-region': 'oslo' } });
    expect(oslo.istioGateway).toEqual({ [V2]: 1 });
    expect(oslo.apiGateway).toEqual({ [V2]: 1 });
    const other = edge(props, '/billing', { path: '/billing/pay' });
    expect(other.istioGateway).toEqual({ [V1]: 0.9, [V2]: 0.1 });
    expect(other.apiGateway).toEqual(other.istioGateway);
    expect(edge(props, '/billing', { path: '/billingx' }).istioGateway).toEqual({});
    expect(edge(props, '/billing', { path: '/billingx' }).apiGateway).toEqual({});
    expect(other.mesh).toEqual(other.unexposedMesh);
  });

  test('property: edge shares equal mesh shares under the path prefix, nothing outside it (1,000 runs)', () => {
    const noUriProps = propsArb.filter((p) => !(p.canaryMatches ?? []).some((m) => m._conditions.uri !== undefined));
    const args = fc.tuple(propsArb, noUriProps, fc.constantFrom('/billing', '/api', '/'), fc.array(requestArb, { minLength: 1, maxLength: 8 }));
    fc.assert(fc.property(args, fc.boolean(), ([anyProps, noUri, prefix, reqs], usePrefix) => {
      const props = usePrefix ? noUri : anyProps;
      const pathPrefix = usePrefix ? prefix : undefined;
      const route = exposed(props, pathPrefix);
      for (const req of reqs) {
        const r = route(req);
        const expected = underPrefix(pathPrefix, req.path ?? '/') ? r.unexposedMesh : {};
        expect(r.istioGateway).toEqual(expected);
        expect(r.apiGateway).toEqual(expected);
        expect(r.apiGatewayOfGatewayMode).toEqual(expected);
        expect(r.mesh).toEqual(r.unexposedMesh);
        expect(r.meshOfGatewayMode).toEqual(r.unexposedMesh);
      }
    }), { numRuns: 1000 });
  });
});
