/**
 * What changed in routing and security between two sets of manifests, compared as graphs: route shares (weights,
 * mirror percentages) per route, source, destination and match; per namespace the data plane, mTLS mode,
 * deny-by-default and each AuthorizationPolicy (action, workloads, callers). The review text of a PR that moves
 * `canaryWeight`.
 */
import { edgeLabel, mtlsLabel, nodeLabel, percent, policyLabel } from './labels';
import { mermaidBlock } from './markdown';
import { GraphEdge, GraphEdgeKind, GraphData } from './model';
import { DEFAULT_MAX_DIAGRAM_NODES } from './summary';

export interface GraphChange {
  /** `routing` or `security`. */
  readonly area: string;
  /** The route or namespace fact that changed. */
  readonly subject: string;
  /** undefined when the subject is new. */
  readonly before: string | undefined;
  /** undefined when the subject is gone. */
  readonly after: string | undefined;
}

function share(e: GraphEdge): string {
  return e.kind === GraphEdgeKind.MIRROR ? `mirror ${e.mirrorPercent ?? 100}%` : e.kind === GraphEdgeKind.ROUTE ? percent(e.weight) : 'present';
}

/** A node label without its ` ⚠ <codes>` suffix (`/ ⚠ .*$/`: the first ` ⚠ ` with no line break after it). */
function withoutFindingCodes(label: string): string {
  const lastBreak = Math.max(label.lastIndexOf('\n'), label.lastIndexOf('\r'), label.lastIndexOf('\u2028'), label.lastIndexOf('\u2029'));
  const at = label.indexOf(' ⚠ ', lastBreak + 1);
  return at < 0 ? label : label.slice(0, at);
}

/** Each route edge by what it says (route object, from, to, match), with its share. */
function routeFacts(graph: GraphData): Map<string, string> {
  const label = new Map(graph.nodes.map((n) => [n.id, withoutFindingCodes(nodeLabel(n))]));
  const out = new Map<string, string>();
  for (const e of graph.edges) {
    const subject = `${e.via}: ${label.get(e.from) ?? e.from} → ${label.get(e.to) ?? e.to} (${e.kind === GraphEdgeKind.ROUTE ? e.match : edgeLabel(e)})`;
    const previous = out.get(subject);
    out.set(subject, previous === undefined ? share(e) : `${previous} + ${share(e)}`);
  }
  return out;
}

function securityFacts(graph: GraphData): Map<string, string> {
  const out = new Map<string, string>();
  for (const ns of graph.namespaces) {
    out.set(`namespace ${ns.name}: data plane`, ns.dataPlane);
    out.set(`namespace ${ns.name}: mTLS`, mtlsLabel(ns).slice('mTLS '.length));
    out.set(`namespace ${ns.name}: deny-by-default`, ns.denyByDefault ? 'yes' : 'no');
    for (const p of ns.policies) out.set(`namespace ${ns.name}: AuthorizationPolicy ${p.name}`, policyLabel(p));
  }
  return out;
}

function compare(area: string, before: Map<string, string>, after: Map<string, string>, out: GraphChange[]): void {
  for (const [subject, value] of before) {
    const now = after.get(subject);
    if (now !== value) out.push({ area, subject, before: value, after: now });
  }
  for (const [subject, value] of after) if (!before.has(subject)) out.push({ area, subject, before: undefined, after: value });
}

export function diffGraphs(before: GraphData, after: GraphData): GraphChange[] {
  const out: GraphChange[] = [];
  compare('routing', routeFacts(before), routeFacts(after), out);
  compare('security', securityFacts(before), securityFacts(after), out);
  return out;
}

function cell(text: string | undefined): string {
  return text === undefined ? '-' : text.replaceAll('|', '\\|');
}

/** The changes as a Markdown table, followed by both diagrams (each summarized per namespace above `maxNodes` nodes). */
export function renderDiffMarkdown(before: GraphData, after: GraphData, maxNodes: number = DEFAULT_MAX_DIAGRAM_NODES): string {
  const changes = diffGraphs(before, after);
  const out = ['# Mesh changes', ''];
  if (changes.length === 0) out.push('No change in routing or security.');
  else {
    out.push('| area | what | before | after |', '|---|---|---|---|');
    for (const c of changes) out.push(`| ${c.area} | ${cell(c.subject)} | ${cell(c.before)} | ${cell(c.after)} |`);
  }
  out.push('', '## Before', '', ...mermaidBlock(before, maxNodes), '', '## After', '', ...mermaidBlock(after, maxNodes));
  return `${out.join('\n')}\n`;
}
