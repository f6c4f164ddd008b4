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
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderDiffMarkdown = exports.diffGraphs = exports.PICTURE_FILES = exports.writeMeshPicture = exports.renderSvg = exports.renderDot = exports.renderMermaid = exports.renderMarkdown = exports.buildMeshGraph = void 0;
/** The mesh graph: built from manifests, rendered as Mermaid/Markdown, Graphviz SVG or JSON. */
var build_graph_1 = require("./build-graph");
Object.defineProperty(exports, "buildMeshGraph", { enumerable: true, get: function () { return build_graph_1.buildMeshGraph; } });
var markdown_1 = require("./markdown");
Object.defineProperty(exports, "renderMarkdown", { enumerable: true, get: function () { return markdown_1.renderMarkdown; } });
var mermaid_1 = require("./mermaid");
Object.defineProperty(exports, "renderMermaid", { enumerable: true, get: function () { return mermaid_1.renderMermaid; } });
var dot_1 = require("./dot");
Object.defineProperty(exports, "renderDot", { enumerable: true, get: function () { return dot_1.renderDot; } });
var svg_1 = require("./svg");
Object.defineProperty(exports, "renderSvg", { enumerable: true, get: function () { return svg_1.renderSvg; } });
__exportStar(require("./model"), exports);
var write_picture_1 = require("./write-picture");
Object.defineProperty(exports, "writeMeshPicture", { enumerable: true, get: function () { return write_picture_1.writeMeshPicture; } });
Object.defineProperty(exports, "PICTURE_FILES", { enumerable: true, get: function () { return write_picture_1.PICTURE_FILES; } });
var diff_1 = require("./diff");
Object.defineProperty(exports, "diffGraphs", { enumerable: true, get: function () { return diff_1.diffGraphs; } });
Object.defineProperty(exports, "renderDiffMarkdown", { enumerable: true, get: function () { return diff_1.renderDiffMarkdown; } });
//# sourceMappingURL=index.js.map