"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.WebhookReport = exports.VIRTUAL_SERVICE_UNREACHABLE_RULE = exports.VIRTUAL_SERVICE_INEFFECTIVE_MATCH = exports.SCHEMA_WARNING = exports.SCHEMA_VALIDATION_ERROR = void 0;
/**
 * How webhook findings are reported: errors are IST0106 (SchemaValidationError) and warnings IST0133
 * (SchemaWarning), the codes `istioctl analyze` gives istiod's validation results; VirtualService
 * rule-order findings use IST0130 (unreachable rule, warning) and IST0131 (ineffective match, info).
 */
const finding_1 = require("../finding");
Object.defineProperty(exports, "SCHEMA_VALIDATION_ERROR", { enumerable: true, get: function () { return finding_1.SCHEMA_VALIDATION_ERROR; } });
Object.defineProperty(exports, "SCHEMA_WARNING", { enumerable: true, get: function () { return finding_1.SCHEMA_WARNING; } });
Object.defineProperty(exports, "VIRTUAL_SERVICE_INEFFECTIVE_MATCH", { enumerable: true, get: function () { return finding_1.VIRTUAL_SERVICE_INEFFECTIVE_MATCH; } });
Object.defineProperty(exports, "VIRTUAL_SERVICE_UNREACHABLE_RULE", { enumerable: true, get: function () { return finding_1.VIRTUAL_SERVICE_UNREACHABLE_RULE; } });
const finding_collector_1 = require("../finding-collector");
const plain_json_1 = require("../util/plain-json");
/**
 * Per-object sink for webhook findings, plus the object facts several rules need (its namespace). Most objects
 * are valid, so the object's identity is only read when the first finding is reported.
 */
class WebhookReport {
    obj;
    sink;
    meta;
    constructor(obj) {
        this.obj = obj;
    }
    /** The findings reported so far. */
    get findings() {
        return this.sink === undefined ? [] : this.sink.findings;
    }
    /** The object's namespace; '' when the object does not name one. */
    get namespace() {
        return (0, plain_json_1.str)(this.metadata.namespace);
    }
    /** The object's name; '' when the object does not name one. */
    get name() {
        return (0, plain_json_1.str)(this.metadata.name);
    }
    /** An annotation of the object; undefined when absent or not a string. */
    annotation(key) {
        const value = (0, plain_json_1.obj)(this.metadata.annotations)[key];
        return typeof value === 'string' ? value : undefined;
    }
    /** A label of the object; undefined when absent or not a string. */
    label(key) {
        const value = (0, plain_json_1.obj)(this.metadata.labels)[key];
        return typeof value === 'string' ? value : undefined;
    }
    get metadata() {
        return (this.meta ??= (0, plain_json_1.obj)(this.obj.metadata));
    }
    get collector() {
        return (this.sink ??= new finding_collector_1.FindingCollector((0, finding_1.objectRef)(this.obj), finding_1.Layer.WEBHOOK));
    }
    error(path, message) {
        this.collector.error(finding_1.SCHEMA_VALIDATION_ERROR, path, message);
    }
    warning(path, message) {
        this.collector.warning(finding_1.SCHEMA_WARNING, path, message);
    }
    /** Reports `message` as an error when defined; lets rule helpers return `string | undefined`. */
    errorIf(path, message) {
        if (message !== undefined)
            this.error(path, message);
    }
    unreachableRule(path, rule, reason) {
        this.collector.warning(finding_1.VIRTUAL_SERVICE_UNREACHABLE_RULE, path, `virtualService rule ${rule} not used (${reason})`);
    }
    ineffectiveMatch(path, rule, match, duplicateOf) {
        this.collector.info(finding_1.VIRTUAL_SERVICE_INEFFECTIVE_MATCH, path, `virtualService rule ${rule} match ${match} is not used (duplicate/overlapping match in rule ${duplicateOf})`);
    }
}
exports.WebhookReport = WebhookReport;
//# sourceMappingURL=report.js.map