/**
 * What the cluster does, drawn as such: per-version Services (recognized by their selectors, not their names) are the
 * versions of their parent Service with the weights and matches that reach them, on the Istio and the Gateway API
 * data paths; an ingress host is the entry on its gateway, not an outside service; a waypoint's label says the kind
 * word once. Over the example app and a hand-written bookinfo-like Gateway API input: JSON numbers, Mermaid, SVG.
 */
import { buildMeshGraph, GraphData, GraphEdgeKind, GraphNodeKind, GraphStatus, renderMermaid, renderSvg } from '../../src/graph';
import { MeshModel } from '../../src/validation/analysis/model';
import { nodeLabel } from '../../src/graph/labels';
import { versionServices } from '../../src/graph/version-services';
import { bookinfoGatewayApiObjects, exampleObjects, svgTexts } from './inputs';

const fqdn = (name: string, ns: string): string => `${name}.${ns}.svc.cluster.local`;
const ver = (service: string, ns: string, version: string): string => `ver:${fqdn(service, ns)}#${version}`;

function edgesVia(graph: GraphData, via: string): { from: string; to: string; kind: string; weight: number; mirrorPercent?: number; match: string; rule: number }[] {
  return graph.edges.filter((e) => e.via === via)
    .map(({ from, to, kind, weight, mirrorPercent, match, rule }) => ({ from, to, kind, weight, ...(mirrorPercent === undefined ? {} : { mirrorPercent }), match, rule }));
}

function service(name: string, selector: Record<string, string>, namespace = 'shop'): object {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name, namespace }, spec: { selector, ports: [{ name: 'http', port: 80 }] } };
}

describe('the example app', () => {
  const graph = buildMeshGraph(exampleObjects());
  const mermaid = renderMermaid(graph);
  const svgText = svgTexts(renderSvg(graph));

  test('the ingress HTTPRoute and the VirtualService reach the same two billing versions, with 90/10 and the Oslo rule', () => {
    const gw = 'gw:billing/public';
    const v1 = ver('billing-service', 'billing', 'v1');
    const v2 = ver('billing-service', 'billing', 'v2');
    expect(edgesVia(graph, 'HTTPRoute billing/billing-service-public')).toEqual([
      { from: gw, to: v2, kind: GraphEdgeKind.ROUTE, weight: 1, match: 'header x-user-region = oslo', rule: 0 },
      { from: gw, to: v1, kind: GraphEdgeKind.ROUTE, weight: 0.9, match: 'any request', rule: 1 },
      { from: gw, to: v2, kind: GraphEdgeKind.ROUTE, weight: 0.1, match: 'any request', rule: 1 },
    ]);
    // One node per version: declared by the DestinationRule subset and by the per-version Service alike.
    expect(graph.nodes.find((n) => n.id === v1)?.sources.map((s) => `${s.kind} ${s.name}`).sort())
      .toEqual(['DestinationRule billing-service', 'Service billing-service-v1']);
    expect(graph.nodes.filter((n) => n.name.startsWith('billing-service-v'))).toEqual([]);
    expect(graph.nodes.filter((n) => n.kind === GraphNodeKind.VERSION).map((n) => `${n.versionOf} ${n.name}`).sort()).toEqual([
      `${fqdn('billing-service', 'billing')} v1`, `${fqdn('billing-service', 'billing')} v2`,
      `${fqdn('ledger-service', 'ledger')} v3`, `${fqdn('ledger-service', 'ledger')} v4`,
    ]);
  });

  test('the ledger Gateway API canary draws versions v3/v4 of ledger-service, 80/20 after the x-canary rule', () => {
    const svc = `svc:${fqdn('ledger-service', 'ledger')}`;
    expect(edgesVia(graph, 'HTTPRoute ledger/ledger-service')).toEqual([
      { from: svc, to: ver('ledger-service', 'ledger', 'v4'), kind: GraphEdgeKind.ROUTE, weight: 1, match: 'header x-canary = always', rule: 0 },
      { from: svc, to: ver('ledger-service', 'ledger', 'v3'), kind: GraphEdgeKind.ROUTE, weight: 0.8, match: 'any request', rule: 1 },
      { from: svc, to: ver('ledger-service', 'ledger', 'v4'), kind: GraphEdgeKind.ROUTE, weight: 0.2, match: 'any request', rule: 1 },
    ]);
    expect(mermaid).toMatch(/\n {4}(n\d+)\("ledger-service v3"\)\n[\s\S]*\n {2}n\d+ -->\|"80% · any request"\| \1\n/);
    expect(svgText).toEqual(expect.arrayContaining(['ledger-service v3', 'ledger-service v4', '80% · any request', '20% · any request']));
    expect(svgText.filter((t) => /-service-v\d/.test(t))).toEqual([]);
  });

  test('billing.example.com is the entry on gateway public, not an outside node', () => {
    expect(graph.nodes.find((n) => n.id === 'gw:billing/public')).toMatchObject({ hosts: ['billing.example.com'], declared: true });
    expect(graph.nodes.filter((n) => n.name === 'billing.example.com' || !n.declared)).toEqual([]);
    // The VirtualService's rules are drawn once, from the Service; the gateway's come from its HTTPRoute.
    expect(edgesVia(graph, 'VirtualService billing/billing-service').map((e) => e.from))
      .toEqual(Array(3).fill(`svc:${fqdn('billing-service', 'billing')}`));
    expect(mermaid).toContain('{{"gateway public · billing.example.com"}}');
    expect(mermaid).not.toContain('not in inputs');
    expect(svgText).toContain('gateway public · billing.example.com');
    expect(svgText.filter((t) => t.includes('not in inputs'))).toEqual([]);
  });

  test('the waypoint named waypoint is labelled "waypoint", once', () => {
    expect(graph.nodes.find((n) => n.id === 'wp:ledger/waypoint')).toMatchObject({ kind: GraphNodeKind.WAYPOINT, name: 'waypoint' });
    expect(graph.nodes.find((n) => n.id === 'wp:ledger/waypoint')).not.toHaveProperty('hosts');
    expect(mermaid).toContain('[["waypoint"]]');
    expect(mermaid).not.toContain('waypoint waypoint');
    expect(svgText).toContain('waypoint');
    expect(svgText.filter((t) => t.includes('waypoint waypoint'))).toEqual([]);
  });

  test('gateway and waypoint labels add the kind word only when the name does not already say it', () => {
    const label = (kind: GraphNodeKind, name: string): string => nodeLabel({
      id: name, kind, namespace: 'ns', name, declared: true, status: GraphStatus.OK, sources: [], findings: [],
    });
    expect([
      label(GraphNodeKind.WAYPOINT, 'waypoint'), label(GraphNodeKind.WAYPOINT, 'ledger-waypoint'), label(GraphNodeKind.WAYPOINT, 'mesh-l7'),
      label(GraphNodeKind.GATEWAY, 'public-gateway'), label(GraphNodeKind.GATEWAY, 'istio-ingressgateway'),
    ]).toEqual(['waypoint', 'ledger-waypoint', 'waypoint mesh-l7', 'public-gateway', 'gateway istio-ingressgateway']);
  });
});

