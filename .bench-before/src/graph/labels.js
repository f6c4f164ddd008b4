"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.percent = percent;
exports.shortHost = shortHost;
exports.nodeLabel = nodeLabel;
exports.edgeLabel = edgeLabel;
exports.mtlsLabel = mtlsLabel;
exports.namespaceTitle = namespaceTitle;
exports.policyLabel = policyLabel;
/**
 * The words every rendering of the graph uses for its nodes, edges and namespaces, so that the Mermaid diagram,
 * the SVG and the table say the same thing.
 */
const model_1 = require("./model");
/** A fraction as a percentage with at most two decimals: 0.9 → `90%`, 1/3 → `33.33%`. */
function percent(fraction) {
    return `${Number((fraction * 100).toFixed(2))}%`;
}
/** A Service FQDN as people say it: `reviews` for `reviews.default.svc.cluster.local`. */
function shortHost(fqdn) {
    const m = /^([^.]+)\.[^.]+\.svc\.cluster\.local$/.exec(fqdn);
    return m ? m[1] : fqdn;
}
function findingCodes(node) {
    const codes = [...new Set(node.findings.map((f) => f.code))];
    return codes.length === 0 ? '' : ` ⚠ ${codes.join(' ')}`;
}
function nodeLabel(node) {
    const missing = node.declared ? '' : ' (not in inputs)';
    switch (node.kind) {
        case model_1.GraphNodeKind.VERSION:
            return node.name.includes('.')
                ? `${shortHost(node.name)}${missing}${findingCodes(node)}`
                : `${shortHost(node.versionOf ?? '')} ${node.name}${missing}${findingCodes(node)}`;
        case model_1.GraphNodeKind.GATEWAY:
            return `gateway ${node.name}${missing}${findingCodes(node)}`;
        case model_1.GraphNodeKind.WAYPOINT:
            return `waypoint ${node.name}${missing}${findingCodes(node)}`;
        default:
            return `${shortHost(node.name)}${missing}${findingCodes(node)}`;
    }
}
function edgeLabel(edge) {
    const codes = findingCodes(edge);
    if (edge.kind === model_1.GraphEdgeKind.MIRROR)
        return `mirror ${edge.mirrorPercent ?? 100}% · ${edge.match}${codes}`;
    if (edge.kind === model_1.GraphEdgeKind.WAYPOINT)
        return `${edge.match}${codes}`;
    return `${percent(edge.weight)} · ${edge.match}${codes}`;
}
function mtlsLabel(ns) {
    const from = ns.mtlsFrom === 'mesh' ? ' (mesh-wide)' : '';
    const ports = ns.portExceptions.length > 0 ? `, ports ${ns.portExceptions.join(', ')}` : '';
    return `mTLS ${ns.mtls}${from}${ports}`;
}
function namespaceTitle(ns) {
    return `${ns.name} · ${ns.dataPlane} · ${mtlsLabel(ns)}`;
}
function policyLabel(p) {
    if (p.allowsNothing)
        return `${p.name}: deny-by-default (${p.appliesTo})`;
    const callers = p.callers.length > 0 ? ` from ${p.callers.join(', ')}` : '';
    return `${p.name}: ${p.action} ${p.appliesTo}${callers}`;
}
//# sourceMappingURL=labels.js.map