/**
 * The diagram limit: a mesh with more nodes than a reviewer can read (and than Graphviz lays out in reasonable time,
 * or GitHub's Mermaid accepts) is drawn as one box per namespace instead, with counts of what it holds and one edge
 * per pair of namespaces that routes cross. The tables of mesh.md and the JSON graph always list everything.
 */
import { GraphData, GraphEdgeKind, GraphNode, GraphNodeKind, GraphStatus } from './model';

/**
 * The default diagram limit, in nodes. The example draws about 15; Graphviz lays out 150 nodes in about a second,
 * and GitHub's Mermaid stops at 500 edges.
 */
export const DEFAULT_MAX_DIAGRAM_NODES = 150;
/** The highest diagram limit accepted: a drawing of more nodes is no picture anyone reads. */
export const MAX_DIAGRAM_NODES_CEILING = 100_000;

/** What the diagrams draw: the graph itself, or its per-namespace summary with the note that says so. */
export interface DiagramView {
  readonly graph: GraphData;
  /** Why the diagrams show a summary; undefined when they show the graph itself. */
  readonly note: string | undefined;
}

const OUTSIDE = '';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

interface Tally {
  services: number;
  versions: number;
  gateways: number;
  waypoints: number;
  broken: number;
  unreached: number;
  inner: number;
}

function tallyText(t: Tally, policies: number, denyByDefault: boolean): string {
  const parts = [plural(t.services, 'Service'), plural(t.versions, 'version')];
  if (t.gateways > 0) parts.push(plural(t.gateways, 'gateway'));
  if (t.waypoints > 0) parts.push(plural(t.waypoints, 'waypoint'));
  if (t.inner > 0) parts.push(plural(t.inner, 'route') + ' inside');
  if (policies > 0) parts.push(`${plural(policies, 'AuthorizationPolicy', 'AuthorizationPolicies')}${denyByDefault ? ', deny-by-default' : ''}`);
  if (t.broken > 0) parts.push(`${t.broken} broken`);
  if (t.unreached > 0) parts.push(`${t.unreached} unreached`);
  return parts.join(' · ');
}

function count(t: Tally, node: GraphNode): void {
  if (node.kind === GraphNodeKind.SERVICE) t.services++;
  else if (node.kind === GraphNodeKind.VERSION) t.versions++;
  else if (node.kind === GraphNodeKind.GATEWAY) t.gateways++;
  else if (node.kind === GraphNodeKind.WAYPOINT) t.waypoints++;
  if (node.status === GraphStatus.BROKEN) t.broken++;
  if (node.status === GraphStatus.UNREACHED) t.unreached++;
}

