/**
 * The graph in Graphviz's DOT language, laid out left to right with one cluster per namespace; svg.ts renders it.
 */
import { nodesByNamespace } from './group';
import { edgeLabel, namespaceTitle, nodeLabel, policyLabel } from './labels';
import { GraphEdgeKind, GraphNode, GraphNodeKind, GraphStatus, GraphData } from './model';

/** A DOT double-quoted string. */
export function dotString(text: string): string {
  return `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('\n', '\\n')}"`;
}

const SHAPES: Record<GraphNodeKind, string> = {
  [GraphNodeKind.SERVICE]: 'box',
  [GraphNodeKind.VERSION]: 'box, style="rounded,filled", fillcolor="#e8f0fe"',
  [GraphNodeKind.GATEWAY]: 'hexagon',
  [GraphNodeKind.WAYPOINT]: 'box3d',
  [GraphNodeKind.SUMMARY]: 'box, style="rounded"',
};

function nodeLine(id: string, node: GraphNode): string {
  let style = SHAPES[node.kind];
  if (node.status === GraphStatus.UNREACHED) style = 'box, style="rounded,filled,dashed", fillcolor="#eeeeee", fontcolor="#888888", color="#999999"';
  if (node.status === GraphStatus.BROKEN) style += ', color="#cc0000", fontcolor="#cc0000"';
  return `${id} [label=${dotString(nodeLabel(node))}, shape=${style}];`;
}

export function renderDot(graph: GraphData): string {
  const ids = new Map(graph.nodes.map((n, i) => [n.id, `n${i}`]));
  const lines = ['digraph mesh {', '  rankdir=LR;', '  graph [fontname="Helvetica", fontsize=12];', '  node [fontname="Helvetica", fontsize=11];',
    '  edge [fontname="Helvetica", fontsize=10];'];
  const groups = nodesByNamespace(graph);
  graph.namespaces.forEach((ns, i) => {
    const members = groups.get(ns.name) ?? [];
    if (members.length === 0 && ns.policies.length === 0) return;
    lines.push(`  subgraph cluster_${i} {`, `    label=${dotString(namespaceTitle(ns))};`, '    style=rounded;');
    for (const n of members) lines.push(`    ${nodeLine(ids.get(n.id) ?? '', n)}`);
    if (ns.policies.length > 0) lines.push(`    authz${i} [label=${dotString(ns.policies.map(policyLabel).join('\n'))}, shape=note];`);
    lines.push('  }');
  });
  for (const n of groups.get(undefined) ?? []) lines.push(`  ${nodeLine(ids.get(n.id) ?? '', n)}`);
  for (const e of graph.edges) {
    const attrs = [`label=${dotString(edgeLabel(e))}`];
    if (e.kind === GraphEdgeKind.MIRROR || e.kind === GraphEdgeKind.WAYPOINT) attrs.push('style=dashed');
    if (e.status === GraphStatus.BROKEN) attrs.push('color="#cc0000"', 'fontcolor="#cc0000"', 'penwidth=2');
    lines.push(`  ${ids.get(e.from)} -> ${ids.get(e.to)} [${attrs.join(', ')}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
