"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ChunkedWriter = void 0;
exports.countFinding = countFinding;
exports.writeTextGroup = writeTextGroup;
exports.summaryLine = summaryLine;
exports.jsonElement = jsonElement;
exports.jsonEnd = jsonEnd;
/**
 * Writes the CLI's findings: text grouped by file with a summary line, or one JSON array. Output goes out in
 * chunks of about 64 KiB so that a large report is neither held as one string nor written line by line.
 * Every value printed is escaped for the terminal (`escapeControlChars`; in JSON the characters JSON.stringify
 * leaves raw): input names, paths and messages cannot forge lines or send terminal escape sequences.
 */
const finding_1 = require("../validation/finding");
const control_chars_1 = require("../validation/util/control-chars");
/** Buffers small writes into larger ones. */
class ChunkedWriter {
    out;
    buffer = '';
    constructor(out) {
        this.out = out;
    }
    write(text) {
        this.buffer += text;
        if (this.buffer.length >= 65536)
            this.flush();
    }
    flush() {
        if (this.buffer.length > 0)
            this.out.write(this.buffer);
        this.buffer = '';
    }
}
exports.ChunkedWriter = ChunkedWriter;
function countFinding(totals, f) {
    if (f.severity === finding_1.Severity.ERROR)
        totals.errors++;
    else if (f.severity === finding_1.Severity.WARNING)
        totals.warnings++;
    else
        totals.infos++;
}
/** `<file>` then one indented line per finding: `  line 12 (document 3): error IST0106 Kind ns/name: path: message`. */
function writeTextGroup(out, file, items) {
    if (items.length === 0)
        return;
    out.write(`${(0, control_chars_1.escapeControlChars)(file)}\n`);
    for (const item of items) {
        const where = item.line === undefined ? `document ${item.document}` : `line ${item.line} (document ${item.document})`;
        out.write(`  ${where}: ${(0, finding_1.formatFinding)(item.finding)}\n`);
    }
}
function summaryLine(t) {
    const n = (count, one, many) => `${count} ${count === 1 ? one : many}`;
    return `${n(t.files, 'file', 'files')}, ${n(t.objects, 'object', 'objects')} read, ` +
        `${n(t.istioObjects, 'Istio object', 'Istio objects')} checked: ` +
        `${n(t.errors, 'error', 'errors')}, ${n(t.warnings, 'warning', 'warnings')}, ${n(t.infos, 'info', 'infos')}\n`;
}
/** Writes a JSON array element by element: `[`, then `jsonElement` for each item, then `jsonEnd`. */
function jsonElement(out, item, first) {
    const { file, document, line, finding } = item;
    const record = line === undefined ? { file, document, ...finding } : { file, document, line, ...finding };
    out.write(`${first ? '[\n  ' : ',\n  '}${(0, control_chars_1.escapeControlChars)(JSON.stringify(record))}`);
}
function jsonEnd(out, empty) {
    out.write(empty ? '[]\n' : '\n]\n');
}
//# sourceMappingURL=report.js.map