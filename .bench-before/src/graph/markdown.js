"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderMarkdown = renderMarkdown;
/**
 * mesh.md: the Mermaid diagram GitHub renders natively, then the same facts as short tables (namespaces and
 * security; routes in rule order) and the findings the picture marks.
 */
const labels_1 = require("./labels");
const mermaid_1 = require("./mermaid");
const model_1 = require("./model");
/** Text safe inside a Markdown table cell. */
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
function renderMarkdown(graph) {
    const label = new Map(graph.nodes.map((n) => [n.id, (0, labels_1.nodeLabel)(n)]));
    const out = ['# Mesh', '', '```mermaid', (0, mermaid_1.renderMermaid)(graph).trimEnd(), '```', '', '## Namespaces', '',
        '| namespace | data plane | mTLS | deny-by-default | authorization |', '|---|---|---|---|---|'];
    for (const ns of graph.namespaces) {
        out.push(`| ${cell(ns.name)} | ${ns.dataPlane} | ${cell((0, labels_1.mtlsLabel)(ns).slice('mTLS '.length))} | ${ns.denyByDefault ? 'yes' : 'no'} | ${cell(ns.policies.map(labels_1.policyLabel).join('; ') || '-')} |`);
    }
    out.push('', '## Routes', '', '| from | rule | match | to | share | via | status |', '|---|---|---|---|---|---|---|');
    for (const e of graph.edges) {
        const share = e.kind === model_1.GraphEdgeKind.MIRROR ? `mirror ${e.mirrorPercent ?? 100}%` : e.kind === model_1.GraphEdgeKind.ROUTE ? (0, labels_1.percent)(e.weight) : '-';
        out.push(`| ${cell(label.get(e.from) ?? e.from)} | ${e.rule} | ${cell(e.match)} | ${cell(label.get(e.to) ?? e.to)} | ${share} | ${cell(e.via)} | ${e.status} |`);
    }
    const all = [...graph.findings];
    for (const x of [...graph.namespaces, ...graph.nodes, ...graph.edges])
        all.push(...x.findings);
    const unique = new Map(all.map((f) => [`${f.code}|${f.object}|${f.path}|${f.message}`, f]));
    if (unique.size > 0) {
        out.push('', '## Findings', '');
        for (const f of unique.values())
            out.push(`- ${f.severity} ${f.code} ${cell(f.object)}${f.path ? ` ${f.path}` : ''}: ${cell(f.message)}`);
    }
    return `${out.join('\n')}\n`;
}
//# sourceMappingURL=markdown.js.map