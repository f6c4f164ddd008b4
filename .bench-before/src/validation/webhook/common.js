"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateLabels = validateLabels;
exports.validateWorkloadSelector = validateWorkloadSelector;
exports.validatePolicyTargetRef = validatePolicyTargetRef;
exports.validatePolicyTargets = validatePolicyTargets;
exports.validateExportTo = validateExportTo;
exports.isKnownProtocol = isKnownProtocol;
exports.isHttpProtocol = isHttpProtocol;
exports.isTlsProtocol = isTlsProtocol;
exports.protocolError = protocolError;
exports.portNameError = portNameError;
exports.validateDuration = validateDuration;
exports.wrappedNumber = wrappedNumber;
/**
 * Rule groups shared by several kinds, as istiod applies them: label maps, workload selectors, policy
 * target references, exportTo, port names and protocols, durations, percentages.
 */
const duration_1 = require("../util/duration");
const names_1 = require("../util/names");
const plain_json_1 = require("../util/plain-json");
// The common label key/value shape, checked in one pass before the detailed rules run.
const PLAIN_LABEL = /^[a-zA-Z0-9](?:[-a-zA-Z0-9_.]{0,61}[a-zA-Z0-9])?$/;
/** labels.Instance.Validate: every key a Kubernetes label key, every value a label value. */
function validateLabels(r, path, labels) {
    if (!(0, plain_json_1.isObj)(labels))
        return;
    for (const key in labels) {
        const value = labels[key];
        if (!PLAIN_LABEL.test(key))
            r.errorIf(path, (0, names_1.labelKeyError)(key));
        if (typeof value === 'string' && value !== '' && !PLAIN_LABEL.test(value))
            r.errorIf((0, plain_json_1.keyPath)(path, key), (0, names_1.labelValueError)(value));
    }
}
/**
 * A workload selector: `matchLabels` (DestinationRule, PeerAuthentication, AuthorizationPolicy, Telemetry, …) or
 * `labels` (ServiceEntry, Sidecar, EnvoyFilter); no empty keys, no wildcards, and (warning) at least one label.
 * Returns false when the selector has errors.
 */
function validateWorkloadSelector(r, path, selector, field = 'matchLabels', emptyWarning = 'workload selector specified without labels') {
    if (!(0, plain_json_1.isObj)(selector))
        return true;
    const labels = (0, plain_json_1.entries)(selector[field]);
    let ok = true;
    for (const [key, value] of labels) {
        const pair = JSON.stringify(`${key}=${(0, plain_json_1.str)(value)}`);
        if (key === '') {
            r.error(`${path}.${field}`, `empty key is not supported in selector: ${pair}`);
            ok = false;
        }
        if (key.includes('*') || (0, plain_json_1.str)(value).includes('*')) {
            r.error((0, plain_json_1.keyPath)(`${path}.${field}`, key), `wildcard is not supported in selector: ${pair}`);
            ok = false;
        }
    }
    if (labels.length === 0)
        r.warning(path, emptyWarning);
    return ok;
}
/** Only one way of choosing the workloads a policy applies to. */
function validateOneSelectorStyle(r, spec) {
    let styles = 0;
    if ((0, plain_json_1.isObj)(spec.selector))
        styles++;
    if ((0, plain_json_1.isObj)(spec.targetRef))
        styles++;
    if ((0, plain_json_1.nonEmptyList)(spec.targetRefs))
        styles++;
    if (styles > 1)
        r.error('spec', 'only one of targetRefs, targetRef or workloadSelector can be set');
}
const TARGET_REF_KINDS = [
    { group: 'gateway.networking.k8s.io', kind: 'Gateway' },
    { group: 'gateway.networking.k8s.io', kind: 'GatewayClass' },
    { group: 'core', kind: 'Service' },
    { group: 'networking.istio.io', kind: 'ServiceEntry' },
];
const TARGET_REF_KIND_LIST = TARGET_REF_KINDS.map((k) => `${k.group}/${k.kind}`).join(', ');
/** One policy target reference: a name, no namespace, and one of the kinds Istio attaches policies to. */
function validatePolicyTargetRef(r, path, ref) {
    if (!(0, plain_json_1.isObj)(ref))
        return;
    if ((0, plain_json_1.str)(ref.name) === '')
        r.error(`${path}.name`, 'targetRef name must be set');
    if ((0, plain_json_1.str)(ref.namespace) !== '') {
        r.error(`${path}.namespace`, `targetRef namespace "${(0, plain_json_1.str)(ref.namespace)}" must not be set: cross namespace referencing is not currently supported`);
    }
    const group = (0, plain_json_1.str)(ref.group) === '' ? 'core' : (0, plain_json_1.str)(ref.group);
    const kind = (0, plain_json_1.str)(ref.kind);
    if (!TARGET_REF_KINDS.some((k) => k.group === group && k.kind === kind)) {
        r.error(path, `targetRef must be to one of ${TARGET_REF_KIND_LIST} but was ${group}/${kind}`);
    }
}
/** selector / targetRef / targetRefs rules common to AuthorizationPolicy, RequestAuthentication, Telemetry. */
function validatePolicyTargets(r, spec) {
    validateOneSelectorStyle(r, spec);
    validateWorkloadSelector(r, 'spec.selector', spec.selector);
    validatePolicyTargetRef(r, 'spec.targetRef', spec.targetRef);
    (0, plain_json_1.list)(spec.targetRefs).forEach((ref, i) => validatePolicyTargetRef(r, `spec.targetRefs[${i}]`, ref));
}
/**
 * exportTo: `.` (own namespace), `*`, or namespace names (`~` only for ServiceEntry); no duplicates
 * (`.` equals the own namespace); `*` and `~` stand alone; a DestinationRule with a workloadSelector may only
 * export to its own namespace.
 */
