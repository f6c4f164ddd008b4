"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.nodesByNamespace = nodesByNamespace;
function nodesByNamespace(graph) {
    const out = new Map();
    for (const n of graph.nodes) {
        const list = out.get(n.namespace);
        if (list)
            list.push(n);
        else
            out.set(n.namespace, [n]);
    }
    return out;
}
//# sourceMappingURL=group.js.map