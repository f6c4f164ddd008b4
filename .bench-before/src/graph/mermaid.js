"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mermaidText = mermaidText;
exports.renderMermaid = renderMermaid;
/**
 * The graph as a Mermaid flowchart (GitHub renders it natively in mesh.md): namespaces are subgraphs titled with
 * their data plane and mTLS mode, broken routes are red, versions no route reaches are grey.
 */
const group_1 = require("./group");
const labels_1 = require("./labels");
const model_1 = require("./model");
/** Mermaid's entity codes for the characters a quoted label cannot hold. */
function mermaidText(text) {
    return text.replace(/#/g, '#35;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}
function shape(id, node) {
    const label = `"${mermaidText((0, labels_1.nodeLabel)(node))}"`;
    switch (node.kind) {
        case model_1.GraphNodeKind.VERSION: return `${id}(${label})`;
        case model_1.GraphNodeKind.GATEWAY: return `${id}{{${label}}}`;
        case model_1.GraphNodeKind.WAYPOINT: return `${id}[[${label}]]`;
        default: return `${id}[${label}]`;
    }
}
function renderMermaid(graph) {
    const ids = new Map(graph.nodes.map((n, i) => [n.id, `n${i}`]));
    const lines = ['flowchart LR'];
    const groups = (0, group_1.nodesByNamespace)(graph);
    graph.namespaces.forEach((ns, i) => {
        const members = groups.get(ns.name) ?? [];
        if (members.length === 0 && ns.policies.length === 0)
            return;
        lines.push(`  subgraph ns${i}["${mermaidText((0, labels_1.namespaceTitle)(ns))}"]`);
        for (const n of members)
            lines.push(`    ${shape(ids.get(n.id) ?? '', n)}`);
        if (ns.policies.length > 0)
            lines.push(`    authz${i}>"${mermaidText(ns.policies.map(labels_1.policyLabel).join('; '))}"]`);
        lines.push('  end');
    });
    for (const n of groups.get(undefined) ?? [])
        lines.push(`  ${shape(ids.get(n.id) ?? '', n)}`);
    const red = [];
    graph.edges.forEach((e, i) => {
        const arrow = e.kind === model_1.GraphEdgeKind.ROUTE ? '-->' : '-.->';
        lines.push(`  ${ids.get(e.from)} ${arrow}|"${mermaidText((0, labels_1.edgeLabel)(e))}"| ${ids.get(e.to)}`);
        if (e.status === model_1.GraphStatus.BROKEN)
            red.push(i);
    });
    lines.push('  classDef unreached fill:#eeeeee,stroke:#999999,color:#888888');
    lines.push('  classDef broken stroke:#cc0000,stroke-width:2px,color:#cc0000');
    for (const status of [model_1.GraphStatus.UNREACHED, model_1.GraphStatus.BROKEN]) {
        const members = graph.nodes.filter((n) => n.status === status).map((n) => ids.get(n.id));
        if (members.length > 0)
            lines.push(`  class ${members.join(',')} ${status}`);
    }
    if (red.length > 0)
        lines.push(`  linkStyle ${red.join(',')} stroke:#cc0000,stroke-width:2px`);
    return `${lines.join('\n')}\n`;
}
//# sourceMappingURL=mermaid.js.map