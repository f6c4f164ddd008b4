"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VIRTUAL_SERVICE_INEFFECTIVE_MATCH = exports.GATEWAY_API_REJECTED_BY_ISTIO = exports.KUBERNETES_VALIDATION_ERROR = exports.CRD_VALIDATION_ERROR = exports.VIRTUAL_SERVICE_UNREACHABLE_RULE = exports.SCHEMA_WARNING = exports.SCHEMA_VALIDATION_ERROR = exports.Layer = exports.Severity = void 0;
exports.objectRef = objectRef;
exports.describeObject = describeObject;
exports.formatFinding = formatFinding;
exports.isError = isError;
/**
 * The one shape every validation layer reports in, whatever the entry point (synth, CLI, plugin, tests).
 */
const control_chars_1 = require("./util/control-chars");
/** How bad a finding is. Errors fail synth and make the CLI exit 1; warnings and info are printed. */
var Severity;
(function (Severity) {
    Severity["ERROR"] = "error";
    Severity["WARNING"] = "warning";
    Severity["INFO"] = "info";
})(Severity || (exports.Severity = Severity = {}));
/** Which layer produced a finding: the API server's checks, istiod's webhook, or cross-object analysis. */
var Layer;
(function (Layer) {
    Layer["SCHEMA"] = "schema";
    Layer["WEBHOOK"] = "webhook";
    Layer["ANALYSIS"] = "analysis";
})(Layer || (exports.Layer = Layer = {}));
/**
 * Istio's codes for per-object validation results, as `istioctl analyze` reports istiod's validation: both the
 * schema and the webhook layer use them (the `layer` field tells which one found the problem).
 */
exports.SCHEMA_VALIDATION_ERROR = 'IST0106';
exports.SCHEMA_WARNING = 'IST0133';
exports.VIRTUAL_SERVICE_UNREACHABLE_RULE = 'IST0130';
/** This project's codes for kinds Istio does not own (Istio's analyzers have none for them). */
/** The API server's CRD validation (schema + CEL) of Gateway API, Flagger and Argo Rollouts objects. */
exports.CRD_VALIDATION_ERROR = 'CKI0001';
/** The API server's own validation of Kubernetes core kinds (Deployment, Service, …). */
exports.KUBERNETES_VALIDATION_ERROR = 'CKI0002';
/** What istiod refuses in a Gateway API object that the CRD accepts (the route or listener is not programmed). */
exports.GATEWAY_API_REJECTED_BY_ISTIO = 'CKI0003';
exports.VIRTUAL_SERVICE_INEFFECTIVE_MATCH = 'IST0131';
/** Reads the identity of a plain Kubernetes object, tolerating missing or malformed metadata. */
function objectRef(obj) {
    const o = (obj !== null && typeof obj === 'object' ? obj : {});
    const meta = (o.metadata !== null && typeof o.metadata === 'object' ? o.metadata : {});
    const str = (v) => (typeof v === 'string' ? v : '');
    const namespace = str(meta.namespace);
    return {
        apiVersion: str(o.apiVersion),
        kind: str(o.kind),
        name: str(meta.name),
        ...(namespace ? { namespace } : {}),
    };
}
/** `Kind ns/name` (or `Kind name` for objects without a namespace), the way findings name their object. */
function describeObject(ref) {
    return ref.namespace ? `${ref.kind} ${ref.namespace}/${ref.name}` : `${ref.kind} ${ref.name}`;
}
/**
 * One line per finding: `error IST0101 VirtualService ns/name: spec.http[0]: message`. Control characters in names,
 * paths and messages (which quote input values) are escaped: the line is always one line, and inert on a terminal.
 */
function formatFinding(f) {
    const where = f.path ? `${describeObject(f)}: ${f.path}` : describeObject(f);
    return (0, control_chars_1.escapeControlChars)(`${f.severity} ${f.code} ${where}: ${f.message}`);
}
function isError(f) {
    return f.severity === Severity.ERROR;
}
//# sourceMappingURL=finding.js.map