describe('the bookinfo-like Gateway API input (hand-written, names off-convention)', () => {
  const graph = buildMeshGraph(bookinfoGatewayApiObjects());
  const mermaid = renderMermaid(graph);
  const svgText = svgTexts(renderSvg(graph));
  const reviews = `svc:${fqdn('reviews', 'bookinfo')}`;

  test('reviews: jason to v2 (Service reviews-jason), /cache to the separate reviews-cache Service, 75/25 over v1/v3, a 5% mirror to v2', () => {
    expect(edgesVia(graph, 'HTTPRoute bookinfo/reviews')).toEqual([
      { from: reviews, to: ver('reviews', 'bookinfo', 'v2'), kind: GraphEdgeKind.ROUTE, weight: 1, match: 'header end-user = jason', rule: 0 },
      { from: reviews, to: `svc:${fqdn('reviews-cache', 'bookinfo')}`, kind: GraphEdgeKind.ROUTE, weight: 1, match: 'path prefix /cache', rule: 1 },
      { from: reviews, to: ver('reviews', 'bookinfo', 'v1'), kind: GraphEdgeKind.ROUTE, weight: 0.75, match: 'any request', rule: 2 },
      { from: reviews, to: ver('reviews', 'bookinfo', 'v3'), kind: GraphEdgeKind.ROUTE, weight: 0.25, match: 'any request', rule: 2 },
      { from: reviews, to: ver('reviews', 'bookinfo', 'v2'), kind: GraphEdgeKind.MIRROR, weight: 1, mirrorPercent: 5, match: 'any request', rule: 2 },
    ]);
    expect(graph.nodes.find((n) => n.id === `svc:${fqdn('reviews-cache', 'bookinfo')}`)?.kind).toBe(GraphNodeKind.SERVICE);
  });

  test('the Istio path: a VirtualService over per-version Service hosts; details-v1 is the subset "stable" (same pods)', () => {
    const details = `svc:${fqdn('details', 'bookinfo')}`;
    expect(edgesVia(graph, 'VirtualService bookinfo/details')).toEqual([
      { from: details, to: ver('details', 'bookinfo', 'stable'), kind: GraphEdgeKind.ROUTE, weight: 0.6, match: 'any request', rule: 0 },
      { from: details, to: ver('details', 'bookinfo', 'v2'), kind: GraphEdgeKind.ROUTE, weight: 0.4, match: 'any request', rule: 0 },
    ]);
  });

  test('the ingress Gateway is the entry for bookinfo.example.com; every node is declared and reached', () => {
    expect(edgesVia(graph, 'HTTPRoute bookinfo/productpage')).toEqual([
      { from: 'gw:bookinfo/bookinfo-gateway', to: `svc:${fqdn('productpage', 'bookinfo')}`, kind: GraphEdgeKind.ROUTE, weight: 1, match: 'path prefix /productpage', rule: 0 },
    ]);
    expect(graph.nodes.filter((n) => !n.declared || n.status !== GraphStatus.OK)).toEqual([]);
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([
      'gw:bookinfo/bookinfo-gateway',
      `svc:${fqdn('details', 'bookinfo')}`, `svc:${fqdn('productpage', 'bookinfo')}`, `svc:${fqdn('reviews', 'bookinfo')}`,
      `svc:${fqdn('reviews-cache', 'bookinfo')}`,
      ver('details', 'bookinfo', 'stable'), ver('details', 'bookinfo', 'v2'),
      ver('reviews', 'bookinfo', 'v1'), ver('reviews', 'bookinfo', 'v2'), ver('reviews', 'bookinfo', 'v3'),
    ].sort());
  });

  test('Mermaid and SVG say the versions, weights and the gateway host', () => {
    for (const label of ['reviews v1', 'reviews v2', 'reviews v3', 'details stable', 'details v2', 'reviews-cache',
      'bookinfo-gateway · bookinfo.example.com']) {
      expect(mermaid).toContain(`"${label}"`);
      expect(svgText).toContain(label);
    }
    for (const label of ['75% · any request', '25% · any request', '100% · header end-user = jason', 'mirror 5% · any request', '60% · any request']) {
      expect(mermaid).toContain(`|"${label}"|`);
      expect(svgText).toContain(label);
    }
  });
});

