"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Resource = exports.asString = exports.asObject = exports.asArray = void 0;
exports.effectiveNamespace = effectiveNamespace;
exports.analysisRef = analysisRef;
exports.asStringMap = asStringMap;
/**
 * A read-only view of one input object with the fields every analyzer needs, read once.
 */
const finding_1 = require("../finding");
const istio_kinds_1 = require("../istio-kinds");
const plain_json_1 = require("../util/plain-json");
Object.defineProperty(exports, "asArray", { enumerable: true, get: function () { return plain_json_1.list; } });
Object.defineProperty(exports, "asObject", { enumerable: true, get: function () { return plain_json_1.obj; } });
Object.defineProperty(exports, "asString", { enumerable: true, get: function () { return plain_json_1.str; } });
/** Kinds kubectl creates without a namespace; every other kind lands in `default` when metadata.namespace is unset. */
const CLUSTER_SCOPED_KINDS = new Set([
    'Namespace', 'Node', 'PersistentVolume', 'StorageClass', 'ClusterRole', 'ClusterRoleBinding',
    'CustomResourceDefinition', 'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration',
    'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding', 'PriorityClass', 'IngressClass', 'APIService',
    'RuntimeClass', 'CSIDriver', 'CSINode', 'VolumeAttachment', 'GatewayClass', 'CertificateSigningRequest',
]);
const DEFAULT_NAMESPACE = 'default';
/** The namespace an object lives in: its metadata.namespace, else `default`; undefined for cluster-scoped kinds. */
function effectiveNamespace(kind, metadataNamespace) {
    return CLUSTER_SCOPED_KINDS.has(kind) ? undefined : metadataNamespace || DEFAULT_NAMESPACE;
}
/**
 * The identity analysis findings carry for an object: `objectRef` with the effective namespace, so callers can
 * match a finding back to the document it came from.
 */
function analysisRef(obj) {
    const res = new Resource((0, plain_json_1.obj)(obj));
    return {
        apiVersion: res.apiVersion,
        kind: res.kind,
        name: res.name,
        ...(res.namespace === undefined ? {} : { namespace: res.namespace }),
    };
}
/** A label/selector map with non-string values dropped (they cannot match anything). */
function asStringMap(value) {
    const obj = (0, plain_json_1.obj)(value);
    let clean = true;
    for (const k in obj)
        if (typeof obj[k] !== 'string') {
            clean = false;
            break;
        }
    if (clean)
        return obj;
    const out = {};
    for (const k in obj)
        if (typeof obj[k] === 'string')
            out[k] = obj[k];
    return out;
}
class Resource {
    raw;
    apiVersion;
    group;
    kind;
    name;
    /** The namespace the object lives in (`default` when unset); undefined for cluster-scoped kinds. */
    namespace;
    labels;
    annotations;
    spec;
    constructor(raw) {
        this.raw = raw;
        this.apiVersion = (0, plain_json_1.str)(raw.apiVersion);
        this.group = (0, istio_kinds_1.apiGroupOf)(this.apiVersion);
        this.kind = (0, plain_json_1.str)(raw.kind);
        const meta = (0, plain_json_1.obj)(raw.metadata);
        this.name = (0, plain_json_1.str)(meta.name);
        this.namespace = effectiveNamespace(this.kind, (0, plain_json_1.str)(meta.namespace));
        this.labels = asStringMap(meta.labels);
        this.annotations = asStringMap(meta.annotations);
        this.spec = (0, plain_json_1.obj)(raw.spec);
    }
    /** The namespace of a namespaced object (callers only ask namespaced kinds). */
    get ns() {
        return this.namespace ?? '';
    }
    /** `Kind ns/name`, or `Kind name` for cluster-scoped objects. */
    get origin() {
        return this.namespace === undefined ? `${this.kind} ${this.name}` : `${this.kind} ${this.namespace}/${this.name}`;
    }
    finding(code, path, message) {
        return {
            severity: code.severity,
            code: code.code,
            layer: finding_1.Layer.ANALYSIS,
            apiVersion: this.apiVersion,
            kind: this.kind,
            ...(this.namespace === undefined ? {} : { namespace: this.namespace }),
            name: this.name,
            path,
            message,
        };
    }
}
exports.Resource = Resource;
//# sourceMappingURL=resource.js.map