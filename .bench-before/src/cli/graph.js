"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.writeGraphDiff = writeGraphDiff;
exports.writeGraph = writeGraph;
/**
 * `cdk8s-istio graph <inputs>`: the mesh as a picture for review. Writes mesh.md (Mermaid + tables) and mesh.svg
 * (Graphviz) into `--out` (default: the current directory), or the graph as JSON to stdout with `--format json`.
 * `--diff <before> <after>` prints what changed in routing and security instead.
 * Exit 1 when analysis found errors (the picture is still written: it shows them).
 */
const path = __importStar(require("path"));
const graph_1 = require("../graph");
const write_picture_1 = require("../graph/write-picture");
const finding_1 = require("../validation/finding");
const args_1 = require("./args");
function hasErrors(graph) {
    const holders = [graph, ...graph.namespaces, ...graph.nodes, ...graph.edges];
    return holders.some((h) => h.findings.some((f) => f.severity === finding_1.Severity.ERROR));
}
function objectsOf(inputs) {
    const objects = [];
    for (const input of inputs)
        for (const doc of input.documents)
            objects.push(doc.object);
    return objects;
}
/**
 * `graph --diff`: the changes from <before> to <after> as Markdown with both diagrams, or as a JSON array;
 * returns true when analysis finds errors in <after> (what would be applied).
 */
function writeGraphDiff(format, before, after, stdout) {
    const from = (0, graph_1.buildMeshGraph)(objectsOf(before));
    const to = (0, graph_1.buildMeshGraph)(objectsOf(after));
    stdout.write(format === args_1.OutputFormat.JSON ? `${JSON.stringify((0, graph_1.diffGraphs)(from, to), undefined, 2)}\n` : (0, graph_1.renderDiffMarkdown)(from, to));
    return hasErrors(to);
}
/** Builds and writes the graph; resolves to true when analysis found errors. */
async function writeGraph(format, outDir, inputs, stdout) {
    const objects = objectsOf(inputs);
    if (format === args_1.OutputFormat.JSON) {
        const graph = (0, graph_1.buildMeshGraph)(objects);
        stdout.write(`${JSON.stringify(graph, undefined, 2)}\n`);
        return hasErrors(graph);
    }
    const graph = await (0, write_picture_1.writeMeshPicture)(objects, outDir);
    stdout.write(`wrote ${write_picture_1.PICTURE_FILES.map((f) => path.join(outDir, f)).join(' and ')}: ` +
        `${graph.nodes.length} nodes, ${graph.edges.length} edges in ${graph.namespaces.length} namespaces\n`);
    return hasErrors(graph);
}
//# sourceMappingURL=graph.js.map