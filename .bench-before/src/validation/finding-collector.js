"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FindingCollector = void 0;
const finding_1 = require("./finding");
/** Builds findings for one object and one layer without repeating the object's identity at every call. */
class FindingCollector {
    ref;
    layer;
    items = [];
    constructor(ref, layer) {
        this.ref = ref;
        this.layer = layer;
    }
    error(code, path, message) {
        this.add(finding_1.Severity.ERROR, code, path, message);
    }
    warning(code, path, message) {
        this.add(finding_1.Severity.WARNING, code, path, message);
    }
    info(code, path, message) {
        this.add(finding_1.Severity.INFO, code, path, message);
    }
    add(severity, code, path, message) {
        this.items.push({ severity, code, layer: this.layer, ...this.ref, path, message });
    }
    get findings() {
        return this.items;
    }
}
exports.FindingCollector = FindingCollector;
//# sourceMappingURL=finding-collector.js.map