"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.reportTransition = reportTransition;
/**
 * `cdk8s-istio check-transition <from> <to>`: would applying `<to>` over a cluster that holds `<from>` drop
 * traffic on the way? Exit 1 with one finding per route that some intermediate state stops serving (each says how
 * to stage the change), 0 when every state serves all traffic. src/transition/simulate.ts says which apply and
 * prune order is replayed.
 */
const transition_1 = require("../transition");
const args_1 = require("./args");
const report_1 = require("./report");
function objectsOf(inputs) {
    const out = [];
    for (const input of inputs) {
        for (const doc of input.documents)
            out.push((0, transition_1.sourced)(doc.object, input.name, doc.document, doc.line));
    }
    return out;
}
/** Runs the check and writes its report; returns true when some state drops traffic. */
function reportTransition(format, from, to, stdout) {
    const result = (0, transition_1.checkTransition)(objectsOf(from), objectsOf(to));
    const out = new report_1.ChunkedWriter(stdout);
    if (format === args_1.OutputFormat.JSON) {
        out.write(result.findings.length === 0 ? '[]\n' : `[\n  ${result.findings.map(jsonRecord).join(',\n  ')}\n]\n`);
    }
    else {
        for (const f of result.findings)
            out.write(textRecord(f));
        const verdict = result.findings.length === 0
            ? 'every intermediate state serves all traffic'
            : `${result.findings.length} ${result.findings.length === 1 ? 'route loses' : 'routes lose'} traffic on the way`;
        out.write(`${result.applied} objects applied in order, ${result.pruned} pruned at the end: ${verdict}\n`);
    }
    out.flush();
    return result.findings.length > 0;
}
function jsonRecord(f) {
    return JSON.stringify({ severity: 'error', ...f });
}
function textRecord(f) {
    return `${f.route.file} (document ${f.route.document}): error ${f.message}\n  fix: ${f.fix}\n`;
}
//# sourceMappingURL=check-transition.js.map