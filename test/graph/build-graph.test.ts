/**
 * The graph as data: every Service, version, weight and match rule of the example app and the bookinfo-like inputs
 * is in it with the right numbers, and findings land on the nodes and edges they concern.
 */
import { buildMeshGraph, GraphEdgeKind, GraphNodeKind, GraphStatus, GraphData } from '../../src/graph';
import { bookinfoObjects, exampleObjects } from './inputs';

const fqdn = (name: string, ns: string): string => `${name}.${ns}.svc.cluster.local`;

function routes(graph: GraphData, via: string): { from: string; to: string; weight: number; match: string; rule: number }[] {
  return graph.edges.filter((e) => e.via === via && e.kind === GraphEdgeKind.ROUTE)
    .map(({ from, to, weight, match, rule }) => ({ from, to, weight, match, rule }));
}

describe('the example app', () => {
  const graph = buildMeshGraph(exampleObjects());

  test('billing-service: the Oslo header rule first, then the 90/10 split, from the Service', () => {
    const svc = `svc:${fqdn('billing-service', 'billing')}`;
    const ver = (v: string): string => `ver:${fqdn('billing-service', 'billing')}#${v}`;
    expect(routes(graph, 'VirtualService billing/billing-service').filter((e) => e.from === svc)).toEqual([
      { from: svc, to: ver('v2'), weight: 1, match: 'header x-user-region = oslo', rule: 0 },
      { from: svc, to: ver('v1'), weight: 0.9, match: 'any request', rule: 1 },
      { from: svc, to: ver('v2'), weight: 0.1, match: 'any request', rule: 1 },
    ]);
  });

  test('the ingress gateway routes billing.example.com with the same split over the versions its per-version Services select', () => {
    const gw = 'gw:billing/public';
    const ver = (v: string): string => `ver:${fqdn('billing-service', 'billing')}#${v}`;
    expect(routes(graph, 'HTTPRoute billing/billing-service-public')).toEqual([
      { from: gw, to: ver('v2'), weight: 1, match: 'header x-user-region = oslo', rule: 0 },
      { from: gw, to: ver('v1'), weight: 0.9, match: 'any request', rule: 1 },
      { from: gw, to: ver('v2'), weight: 0.1, match: 'any request', rule: 1 },
    ]);
    expect(graph.nodes.find((n) => n.id === gw)).toMatchObject({ kind: GraphNodeKind.GATEWAY, hosts: ['billing.example.com'] });
  });

  test('ledger-service (ambient): an HTTPRoute on the Service splits 80/20 over per-version Services, via a waypoint', () => {
    const svc = `svc:${fqdn('ledger-service', 'ledger')}`;
    const v3 = `ver:${fqdn('ledger-service', 'ledger')}#v3`;
    const v4 = `ver:${fqdn('ledger-service', 'ledger')}#v4`;
    expect(routes(graph, 'HTTPRoute ledger/ledger-service')).toEqual([
      { from: svc, to: v4, weight: 1, match: 'header x-canary = always', rule: 0 },
      { from: svc, to: v3, weight: 0.8, match: 'any request', rule: 1 },
      { from: svc, to: v4, weight: 0.2, match: 'any request', rule: 1 },
    ]);
    for (const id of [v3, v4]) {
      expect(graph.nodes.find((n) => n.id === id)).toMatchObject({ kind: GraphNodeKind.VERSION, versionOf: fqdn('ledger-service', 'ledger'), declared: true });
    }
    const waypoint = graph.edges.find((e) => e.kind === GraphEdgeKind.WAYPOINT);
    expect(waypoint).toMatchObject({ from: svc, to: 'wp:ledger/waypoint' });
  });

  test('namespaces carry their data plane and mTLS mode', () => {
    const ns = (name: string) => graph.namespaces.find((n) => n.name === name);
    expect(ns('billing')).toMatchObject({ dataPlane: 'sidecar', mtls: 'STRICT', mtlsFrom: 'namespace' });
    expect(ns('ledger')).toMatchObject({ dataPlane: 'ambient', mtls: 'STRICT' });
  });

  test('every Service of the inputs is a node, or the version node it selects; every version is reached and nothing is broken', () => {
    const services = exampleObjects().filter((o) => (o as { kind: string }).kind === 'Service')
      .map((o) => (o as { metadata: { name: string; namespace: string } }).metadata);
    // The per-version Services are drawn as the versions they select (the same nodes as the DestinationRule subsets).
    const versionOf: Record<string, string> = {
      'billing-service-v1': `ver:${fqdn('billing-service', 'billing')}#v1`, 'billing-service-v2': `ver:${fqdn('billing-service', 'billing')}#v2`,
      'ledger-service-v3': `ver:${fqdn('ledger-service', 'ledger')}#v3`, 'ledger-service-v4': `ver:${fqdn('ledger-service', 'ledger')}#v4`,
    };
    expect(services.filter((s) => versionOf[s.name] !== undefined)).toHaveLength(4);
    for (const s of services) {
      const drawnAs = graph.nodes.filter((n) => n.sources.some((src) => src.kind === 'Service' && src.name === s.name && src.namespace === s.namespace));
      expect(drawnAs.map((n) => n.id)).toEqual([versionOf[s.name] ?? `svc:${fqdn(s.name, s.namespace)}`]);
    }
    expect(graph.nodes.filter((n) => n.status !== GraphStatus.OK)).toEqual([]);
    expect(graph.edges.filter((e) => e.status !== GraphStatus.OK)).toEqual([]);
  });
});

