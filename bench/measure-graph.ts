/**
 * The Graphviz layout cost behind the diagram limit, in a fresh process:
 *   node lib/bench/measure-graph.js layout <namespaces> <servicesPerNamespace>
 * builds a mesh of canaried Services (a header rule to v2, then 90/10 over v1 and v2; three nodes per Service),
 * then times the graph build and the SVG layout of the whole graph, no summary. Prints one JSON line.
 */
import { performance } from 'perf_hooks';
import { buildMeshGraph } from '../src/graph/build-graph';
import { renderSvg } from '../src/graph/svg';

function canaryMesh(namespaces: number, services: number): object[] {
  const out: object[] = [];
  for (let n = 0; n < namespaces; n++) {
    const namespace = `ns-${n}`;
    for (let s = 0; s < services; s++) {
      const name = `svc-${s}`;
      const metadata = { name, namespace };
      out.push({ apiVersion: 'v1', kind: 'Service', metadata, spec: { selector: { app: name }, ports: [{ name: 'http', port: 80 }] } });
      out.push({ apiVersion: 'networking.istio.io/v1', kind: 'DestinationRule', metadata,
        spec: { host: name, subsets: [{ name: 'v1', labels: { version: 'v1' } }, { name: 'v2', labels: { version: 'v2' } }] } });
      out.push({ apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', metadata, spec: { hosts: [name], http: [
        { match: [{ headers: { 'x-user-region': { exact: 'oslo' } } }], route: [{ destination: { host: name, subset: 'v2' } }] },
        { route: [{ destination: { host: name, subset: 'v1' }, weight: 90 }, { destination: { host: name, subset: 'v2' }, weight: 10 }] },
      ] } });
    }
  }
  return out;
}

function main(): void {
  const [command, namespaces, services] = process.argv.slice(2);
  if (command !== 'layout') throw new Error('usage: measure-graph.js layout <namespaces> <servicesPerNamespace>');
  const objects = canaryMesh(Number(namespaces), Number(services));
  const t0 = performance.now();
  const graph = buildMeshGraph(objects);
  const t1 = performance.now();
  const svg = renderSvg(graph);
  const t2 = performance.now();
  console.log(JSON.stringify({ nodes: graph.nodes.length, edges: graph.edges.length, buildMs: t1 - t0, layoutMs: t2 - t1, svgBytes: svg.length }));
}

main();
