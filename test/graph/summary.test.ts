/**
 * The diagram limit: above it the diagrams show one box per namespace (counts of what it holds, routes inside, one
 * arrow per pair of namespaces routes cross); the largest namespaces keep their box when even that is too many.
 */
import { buildMeshGraph, GraphEdgeKind, GraphNodeKind } from '../../src/graph';
import { renderMarkdown } from '../../src/graph/markdown';
import { diagramView } from '../../src/graph/summary';
import { renderSvg } from '../../src/graph/svg';
import { svgTexts } from './inputs';

/** `namespaces` namespaces of `services` canaried Services each (v1 90 % / v2 10 %); ns0's `front` also routes to ns1. */
function mesh(namespaces: number, services: number): object[] {
  const out: object[] = [];
  for (let n = 0; n < namespaces; n++) {
    const ns = `ns${n}`;
    for (let s = 0; s < services; s++) {
      const name = `svc${s}`;
      out.push({ apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: ns }, spec: { selector: { app: name }, ports: [{ name: 'http', port: 80 }] } });
      out.push({ apiVersion: 'networking.istio.io/v1', kind: 'DestinationRule', metadata: { name, namespace: ns },
        spec: { host: name, subsets: [{ name: 'v1', labels: { version: 'v1' } }, { name: 'v2', labels: { version: 'v2' } }] } });
      out.push({ apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', metadata: { name, namespace: ns },
        spec: { hosts: [name], http: [{ route: [{ destination: { host: name, subset: 'v1' }, weight: 90 }, { destination: { host: name, subset: 'v2' }, weight: 10 }] }] } });
    }
  }
  out.push({ apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', metadata: { name: 'front', namespace: 'ns0' },
    spec: { hosts: ['front'], http: [{ route: [{ destination: { host: 'svc0.ns1.svc.cluster.local', subset: 'v1' } }] }] } });
  return out;
}

describe('diagramView', () => {
  test('under the limit the diagrams draw the graph itself', () => {
    const graph = buildMeshGraph(mesh(2, 2));
    expect(diagramView(graph, 150)).toEqual({ graph, note: undefined });
  });

  test('above it: one box per namespace with its counts and routes inside, one arrow per crossing pair', () => {
    const graph = buildMeshGraph(mesh(3, 20));
    expect(graph.nodes).toHaveLength(3 * 20 * 3 + 1);
    const view = diagramView(graph, 150);
    expect(view.note).toBe('The mesh has 181 nodes and 121 edges, more than the diagram limit of 150 nodes ' +
      "(MeshGraph's `maxNodes`, the CLI's `--max-nodes`): the diagrams show one box per namespace with what it holds, " +
      'and one arrow per pair of namespaces that routes cross. The tables list everything.');
    expect(view.graph.nodes.map((n) => [n.kind, n.namespace, n.name])).toEqual([
      [GraphNodeKind.SUMMARY, 'ns0', '21 Services · 40 versions · 40 routes inside'],
      [GraphNodeKind.SUMMARY, 'ns1', '20 Services · 40 versions · 40 routes inside'],
      [GraphNodeKind.SUMMARY, 'ns2', '20 Services · 40 versions · 40 routes inside'],
    ]);
    expect(view.graph.edges.map((e) => [e.kind, e.from, e.to, e.match])).toEqual([
      [GraphEdgeKind.SUMMARY, 'sum:ns0', 'sum:ns1', '1 route'],
    ]);
    const md = renderMarkdown(graph, 150);
    expect(md).toContain('> The mesh has 181 nodes and 121 edges, more than the diagram limit of 150 nodes');
    expect(md).toContain('| svc19 | 0 | any request | svc19 v2 | 10% | VirtualService ns2/svc19 | ok |');
    expect(svgTexts(renderSvg(view.graph))).toEqual(expect.arrayContaining(['21 Services · 40 versions · 40 routes inside', '1 route']));
  });

  test('more namespaces than the limit: the largest keep their box, the rest share one', () => {
    const view = diagramView(buildMeshGraph(mesh(6, 2)), 3);
    expect(view.graph.nodes.map((n) => n.name)).toEqual([
      '3 Services · 4 versions · 4 routes inside',
      '2 Services · 4 versions · 4 routes inside',
      '4 more namespaces: ns2, ns3, ns4, ns5',
    ]);
    expect(view.graph.namespaces.map((ns) => ns.name)).toEqual(['ns0', 'ns1']);
  });

  test('a 6,000-object mesh is drawn within the limit (the layout stays bounded)', () => {
    const objects = mesh(20, 100);
    expect(objects).toHaveLength(6_001);
    const graph = buildMeshGraph(objects);
    const view = diagramView(graph, 150);
    expect(view.graph.nodes).toHaveLength(20);
    expect(svgTexts(renderSvg(view.graph))).toContain('100 Services · 200 versions · 200 routes inside');
  });
});
