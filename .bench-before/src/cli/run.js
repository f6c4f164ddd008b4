"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EXIT_USAGE = exports.EXIT_FINDINGS = exports.EXIT_OK = void 0;
exports.run = run;
/**
 * `cdk8s-istio validate|analyze|graph`: the CLI as a function of its arguments and streams, so that tests run it in-process.
 *
 * Exit status: 0 no errors; 1 errors found (also an unknown version of an Istio API group, which the schema layer
 * reports as an error finding: the object is readable, the cluster would reject it); 2 unusable input or command
 * line (missing path, unreadable file, directory without manifests, binary data, YAML/JSON syntax error, a document
 * that is not a mapping or has no apiVersion/kind, an input over a limit, unknown option). Unusable input never
 * produces a partial report: findings are printed only once every input has been read.
 *
 * Memory: each document is validated as soon as it is parsed and then let go (`validate` keeps only findings);
 * `analyze` keeps the objects, which cross-object analysis needs together, but not their text or parse trees.
 */
const analysis_1 = require("../validation/analysis");
const istio_kinds_1 = require("../validation/istio-kinds");
const kinds_1 = require("../validation/kinds");
const validation_1 = require("../validation");
const manifests_1 = require("../validation/manifests");
const control_chars_1 = require("../validation/util/control-chars");
const version_gates_1 = require("../validation/version-gates");
const istio_version_1 = require("../shared/istio-version");
const no_objects_1 = require("./no-objects");
const version_1 = require("./version");
const args_1 = require("./args");
const check_transition_1 = require("./check-transition");
const graph_1 = require("./graph");
const inputs_1 = require("./inputs");
const report_1 = require("./report");
exports.EXIT_OK = 0;
exports.EXIT_FINDINGS = 1;
exports.EXIT_USAGE = 2;
/** Runs the CLI; resolves to the exit status. Never throws: every failure becomes `cdk8s-istio: <message>`. */
async function run(argv, io) {
    try {
        let options;
        try {
            options = (0, args_1.parseArgs)(argv);
        }
        catch (e) {
            if (!(e instanceof args_1.UsageError))
                throw e;
            io.stderr.write(`cdk8s-istio: ${e.message}\n\n${args_1.USAGE}`);
            return exports.EXIT_USAGE;
        }
        if (options === 'help') {
            io.stdout.write(args_1.USAGE);
            return exports.EXIT_OK;
        }
        if (options === 'version') {
            io.stdout.write(`${(0, version_1.packageVersion)()}\n`);
            return exports.EXIT_OK;
        }
        const newer = options.istioVersion.warning;
        if (newer !== undefined)
            io.stderr.write(`cdk8s-istio: warning: ${newer}\n`);
        if (options.command === 'check-transition' || options.diff)
            return await compareTwo(options, io);
        if (options.command === 'graph')
            return await graph(options, io);
        const checked = await readAndCheck(options, io);
        if (typeof checked === 'string') {
            io.stderr.write(checked);
            return exports.EXIT_USAGE;
        }
        return report(options, checked, io);
    }
    catch (e) {
        io.stderr.write(`cdk8s-istio: ${(0, control_chars_1.escapeControlChars)(e instanceof Error ? e.message : String(e))}\n`);
        return exports.EXIT_USAGE;
    }
}
/** check-transition and graph --diff: two inputs, each read whole, compared. */
async function compareTwo(options, io) {
    const from = await (0, inputs_1.readInputFiles)([options.inputs[0]], options.maxInputBytes, io.stdin);
    const to = await (0, inputs_1.readInputFiles)([options.inputs[1]], options.maxInputBytes, io.stdin);
    const problems = [from, to].filter((x) => typeof x === 'string');
    if (problems.length > 0 || typeof from === 'string' || typeof to === 'string') {
        io.stderr.write(problems.join(''));
        return exports.EXIT_USAGE;
    }
    if (options.diff)
        return (0, graph_1.writeGraphDiff)(options.format, from, to, io.stdout) ? exports.EXIT_FINDINGS : exports.EXIT_OK;
    return (0, check_transition_1.reportTransition)(options.format, from, to, io.stdout) ? exports.EXIT_FINDINGS : exports.EXIT_OK;
}
/** graph: every input read whole (the graph needs all objects together), then drawn. */
async function graph(options, io) {
    const inputs = await (0, inputs_1.readInputFiles)(options.inputs, options.maxInputBytes, io.stdin);
    const problem = typeof inputs === 'string' ? inputs : (0, no_objects_1.noObjectsProblem)(inputs);
    if (problem !== undefined || typeof inputs === 'string') {
        io.stderr.write(problem ?? '');
        return exports.EXIT_USAGE;
    }
    return await (0, graph_1.writeGraph)(options.format, options.outDir, inputs, io.stdout) ? exports.EXIT_FINDINGS : exports.EXIT_OK;
}
/** Reads, parses and validates every input one document at a time; the text listing every unusable input, if any. */
async function readAndCheck(options, io) {
    const { sources, problems } = (0, inputs_1.expandInputs)(options.inputs);
    const names = [];
    const perFile = [];
    const kept = [];
    const totals = { files: 0, objects: 0, istioObjects: 0, errors: 0, warnings: 0, infos: 0 };
    const minor = options.istioVersion.minor;
    for (const source of sources) {
        const name = (0, inputs_1.sourceName)(source);
        try {
            const bytes = await (0, inputs_1.readSource)(source, options.maxInputBytes, io.stdin);
            if (bytes === undefined)
                continue; // not a regular file, found in a directory
            const text = (0, inputs_1.decodeInput)(name, bytes);
            const file = names.length;
            const found = [];
            for (const doc of (0, manifests_1.readManifests)(text, name)) {
                if (problems.length > 0)
                    continue; // nothing will be reported: only look for more unusable input
                totals.objects++;
                if (options.command === 'analyze')
                    kept.push({ ...doc, file });
                if ((0, istio_kinds_1.isIstioObject)(doc.object))
                    totals.istioObjects++;
                const findings = (0, kinds_1.isValidatedKind)(doc.object) ? (0, validation_1.validateObject)(doc.object) : [];
                if (minor < istio_version_1.IstioVersion.NEWEST_SUPPORTED)
                    findings.push(...(0, version_gates_1.versionFindings)(doc.object, minor));
                for (const finding of findings)
                    found.push(located(name, doc, finding));
            }
            names.push(name);
            perFile.push(found);
        }
        catch (e) {
            problems.push((0, control_chars_1.escapeControlChars)(e instanceof manifests_1.ManifestError ? e.message : (0, inputs_1.fileProblem)(name, e)));
        }
    }
    if (problems.length > 0)
        return problems.map((p) => `cdk8s-istio: ${p}\n`).join('');
    if (totals.objects === 0) {
        // Only the names matter to the message; the documents were let go one by one.
        return (0, no_objects_1.noObjectsProblem)(names.map((name) => ({ name, documents: [] }))) ?? '';
    }
    totals.files = names.length;
    if (options.command === 'analyze')
        addAnalysis(kept, names, perFile, options.closedWorld);
    return { names, perFile, totals };
}
function located(file, doc, finding) {
    return doc.line === undefined
        ? { file, document: doc.document, finding }
        : { file, document: doc.document, line: doc.line, finding };
}
function report(options, checked, io) {
    const { names, perFile, totals } = checked;
    const out = new report_1.ChunkedWriter(io.stdout);
    let first = true;
    for (let i = 0; i < names.length; i++) {
        for (const item of perFile[i]) {
            (0, report_1.countFinding)(totals, item.finding);
            if (options.format === args_1.OutputFormat.JSON)
                (0, report_1.jsonElement)(out, item, first);
            first = false;
        }
        if (options.format === args_1.OutputFormat.TEXT)
            (0, report_1.writeTextGroup)(out, names[i], perFile[i]);
    }
    if (options.format === args_1.OutputFormat.JSON)
        (0, report_1.jsonEnd)(out, first);
    else
        out.write((0, report_1.summaryLine)(totals));
    out.flush();
    const failed = totals.errors > 0 || (options.warningsAsErrors && totals.warnings > 0);
    return failed ? exports.EXIT_FINDINGS : exports.EXIT_OK;
}
/** Cross-object analysis over all inputs together; each finding is filed under the first place its object was read. */
function addAnalysis(kept, names, perFile, closedWorld) {
    const findings = (0, analysis_1.analyze)(kept.map((k) => k.object), { closedWorld });
    if (findings.length === 0)
        return;
    const where = new Map();
    for (const k of kept) {
        const key = identity((0, analysis_1.analysisRef)(k.object));
        if (!where.has(key))
            where.set(key, k);
    }
    const touched = new Set();
    for (const finding of findings) {
        const at = where.get(identity(finding));
        const file = at?.file ?? 0;
        perFile[file].push(at === undefined ? { file: names[file], document: 0, finding } : located(names[file], at, finding));
        touched.add(file);
    }
    for (const file of touched)
        perFile[file].sort((a, b) => a.document - b.document);
}
function identity(r) {
    return `${r.apiVersion}|${r.kind}|${r.namespace ?? ''}|${r.name}`;
}
//# sourceMappingURL=run.js.map