describe('the bookinfo-like inputs', () => {
  const objects = bookinfoObjects();
  const graph = buildMeshGraph(objects);
  const reviews = `svc:${fqdn('reviews', 'default')}`;
  const version = (host: string, v: string): string => `ver:${fqdn(host, 'default')}#${v}`;

  test('VirtualService rules keep their order, matches and weights', () => {
    expect(routes(graph, 'VirtualService default/reviews')).toEqual([
      { from: reviews, to: version('reviews', 'v2'), weight: 1, match: 'header end-user = jason', rule: 0 },
      { from: reviews, to: version('reviews', 'v1'), weight: 1, match: 'any request', rule: 1 },
    ]);
    expect(routes(graph, 'VirtualService default/reviews-weighted')).toEqual([
      { from: reviews, to: version('reviews', 'v1'), weight: 0.5, match: 'any request', rule: 0 },
      { from: reviews, to: version('reviews', 'v3'), weight: 0.5, match: 'any request', rule: 0 },
    ]);
    expect(routes(graph, 'VirtualService default/bookinfo')).toEqual([{
      from: 'gw:default/bookinfo-gateway', to: `svc:${fqdn('productpage', 'default')}`, weight: 1, rule: 0,
      match: 'uri = /productpage or uri prefix /static or uri = /login or uri = /logout or uri prefix /api/v1/products',
    }]);
  });

  test('a TCP split is normalized (80/20) and keeps its port match', () => {
    expect(routes(graph, 'VirtualService default/tcp-echo').map((e) => [e.to, e.weight, e.match])).toEqual([
      [version('tcp-echo', 'v1'), 0.8, 'port 31400'],
      [version('tcp-echo', 'v2'), 0.2, 'port 31400'],
    ]);
  });

  test('every DestinationRule subset is a version node of its host', () => {
    for (const o of objects as { kind: string; spec: { host: string; subsets?: { name: string }[] } }[]) {
      if (o.kind !== 'DestinationRule') continue;
      for (const s of o.spec.subsets ?? []) {
        expect(graph.nodes.find((n) => n.id === version(o.spec.host, s.name))).toMatchObject({ kind: GraphNodeKind.VERSION, name: s.name, declared: true });
      }
    }
  });

  test('a mirror is an edge with its percentage', () => {
    const mirror = graph.edges.find((e) => e.kind === GraphEdgeKind.MIRROR);
    expect(mirror).toMatchObject({ from: `svc:${fqdn('httpbin', 'default')}`, to: version('httpbin', 'v2'), mirrorPercent: 100, via: 'VirtualService default/httpbin-mirror' });
  });

  test('a route to a subset no DestinationRule defines is a red edge carrying IST0101', () => {
    const broken = graph.edges.filter((e) => e.to === version('httpbin', 'v1'));
    expect(broken).toHaveLength(1);
    expect(broken[0].status).toBe(GraphStatus.BROKEN);
    expect(broken[0].findings.map((f) => [f.code, f.path])).toEqual([['IST0101', 'spec.http[0].route[0].destination.subset']]);
    expect(graph.nodes.find((n) => n.id === version('httpbin', 'v1'))).toMatchObject({ declared: false, status: GraphStatus.BROKEN });
  });

  test('a version no route reaches is grey (unreached); routed versions are not', () => {
    const status = (id: string) => graph.nodes.find((n) => n.id === id)?.status;
    expect(status(version('ratings', 'v2'))).toBe(GraphStatus.UNREACHED);
    expect(status(version('details', 'v1'))).toBe(GraphStatus.UNREACHED);
    expect(status(version('reviews', 'v3'))).toBe(GraphStatus.OK);
  });

  test('security: mesh-wide STRICT mTLS, deny-by-default and the allowed callers', () => {
    const ns = graph.namespaces.find((n) => n.name === 'default');
    expect(ns).toMatchObject({ mtls: 'STRICT', mtlsFrom: 'mesh', denyByDefault: true, dataPlane: 'unknown' });
    expect(ns?.policies.find((p) => p.name === 'productpage-viewer')).toEqual({
      name: 'productpage-viewer', action: 'ALLOW', appliesTo: 'app=productpage', allowsNothing: false,
      callers: ['cluster.local/ns/default/sa/bookinfo-gateway-istio'],
    });
    expect(graph.namespaces.find((n) => n.name === 'foo')?.policies.map((p) => p.action)).toEqual(['DENY', 'CUSTOM']);
  });

  test('port-level mTLS exceptions and a namespace-wide mode beat the mesh-wide one', () => {
    const g = buildMeshGraph([...objects, {
      apiVersion: 'security.istio.io/v1', kind: 'PeerAuthentication', metadata: { name: 'default', namespace: 'default' },
      spec: { mtls: { mode: 'STRICT' }, portLevelMtls: { 8080: { mode: 'PERMISSIVE' }, 9090: { mode: 'DISABLE' } } },
    }]);
    expect(g.namespaces.find((n) => n.name === 'default')).toMatchObject({
      mtls: 'STRICT', mtlsFrom: 'namespace', portExceptions: ['8080: PERMISSIVE', '9090: DISABLE'],
    });
  });
});
