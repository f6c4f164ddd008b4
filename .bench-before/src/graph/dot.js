"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.dotString = dotString;
exports.renderDot = renderDot;
/**
 * The graph in Graphviz's DOT language, laid out left to right with one cluster per namespace; svg.ts renders it.
 */
const group_1 = require("./group");
const labels_1 = require("./labels");
const model_1 = require("./model");
/** A DOT double-quoted string. */
function dotString(text) {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}
const SHAPES = {
    [model_1.GraphNodeKind.SERVICE]: 'box',
    [model_1.GraphNodeKind.VERSION]: 'box, style="rounded,filled", fillcolor="#e8f0fe"',
    [model_1.GraphNodeKind.GATEWAY]: 'hexagon',
    [model_1.GraphNodeKind.WAYPOINT]: 'box3d',
};
function nodeLine(id, node) {
    let style = SHAPES[node.kind];
    if (node.status === model_1.GraphStatus.UNREACHED)
        style = 'box, style="rounded,filled,dashed", fillcolor="#eeeeee", fontcolor="#888888", color="#999999"';
    if (node.status === model_1.GraphStatus.BROKEN)
        style += ', color="#cc0000", fontcolor="#cc0000"';
    return `${id} [label=${dotString((0, labels_1.nodeLabel)(node))}, shape=${style}];`;
}
function renderDot(graph) {
    const ids = new Map(graph.nodes.map((n, i) => [n.id, `n${i}`]));
    const lines = ['digraph mesh {', '  rankdir=LR;', '  node [fontname="Helvetica", fontsize=11];',
        '  edge [fontname="Helvetica", fontsize=10];'];
    const groups = (0, group_1.nodesByNamespace)(graph);
    graph.namespaces.forEach((ns, i) => {
        const members = groups.get(ns.name) ?? [];
        if (members.length === 0 && ns.policies.length === 0)
            return;
        lines.push(`  subgraph cluster_${i} {`, `    label=${dotString((0, labels_1.namespaceTitle)(ns))};`, '    style=rounded;');
        for (const n of members)
            lines.push(`    ${nodeLine(ids.get(n.id) ?? '', n)}`);
        if (ns.policies.length > 0)
            lines.push(`    authz${i} [label=${dotString(ns.policies.map(labels_1.policyLabel).join('\n'))}, shape=note];`);
        lines.push('  }');
    });
    for (const n of groups.get(undefined) ?? [])
        lines.push(`  ${nodeLine(ids.get(n.id) ?? '', n)}`);
    for (const e of graph.edges) {
        const attrs = [`label=${dotString((0, labels_1.edgeLabel)(e))}`];
        if (e.kind !== model_1.GraphEdgeKind.ROUTE)
            attrs.push('style=dashed');
        if (e.status === model_1.GraphStatus.BROKEN)
            attrs.push('color="#cc0000"', 'fontcolor="#cc0000"', 'penwidth=2');
        lines.push(`  ${ids.get(e.from)} -> ${ids.get(e.to)} [${attrs.join(', ')}];`);
    }
    lines.push('}');
    return `${lines.join('\n')}\n`;
}
//# sourceMappingURL=dot.js.map