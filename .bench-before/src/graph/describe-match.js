"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ANY_REQUEST = void 0;
exports.describeIstioMatch = describeIstioMatch;
exports.describeGatewayApiMatch = describeGatewayApiMatch;
/**
 * Route matches as one short line each, for edge labels and tables: Istio HTTPMatchRequest lists and Gateway API
 * HTTPRouteMatch lists. Entries of a list are alternatives (`or`); conditions inside one entry all apply (`and`).
 */
const resource_1 = require("../validation/analysis/resource");
exports.ANY_REQUEST = 'any request';
/** An Istio StringMatch ({exact|prefix|regex}) as `= v`, `prefix v` or `~ v`. */
function stringMatch(value) {
    const m = (0, resource_1.asObject)(value);
    if (m.exact !== undefined)
        return `= ${(0, resource_1.asString)(m.exact)}`;
    if (m.prefix !== undefined)
        return `prefix ${(0, resource_1.asString)(m.prefix)}`;
    if (m.regex !== undefined)
        return `~ ${(0, resource_1.asString)(m.regex)}`;
    return 'present';
}
function istioEntry(entry) {
    const parts = [];
    for (const field of ['uri', 'scheme', 'method', 'authority']) {
        if (entry[field] !== undefined)
            parts.push(`${field} ${stringMatch(entry[field])}`);
    }
    for (const [name, m] of Object.entries((0, resource_1.asObject)(entry.headers)))
        parts.push(`header ${name} ${stringMatch(m)}`);
    for (const [name, m] of Object.entries((0, resource_1.asObject)(entry.queryParams)))
        parts.push(`query ${name} ${stringMatch(m)}`);
    for (const [name, m] of Object.entries((0, resource_1.asObject)(entry.withoutHeaders)))
        parts.push(`no header ${name} ${stringMatch(m)}`);
    if (entry.port !== undefined)
        parts.push(`port ${String(entry.port)}`);
    for (const [k, v] of Object.entries((0, resource_1.asObject)(entry.sourceLabels)))
        parts.push(`source ${k}=${(0, resource_1.asString)(v)}`);
    if (entry.sourceNamespace !== undefined)
        parts.push(`source namespace ${(0, resource_1.asString)(entry.sourceNamespace)}`);
    for (const g of (0, resource_1.asArray)(entry.gateways))
        parts.push(`via gateway ${(0, resource_1.asString)(g)}`);
    return parts.length === 0 ? exports.ANY_REQUEST : parts.join(' and ');
}
/** spec.http[i].match (or tcp/tls match) of a VirtualService rule. */
function describeIstioMatch(match) {
    const entries = (0, resource_1.asArray)(match).map((e) => istioEntry((0, resource_1.asObject)(e)));
    return entries.length === 0 || entries.includes(exports.ANY_REQUEST) ? exports.ANY_REQUEST : entries.join(' or ');
}
/** Gateway API match types as the operators the Istio descriptions use. */
function typed(type, value, defaultType) {
    const t = (0, resource_1.asString)(type) || defaultType;
    const op = t === 'Exact' ? '=' : t === 'PathPrefix' ? 'prefix' : t === 'RegularExpression' ? '~' : t;
    return `${op} ${(0, resource_1.asString)(value)}`;
}
function gatewayApiEntry(entry) {
    const parts = [];
    if (entry.path !== undefined) {
        const path = (0, resource_1.asObject)(entry.path);
        const value = path.value === undefined ? '/' : path.value;
        // The CRD default: a path match without fields is `PathPrefix /`, which matches every request.
        if (!((0, resource_1.asString)(path.type || 'PathPrefix') === 'PathPrefix' && value === '/'))
            parts.push(`path ${typed(path.type, value, 'PathPrefix')}`);
    }
    for (const h of (0, resource_1.asArray)(entry.headers)) {
        const header = (0, resource_1.asObject)(h);
        parts.push(`header ${(0, resource_1.asString)(header.name)} ${typed(header.type, header.value, 'Exact')}`);
    }
    for (const q of (0, resource_1.asArray)(entry.queryParams)) {
        const query = (0, resource_1.asObject)(q);
        parts.push(`query ${(0, resource_1.asString)(query.name)} ${typed(query.type, query.value, 'Exact')}`);
    }
    if (entry.method !== undefined)
        parts.push(`method = ${(0, resource_1.asString)(entry.method)}`);
    return parts.length === 0 ? exports.ANY_REQUEST : parts.join(' and ');
}
/** spec.rules[i].matches of an HTTPRoute or GRPCRoute. */
function describeGatewayApiMatch(matches) {
    const entries = (0, resource_1.asArray)(matches).map((e) => gatewayApiEntry((0, resource_1.asObject)(e)));
    return entries.length === 0 || entries.includes(exports.ANY_REQUEST) ? exports.ANY_REQUEST : entries.join(' or ');
}
//# sourceMappingURL=describe-match.js.map