/** The graph with one node per namespace (plus one for hosts outside the cluster), for diagrams above the limit. */
function summarize(graph: GraphData, maxNodes: number): GraphData {
  const tallies = new Map<string, Tally>();
  const tallyOf = (key: string): Tally => {
    let t = tallies.get(key);
    if (t === undefined) {
      t = { services: 0, versions: 0, gateways: 0, waypoints: 0, broken: 0, unreached: 0, inner: 0 };
      tallies.set(key, t);
    }
    return t;
  };
  const keyOf = new Map<string, string>();
  for (const n of graph.nodes) {
    const key = n.namespace ?? OUTSIDE;
    keyOf.set(n.id, key);
    count(tallyOf(key), n);
  }
  for (const ns of graph.namespaces) if (ns.policies.length > 0) tallyOf(ns.name);
  // Above the limit even as a summary: the largest namespaces keep their box, the rest share one.
  const ranked = [...tallies.entries()].sort((a, b) => size(b[1]) - size(a[1]) || (a[0] < b[0] ? -1 : 1));
  const kept = new Set(ranked.slice(0, ranked.length > maxNodes ? maxNodes - 1 : maxNodes).map(([k]) => k));
  const rest = ranked.filter(([k]) => !kept.has(k)).map(([k]) => k);
  const boxOf = (key: string): string => (kept.has(key) ? key : REST);

  const links = new Map<string, { from: string; to: string; routes: number; mirrors: number; other: number; broken: boolean }>();
  for (const e of graph.edges) {
    const from = boxOf(keyOf.get(e.from) ?? OUTSIDE);
    const to = boxOf(keyOf.get(e.to) ?? OUTSIDE);
    if (from === to) {
      if (from !== REST) tallyOf(from).inner++;
      continue;
    }
    const id = `${from}\u0000${to}`;
    let link = links.get(id);
    if (link === undefined) {
      link = { from, to, routes: 0, mirrors: 0, other: 0, broken: false };
      links.set(id, link);
    }
    if (e.kind === GraphEdgeKind.ROUTE) link.routes++;
    else if (e.kind === GraphEdgeKind.MIRROR) link.mirrors++;
    else link.other++;
    if (e.status === GraphStatus.BROKEN) link.broken = true;
  }

  const namespaceByName = new Map(graph.namespaces.map((ns) => [ns.name, ns]));
  const nodes: GraphNode[] = [];
  for (const key of [...kept].sort()) {
    const t = tallyOf(key);
    const ns = namespaceByName.get(key);
    const text = key === OUTSIDE ? `outside the cluster: ${plural(t.services + t.versions + t.gateways + t.waypoints, 'host')}`
      : tallyText(t, ns?.policies.length ?? 0, ns?.denyByDefault ?? false);
    nodes.push(summaryNode(key, key === OUTSIDE ? undefined : key, text, t.broken > 0));
  }
  if (rest.length > 0) nodes.push(summaryNode(REST, undefined, `${plural(rest.length, 'more namespace')}: ${rest.slice(0, 5).join(', ')}${rest.length > 5 ? ', …' : ''}`, false));
  const edges = [...links.values()].map((l, i) => {
    const parts = [l.routes > 0 ? plural(l.routes, 'route') : '', l.mirrors > 0 ? plural(l.mirrors, 'mirror') : '',
      l.other > 0 ? plural(l.other, 'waypoint use') : ''].filter((p) => p);
    return {
      id: `s${i}`, kind: GraphEdgeKind.SUMMARY, from: `sum:${l.from}`, to: `sum:${l.to}`, weight: 1, match: parts.join(', '),
      rule: 0, via: '', status: l.broken ? GraphStatus.BROKEN : GraphStatus.OK, sources: [], findings: [],
    };
  });
  const namespaces = graph.namespaces.filter((ns) => kept.has(ns.name)).map((ns) => ({ ...ns, policies: [], findings: [] }));
  return { namespaces, nodes, edges, findings: [] };
}

const REST = '\u0000rest';

function size(t: Tally): number {
  return t.services + t.versions + t.gateways + t.waypoints;
}

function summaryNode(key: string, namespace: string | undefined, text: string, broken: boolean): GraphNode {
  return {
    id: `sum:${key}`, kind: GraphNodeKind.SUMMARY, namespace, name: text, declared: true,
    status: broken ? GraphStatus.BROKEN : GraphStatus.OK, sources: [], findings: [],
  };
}

/** What the diagrams draw for `graph` under a limit of `maxNodes` nodes. */
export function diagramView(graph: GraphData, maxNodes: number = DEFAULT_MAX_DIAGRAM_NODES): DiagramView {
  if (graph.nodes.length <= maxNodes) return { graph, note: undefined };
  const summary = summarize(graph, maxNodes);
  return {
    graph: summary,
    note: `The mesh has ${graph.nodes.length} nodes and ${graph.edges.length} edges, more than the diagram limit of ` +
      `${maxNodes} nodes (MeshGraph's \`maxNodes\`, the CLI's \`--max-nodes\`): the diagrams show one box per namespace ` +
      `with what it holds, and one arrow per pair of namespaces that routes cross. The tables list everything.`,
  };
}
