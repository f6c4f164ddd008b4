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
/**
 * One measurement in a fresh process, so that timings and peak RSS of one configuration do not leak into
 * another. Prints one JSON line.
 *   node lib/bench/measure.js library <services> <outdir> <dumpFile>
 *   node lib/bench/measure.js plain <services> <outdir>        (the same mesh in a plain cdk8s App)
 *   node lib/bench/measure.js baseline <dumpFile> <outdir>
 *   node lib/bench/measure.js parse <yamlFile>
 */
const fs = __importStar(require("fs"));
const perf_hooks_1 = require("perf_hooks");
const cdk8s_1 = require("cdk8s");
const yaml_1 = require("yaml");
const baseline_app_1 = require("./baseline-app");
const mesh_app_1 = require("./mesh-app");
function gc() {
    global.gc?.();
}
/** Loaded on first use, so that the validator's load cost can be timed on its own in `validator` mode. */
function loadValidation() {
    /* eslint-disable @typescript-eslint/no-require-imports */
    return {
        ...require('../src/validation'),
        analyze: require('../src/validation/analysis').analyze,
    };
    /* eslint-enable @typescript-eslint/no-require-imports */
}
function peakRssBytes() {
    return process.resourceUsage().maxRSS * 1024;
}
function library(services, outdir, dumpFile) {
    gc();
    const t0 = perf_hooks_1.performance.now();
    const app = (0, mesh_app_1.buildMeshApp)(services, outdir);
    const t1 = perf_hooks_1.performance.now();
    app.synth();
    const t2 = perf_hooks_1.performance.now();
    const rss = peakRssBytes();
    // Untimed from here: the rendered objects for the baseline and for timing the validator on its own.
    // Rendered object by object: chart.toJson() would run a whole synth (with validation) for every chart.
    const charts = app.charts.map((c) => ({
        id: c.node.id,
        namespace: c.namespace,
        objects: c.node.findAll().filter((o) => cdk8s_1.ApiObject.isApiObject(o) && o.chart === c).map((o) => o.toJson()),
    }));
    fs.writeFileSync(dumpFile, JSON.stringify(charts));
    const objects = charts.flatMap((c) => c.objects);
    const { validateObjects, analyze } = loadValidation();
    gc();
    const t3 = perf_hooks_1.performance.now();
    const perObject = validateObjects(objects);
    const t4 = perf_hooks_1.performance.now();
    const crossObject = analyze(objects);
    const t5 = perf_hooks_1.performance.now();
    return {
        services, objects: objects.length, constructMs: t1 - t0, synthMs: t2 - t1, totalMs: t2 - t0,
        validateMs: t4 - t3, analyzeMs: t5 - t4, findings: perObject.length + crossObject.length, peakRssBytes: rss,
    };
}
function plain(services, outdir) {
    gc();
    const t0 = perf_hooks_1.performance.now();
    const app = (0, mesh_app_1.buildMeshApp)(services, outdir, true);
    const t1 = perf_hooks_1.performance.now();
    app.synth();
    const t2 = perf_hooks_1.performance.now();
    return { constructMs: t1 - t0, synthMs: t2 - t1, totalMs: t2 - t0 };
}
function baseline(dumpFile, outdir) {
    const charts = JSON.parse(fs.readFileSync(dumpFile, 'utf8'));
    gc();
    const t0 = perf_hooks_1.performance.now();
    const app = (0, baseline_app_1.buildBaselineApp)(charts, outdir);
    const t1 = perf_hooks_1.performance.now();
    app.synth();
    const t2 = perf_hooks_1.performance.now();
    return { constructMs: t1 - t0, synthMs: t2 - t1, totalMs: t2 - t0, peakRssBytes: peakRssBytes() };
}
function parse(file) {
    const t0 = perf_hooks_1.performance.now();
    const docs = (0, yaml_1.parseAllDocuments)(fs.readFileSync(file, 'utf8'));
    let count = 0;
    for (const d of docs)
        if (d.toJS())
            count++;
    return { documents: count, parseMs: perf_hooks_1.performance.now() - t0 };
}
function main() {
    const [mode, a, b, c] = process.argv.slice(2);
    let result;
    switch (mode) {
        case 'library':
            result = library(Number(a), b, c);
            break;
        case 'plain':
            result = plain(Number(a), b);
            break;
        case 'baseline':
            result = baseline(a, b);
            break;
        case 'parse':
            result = parse(a);
            break;
        default: throw new Error(`unknown mode ${mode}`);
    }
    process.stdout.write(`${JSON.stringify(result)}\n`);
}
main();
//# sourceMappingURL=measure.js.map