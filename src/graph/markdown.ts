/**
 * mesh.md: the Mermaid diagram GitHub renders natively, then the same facts as short tables (namespaces and
 * security; routes in rule order) and the findings the picture marks.
 */
import { mtlsLabel, nodeLabel, percent, policyLabel } from './labels';
import { renderMermaid } from './mermaid';
import { GraphEdgeKind, GraphFinding, GraphData } from './model';
import { DEFAULT_MAX_DIAGRAM_NODES, diagramView } from './summary';

/** Text safe inside a Markdown table cell. */
function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

/** The Mermaid block of a diagram, preceded by the note when the graph is above the diagram limit. */
export function mermaidBlock(graph: GraphData, maxNodes: number): string[] {
  const view = diagramView(graph, maxNodes);
  return [...(view.note === undefined ? [] : [`> ${view.note}`, '']), '```mermaid', renderMermaid(view.graph).trimEnd(), '```'];
}

/** mesh.md; the diagram summarizes per namespace above `maxNodes` nodes (the tables always list everything). */
export function renderMarkdown(graph: GraphData, maxNodes: number = DEFAULT_MAX_DIAGRAM_NODES): string {
  const label = new Map(graph.nodes.map((n) => [n.id, nodeLabel(n)]));
  const out = ['# Mesh', '', ...mermaidBlock(graph, maxNodes), '', '## Namespaces', '',
    '| namespace | data plane | mTLS | deny-by-default | authorization |', '|---|---|---|---|---|'];
  for (const ns of graph.namespaces) {
    out.push(`| ${cell(ns.name)} | ${ns.dataPlane} | ${cell(mtlsLabel(ns).slice('mTLS '.length))} | ${ns.denyByDefault ? 'yes' : 'no'} | ${cell(ns.policies.map(policyLabel).join('; ') || '-')} |`);
  }
  out.push('', '## Routes', '', '| from | rule | match | to | share | via | status |', '|---|---|---|---|---|---|---|');
  for (const e of graph.edges) {
    const share = e.kind === GraphEdgeKind.MIRROR ? `mirror ${e.mirrorPercent ?? 100}%` : e.kind === GraphEdgeKind.ROUTE ? percent(e.weight) : '-';
    out.push(`| ${cell(label.get(e.from) ?? e.from)} | ${e.rule} | ${cell(e.match)} | ${cell(label.get(e.to) ?? e.to)} | ${share} | ${cell(e.via)} | ${e.status} |`);
  }
  const all: GraphFinding[] = [...graph.findings];
  for (const x of [...graph.namespaces, ...graph.nodes, ...graph.edges]) all.push(...x.findings);
  const unique = new Map(all.map((f) => [`${f.code}|${f.object}|${f.path}|${f.message}`, f]));
  if (unique.size > 0) {
    out.push('', '## Findings', '');
    for (const f of unique.values()) out.push(`- ${f.severity} ${f.code} ${cell(f.object)}${f.path ? ` ${f.path}` : ''}: ${cell(f.message)}`);
  }
  return `${out.join('\n')}\n`;
}
