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
exports.PICTURE_FILES = void 0;
exports.writeMeshPicture = writeMeshPicture;
/**
 * Writes mesh.md and mesh.svg for a set of manifests: both are rendered before either is written, and each file is
 * written under a temporary name and renamed, so a failure never leaves half a picture. Used by `cdk8s-istio graph`
 * and by the example app's synth (next to dist/, not inside it, so `kubectl apply -f dist/` stays clean).
 */
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const build_graph_1 = require("./build-graph");
const markdown_1 = require("./markdown");
const svg_1 = require("./svg");
exports.PICTURE_FILES = ['mesh.md', 'mesh.svg'];
function writeAtomically(file, text) {
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, file);
}
/** Draws the graph into `dir` (created when missing); resolves to the graph drawn. */
async function writeMeshPicture(objects, dir) {
    const graph = (0, build_graph_1.buildMeshGraph)(objects);
    const markdown = (0, markdown_1.renderMarkdown)(graph);
    const svg = await (0, svg_1.renderSvg)(graph);
    fs.mkdirSync(dir, { recursive: true });
    writeAtomically(path.join(dir, exports.PICTURE_FILES[0]), markdown);
    writeAtomically(path.join(dir, exports.PICTURE_FILES[1]), svg);
    return graph;
}
//# sourceMappingURL=write-picture.js.map