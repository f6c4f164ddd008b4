"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UNSET_MTLS = exports.UNKNOWN_DATA_PLANE = void 0;
exports.dataPlaneOf = dataPlaneOf;
exports.namespaceWidePeerAuthentications = namespaceWidePeerAuthentications;
exports.mtlsOf = mtlsOf;
exports.policyOf = policyOf;
const namespaces_1 = require("../validation/analysis/namespaces");
const resource_1 = require("../validation/analysis/resource");
exports.UNKNOWN_DATA_PLANE = 'unknown';
exports.UNSET_MTLS = 'UNSET';
function dataPlaneOf(model, namespace) {
    const ns = model.namespaces.get(namespace);
    return ns === undefined ? exports.UNKNOWN_DATA_PLANE : (0, namespaces_1.meshModeOf)(ns.labels);
}
function isNamespaceWide(res) {
    return Object.keys((0, resource_1.asObject)((0, resource_1.asObject)(res.spec.selector).matchLabels)).length === 0;
}
/** The namespace-wide PeerAuthentication of each namespace (the first one read, when several). */
function namespaceWidePeerAuthentications(model) {
    const out = new Map();
    for (const pa of model.peerAuthentications)
        if (isNamespaceWide(pa) && !out.has(pa.ns))
            out.set(pa.ns, pa);
    return out;
}
function mtlsOf(namespace, wide, rootNamespace) {
    const own = wide.get(namespace);
    const source = own ?? wide.get(rootNamespace);
    if (source === undefined)
        return { mode: exports.UNSET_MTLS, from: 'default', portExceptions: [], source };
    const mode = (0, resource_1.asString)((0, resource_1.asObject)(source.spec.mtls).mode) || exports.UNSET_MTLS;
    const portExceptions = Object.entries((0, resource_1.asObject)(source.spec.portLevelMtls))
        .map(([port, m]) => `${port}: ${(0, resource_1.asString)((0, resource_1.asObject)(m).mode) || exports.UNSET_MTLS}`);
    return { mode, from: own !== undefined || namespace === rootNamespace ? 'namespace' : 'mesh', portExceptions, source };
}
function callersOf(policy) {
    const out = [];
    for (const rule of (0, resource_1.asArray)(policy.spec.rules)) {
        for (const from of (0, resource_1.asArray)((0, resource_1.asObject)(rule).from)) {
            const source = (0, resource_1.asObject)((0, resource_1.asObject)(from).source);
            for (const p of (0, resource_1.asArray)(source.principals))
                out.push((0, resource_1.asString)(p));
            for (const n of (0, resource_1.asArray)(source.namespaces))
                out.push(`ns:${(0, resource_1.asString)(n)}`);
        }
    }
    return [...new Set(out)];
}
function policyOf(policy) {
    const labels = (0, resource_1.asObject)((0, resource_1.asObject)(policy.spec.selector).matchLabels);
    const selector = Object.entries(labels).map(([k, v]) => `${k}=${(0, resource_1.asString)(v)}`).join(',');
    const action = (0, resource_1.asString)(policy.spec.action) || 'ALLOW';
    return {
        name: policy.name,
        action,
        appliesTo: selector || 'all workloads',
        allowsNothing: action === 'ALLOW' && (0, resource_1.asArray)(policy.spec.rules).length === 0,
        callers: callersOf(policy),
    };
}
//# sourceMappingURL=security.js.map