"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderSvg = renderSvg;
/**
 * mesh.svg: the DOT graph laid out and drawn by Graphviz compiled to WebAssembly (@viz-js/viz), so no browser,
 * no native binary and no download at install time are needed.
 */
const dot_1 = require("./dot");
let viz;
/** Graphviz is loaded on first use: the other commands never pay for its WebAssembly. */
function graphviz() {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    viz ??= require('@viz-js/viz').instance();
    return viz;
}
async function renderSvg(graph) {
    return (await graphviz()).renderString((0, dot_1.renderDot)(graph), { format: 'svg' });
}
//# sourceMappingURL=svg.js.map