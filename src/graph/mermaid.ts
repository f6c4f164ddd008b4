/**
 * The graph as a Mermaid flowchart (GitHub renders it natively in mesh.md): namespaces are subgraphs titled with
 * their data plane and mTLS mode, broken routes are red, versions no route reaches are grey.
 */
import { nodesByNamespace } from './group';
import { edgeLabel, namespaceTitle, nodeLabel, policyLabel } from './labels';
import { GraphEdgeKind, GraphNode, GraphNodeKind, GraphStatus, GraphData } from './model';

/** Mermaid's entity codes for the characters a quoted label cannot hold. */
export function mermaidText(text: string): string {
  return text.replaceAll('#', '#35;').replaceAll('"', '#quot;').replaceAll('<', '#lt;').replaceAll('>', '#gt;');
}

function shape(id: string, node: GraphNode): string {
  const label = `"${mermaidText(nodeLabel(node))}"`;
  switch (node.kind) {
    case GraphNodeKind.VERSION: return `${id}(${label})`;
    case GraphNodeKind.GATEWAY: return `${id}{{${label}}}`;
    case GraphNodeKind.WAYPOINT: return `${id}[[${label}]]`;
    default: return `${id}[${label}]`;
  }
}

export function renderMermaid(graph: GraphData): string {
  const ids = new Map(graph.nodes.map((n, i) => [n.id, `n${i}`]));
  const lines = ['flowchart LR'];
  const groups = nodesByNamespace(graph);
  graph.namespaces.forEach((ns, i) => {
    const members = groups.get(ns.name) ?? [];
    if (members.length === 0 && ns.policies.length === 0) return;
    lines.push(`  subgraph ns${i}["${mermaidText(namespaceTitle(ns))}"]`);
    for (const n of members) lines.push(`    ${shape(ids.get(n.id) ?? '', n)}`);
    if (ns.policies.length > 0) lines.push(`    authz${i}>"${mermaidText(ns.policies.map(policyLabel).join('; '))}"]`);
    lines.push('  end');
  });
  for (const n of groups.get(undefined) ?? []) lines.push(`  ${shape(ids.get(n.id) ?? '', n)}`);
  const red: number[] = [];
  graph.edges.forEach((e, i) => {
    const arrow = e.kind === GraphEdgeKind.ROUTE || e.kind === GraphEdgeKind.SUMMARY ? '-->' : '-.->';
    lines.push(`  ${ids.get(e.from)} ${arrow}|"${mermaidText(edgeLabel(e))}"| ${ids.get(e.to)}`);
    if (e.status === GraphStatus.BROKEN) red.push(i);
  });
  lines.push('  classDef unreached fill:#eeeeee,stroke:#999999,color:#888888');
  lines.push('  classDef broken stroke:#cc0000,stroke-width:2px,color:#cc0000');
  for (const status of [GraphStatus.UNREACHED, GraphStatus.BROKEN]) {
    const members = graph.nodes.filter((n) => n.status === status).map((n) => ids.get(n.id));
    if (members.length > 0) lines.push(`  class ${members.join(',')} ${status}`);
  }
  if (red.length > 0) lines.push(`  linkStyle ${red.join(',')} stroke:#cc0000,stroke-width:2px`);
  return `${lines.join('\n')}\n`;
}