function validateExportTo(r, exportTo, isServiceEntry, hasWorkloadSelector) {
    const values = (0, plain_json_1.list)(exportTo);
    if (values.length === 0)
        return;
    const path = 'spec.exportTo';
    // Without a namespace on the object, `.` can only be compared with itself.
    const own = r.namespace === '' ? '.' : r.namespace;
    const seen = new Set();
    values.forEach((v, i) => {
        if (typeof v !== 'string')
            return;
        const key = v === '.' ? own : v;
        if (seen.has(key)) {
            r.error(`${path}[${i}]`, key !== v
                ? `duplicate entries in exportTo: . and current namespace ${r.namespace}`
                : `duplicate entries in exportTo for entry ${v}`);
            return;
        }
        if (v === '~' && !isServiceEntry) {
            r.error(`${path}[${i}]`, 'exportTo ~ (none) is not allowed for Istio configuration objects');
        }
        else if (key !== '.' && key !== '*' && key !== '~' && !(0, names_1.isIstioLabelName)(key)) {
            r.error(`${path}[${i}]`, `exportTo entry "${v}" is invalid: only .,*, or a valid DNS 1123 label is allowed as exportTo entry`);
        }
        else {
            seen.add(key);
        }
    });
    if (hasWorkloadSelector && seen.size > 0) {
        if (!seen.has(own)) {
            r.error(path, 'destination rule with workload selector cannot have exportTo beyond current namespace');
        }
        else if (seen.size > 1) {
            r.error(path, 'destination rule with workload selector cannot have multiple entries in exportTo');
        }
    }
    if (seen.has('*') && values.length > 1)
        r.error(path, 'cannot have both public (*) and non-public exportTo values for a resource');
    if (seen.has('~') && values.length > 1)
        r.error(path, 'cannot export service entry to no one (~) and someone');
}
const PROTOCOLS = new Set(['tcp', 'udp', 'grpc', 'grpc-web', 'http', 'http_proxy', 'http2', 'https', 'tls', 'mongo', 'redis', 'mysql']);
const HTTP_PROTOCOLS = new Set(['http', 'http2', 'grpc', 'grpc-web', 'http_proxy']);
const TLS_PROTOCOLS = new Set(['https', 'tls']);
/** A protocol name Istio knows (case-insensitive); '' (sniffing) is accepted by callers separately. */
function isKnownProtocol(protocol) {
    return PROTOCOLS.has(protocol.toLowerCase());
}
function isHttpProtocol(protocol) {
    return HTTP_PROTOCOLS.has(protocol.toLowerCase());
}
function isTlsProtocol(protocol) {
    return TLS_PROTOCOLS.has(protocol.toLowerCase());
}
/** istiod's ValidateProtocol: empty (sniffing) or a known protocol. */
function protocolError(protocol) {
    if (protocol === '' || isKnownProtocol(protocol))
        return undefined;
    return `unrecognized protocol "${protocol}": use one of HTTP, HTTPS, HTTP2, GRPC, GRPC-WEB, HTTP_PROXY, TLS, TCP, UDP, MONGO, MYSQL, REDIS`;
}
/** istiod's ValidatePortName: a DNS-1123 label. */
function portNameError(name) {
    return (0, names_1.isIstioLabelName)(name) ? undefined : `invalid port name: "${name}" (must be a DNS-1123 label, e.g. "http-web")`;
}
// Whole numbers of ms/s/m/h without leading zeros are always >= 1ms and whole milliseconds.
const PLAIN_DURATION = /^[1-9]\d{0,8}(?:ms|s|m|h)$/;
/** A duration field istiod checks with ValidateDuration (>= 1ms, ms precision); non-strings are the schema's. */
function validateDuration(r, path, value) {
    if (typeof value === 'string' && !PLAIN_DURATION.test(value))
        r.errorIf(path, (0, duration_1.millisecondDurationError)(value));
}
/** The `value` of a google.protobuf wrapper or Percent message, accepting the bare-number JSON form too. */
function wrappedNumber(v) {
    if (typeof v === 'number')
        return v;
    const inner = (0, plain_json_1.obj)(v).value;
    return typeof inner === 'number' ? inner : undefined;
}
//# sourceMappingURL=common.js.map