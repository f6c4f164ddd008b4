/** Nodes grouped by namespace once, so renderers stay linear in the graph (a filter per namespace would not). */
import { GraphNode, GraphData } from './model';

export function nodesByNamespace(graph: GraphData): Map<string | undefined, GraphNode[]> {
  const out = new Map<string | undefined, GraphNode[]>();
  for (const n of graph.nodes) {
    const list = out.get(n.namespace);
    if (list) list.push(n); else out.set(n.namespace, [n]);
  }
  return out;
}
