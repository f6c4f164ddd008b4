/**
 * The words every rendering of the graph uses for its nodes, edges and namespaces, so that the Mermaid diagram,
 * the SVG and the table say the same thing.
 */
import { GraphEdge, GraphEdgeKind, GraphNamespace, GraphNode, GraphNodeKind, GraphPolicy } from './model';

/** A fraction as a percentage with at most two decimals: 0.9 → `90%`, 1/3 → `33.33%`. */
export function percent(fraction: number): string {
  return `${Number((fraction * 100).toFixed(2))}%`;
}

const CLUSTER_SUFFIX = '.svc.cluster.local';

/** A Service FQDN as people say it: `reviews` for `reviews.default.svc.cluster.local`. */
export function shortHost(fqdn: string): string {
  // `<name>.<namespace>.svc.cluster.local`, neither part empty nor dotted.
  if (!fqdn.endsWith(CLUSTER_SUFFIX)) return fqdn;
  const parts = fqdn.slice(0, -CLUSTER_SUFFIX.length).split('.');
  return parts.length === 2 && parts[0] !== '' && parts[1] !== '' ? parts[0] : fqdn;
}

function findingCodes(node: { readonly findings: readonly { readonly code: string }[] }): string {
  const codes = [...new Set(node.findings.map((f) => f.code))];
  return codes.length === 0 ? '' : ` ⚠ ${codes.join(' ')}`;
}

/** `waypoint mesh-l7`, but `waypoint` for one named `waypoint` and `ledger-waypoint` for one named so: the kind word is said once. */
function kindAndName(kind: string, name: string): string {
  return name.split('-').includes(kind) ? name : `${kind} ${name}`;
}

export function nodeLabel(node: GraphNode): string {
  const missing = node.declared ? '' : ' (not in inputs)';
  switch (node.kind) {
    case GraphNodeKind.VERSION:
      return `${shortHost(node.versionOf ?? '')} ${node.name}${missing}${findingCodes(node)}`;
    case GraphNodeKind.GATEWAY: {
      const hosts = node.hosts !== undefined && node.hosts.length > 0 ? ` · ${node.hosts.join(', ')}` : '';
      return `${kindAndName('gateway', node.name)}${hosts}${missing}${findingCodes(node)}`;
    }
    case GraphNodeKind.WAYPOINT:
      return `${kindAndName('waypoint', node.name)}${missing}${findingCodes(node)}`;
    case GraphNodeKind.SUMMARY:
      return node.name;
    default:
      return `${shortHost(node.name)}${missing}${findingCodes(node)}`;
  }
}

export function edgeLabel(edge: GraphEdge): string {
  const codes = findingCodes(edge);
  if (edge.kind === GraphEdgeKind.MIRROR) return `mirror ${edge.mirrorPercent ?? 100}% · ${edge.match}${codes}`;
  if (edge.kind === GraphEdgeKind.WAYPOINT || edge.kind === GraphEdgeKind.SUMMARY) return `${edge.match}${codes}`;
  return `${percent(edge.weight)} · ${edge.match}${codes}`;
}

export function mtlsLabel(ns: GraphNamespace): string {
  const from = ns.mtlsFrom === 'mesh' ? ' (mesh-wide)' : '';
  const ports = ns.portExceptions.length > 0 ? `, ports ${ns.portExceptions.join(', ')}` : '';
  return `mTLS ${ns.mtls}${from}${ports}`;
}

export function namespaceTitle(ns: GraphNamespace): string {
  return `${ns.name} · ${ns.dataPlane} · ${mtlsLabel(ns)}`;
}

export function policyLabel(p: GraphPolicy): string {
  if (p.allowsNothing) return `${p.name}: deny-by-default (${p.appliesTo})`;
  const callers = p.callers.length > 0 ? ` from ${p.callers.join(', ')}` : '';
  return `${p.name}: ${p.action} ${p.appliesTo}${callers}`;
}
