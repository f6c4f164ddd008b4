"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.diffGraphs = diffGraphs;
exports.renderDiffMarkdown = renderDiffMarkdown;
/**
 * What changed in routing and security between two sets of manifests, compared as graphs: route shares (weights,
 * mirror percentages) per route, source, destination and match; per namespace the data plane, mTLS mode,
 * deny-by-default and each AuthorizationPolicy (action, workloads, callers). The review text of a PR that moves
 * `canaryWeight`.
 */
const labels_1 = require("./labels");
const mermaid_1 = require("./mermaid");
const model_1 = require("./model");
function share(e) {
    return e.kind === model_1.GraphEdgeKind.MIRROR ? `mirror ${e.mirrorPercent ?? 100}%` : e.kind === model_1.GraphEdgeKind.ROUTE ? (0, labels_1.percent)(e.weight) : 'present';
}
/** Each route edge by what it says (route object, from, to, match), with its share. */
function routeFacts(graph) {
    const label = new Map(graph.nodes.map((n) => [n.id, (0, labels_1.nodeLabel)(n).replace(/ ⚠ .*$/, '')]));
    const out = new Map();
    for (const e of graph.edges) {
        const subject = `${e.via}: ${label.get(e.from) ?? e.from} → ${label.get(e.to) ?? e.to} (${e.kind === model_1.GraphEdgeKind.ROUTE ? e.match : (0, labels_1.edgeLabel)(e)})`;
        const previous = out.get(subject);
        out.set(subject, previous === undefined ? share(e) : `${previous} + ${share(e)}`);
    }
    return out;
}
function securityFacts(graph) {
    const out = new Map();
    for (const ns of graph.namespaces) {
        out.set(`namespace ${ns.name}: data plane`, ns.dataPlane);
        out.set(`namespace ${ns.name}: mTLS`, (0, labels_1.mtlsLabel)(ns).slice('mTLS '.length));
        out.set(`namespace ${ns.name}: deny-by-default`, ns.denyByDefault ? 'yes' : 'no');
        for (const p of ns.policies)
            out.set(`namespace ${ns.name}: AuthorizationPolicy ${p.name}`, (0, labels_1.policyLabel)(p));
    }
    return out;
}
function compare(area, before, after, out) {
    for (const [subject, value] of before) {
        const now = after.get(subject);
        if (now !== value)
            out.push({ area, subject, before: value, after: now });
    }
    for (const [subject, value] of after)
        if (!before.has(subject))
            out.push({ area, subject, before: undefined, after: value });
}
function diffGraphs(before, after) {
    const out = [];
    compare('routing', routeFacts(before), routeFacts(after), out);
    compare('security', securityFacts(before), securityFacts(after), out);
    return out;
}
function cell(text) {
    return text === undefined ? '-' : text.replace(/\|/g, '\\|');
}
/** The changes as a Markdown table, followed by both diagrams. */
function renderDiffMarkdown(before, after) {
    const changes = diffGraphs(before, after);
    const out = ['# Mesh changes', ''];
    if (changes.length === 0)
        out.push('No change in routing or security.');
    else {
        out.push('| area | what | before | after |', '|---|---|---|---|');
        for (const c of changes)
            out.push(`| ${c.area} | ${cell(c.subject)} | ${cell(c.before)} | ${cell(c.after)} |`);
    }
    out.push('', '## Before', '', '```mermaid', (0, mermaid_1.renderMermaid)(before).trimEnd(), '```', '', '## After', '', '```mermaid', (0, mermaid_1.renderMermaid)(after).trimEnd(), '```');
    return `${out.join('\n')}\n`;
}
//# sourceMappingURL=diff.js.map