describe('recognizing per-version Services by their selectors', () => {
  const recognized = (objs: object[]): Record<string, string> => Object.fromEntries(
    [...versionServices(new MeshModel(objs))].map(([host, v]) => [host, `${v.parentFqdn} ${v.version}`]));

  test('a parent selector plus one version label, under any name and any conventional version key', () => {
    expect(recognized([
      service('cart', { app: 'cart' }),
      service('blue', { app: 'cart', 'app.kubernetes.io/version': '1.4.0' }),
      service('green', { app: 'cart', version: '1.5.0' }),
    ])).toEqual({
      [fqdn('blue', 'shop')]: `${fqdn('cart', 'shop')} 1.4.0`,
      [fqdn('green', 'shop')]: `${fqdn('cart', 'shop')} 1.5.0`,
    });
  });

  test('a key the parent\'s DestinationRule subsets select versions by counts as a version label, named by the subset', () => {
    expect(recognized([
      service('cart', { app: 'cart' }),
      service('cart-canary', { app: 'cart', track: 'canary' }),
      { apiVersion: 'networking.istio.io/v1', kind: 'DestinationRule', metadata: { name: 'cart', namespace: 'shop' },
        spec: { host: 'cart', subsets: [{ name: 'next', labels: { track: 'canary' } }] } },
    ])).toEqual({ [fqdn('cart-canary', 'shop')]: `${fqdn('cart', 'shop')} next` });
  });

  test('genuinely separate Services stay Services: another label, two extra labels, another namespace, no parent', () => {
    expect(recognized([
      service('cart', { app: 'cart' }),
      service('cart-db', { app: 'cart', tier: 'db' }),
      service('cart-v2-eu', { app: 'cart', version: 'v2', region: 'eu' }),
      service('cart-v3', { app: 'cart', version: 'v3' }, 'other'),
      service('orders-v1', { app: 'orders', version: 'v1' }),
    ])).toEqual({});
  });

  test('an Istio Gateway serves its server hosts (namespace prefix dropped); a VirtualService host it serves is the entry', () => {
    const graph = buildMeshGraph([
      service('cart', { app: 'cart' }),
      { apiVersion: 'networking.istio.io/v1', kind: 'Gateway', metadata: { name: 'edge', namespace: 'shop' },
        spec: { selector: { istio: 'ingressgateway' }, servers: [{ port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts: ['shop/*.shop.example.com'] }] } },
      { apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', metadata: { name: 'cart', namespace: 'shop' },
        spec: { hosts: ['cart', 'cart.shop.example.com'], gateways: ['edge', 'mesh'], http: [{ route: [{ destination: { host: 'cart' } }] }] } },
    ]);
    expect(graph.nodes.find((n) => n.id === 'gw:shop/edge')?.hosts).toEqual(['*.shop.example.com']);
    expect(edgesVia(graph, 'VirtualService shop/cart').map((e) => e.from)).toEqual([`svc:${fqdn('cart', 'shop')}`, 'gw:shop/edge']);
    expect(graph.nodes.filter((n) => n.name.includes('example.com'))).toEqual([]);
  });
});
