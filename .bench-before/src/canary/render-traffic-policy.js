"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderTrafficPolicy = renderTrafficPolicy;
const durations_1 = require("../shared/durations");
const enum_check_1 = require("../shared/enum-check");
const prop_errors_1 = require("../shared/prop-errors");
const traffic_policy_1 = require("./traffic-policy");
const istio_networking_istio_io_1 = require("../../imports/istio-networking.istio.io");
const INT32_MAX = 2147483647;
const UINT32_MAX = 4294967295;
/** The DestinationRule trafficPolicy, or undefined when nothing is set (istiod rejects an empty one). */
function renderTrafficPolicy(errors, inputs, http) {
    const policy = {};
    if (inputs.connectionPool !== undefined)
        policy.connectionPool = renderConnectionPool(errors, inputs.connectionPool);
    if (inputs.outlierDetection !== undefined)
        policy.outlierDetection = renderOutlierDetection(errors, inputs.outlierDetection);
    if (inputs.loadBalancer !== undefined)
        policy.loadBalancer = inputs.loadBalancer._toIstio(errors, 'loadBalancer', http);
    if (inputs.tlsMode !== undefined) {
        if (!(0, enum_check_1.isEnumValue)(traffic_policy_1.TlsMode, inputs.tlsMode))
            throw errors.mustBe('tlsMode', 'TlsMode.ISTIO_MUTUAL or TlsMode.DISABLE', inputs.tlsMode);
        policy.tls = { mode: inputs.tlsMode === traffic_policy_1.TlsMode.DISABLE ? istio_networking_istio_io_1.DestinationRuleSpecTrafficPolicyTlsMode.DISABLE : istio_networking_istio_io_1.DestinationRuleSpecTrafficPolicyTlsMode.ISTIO_UNDERSCORE_MUTUAL };
    }
    return Object.keys(policy).length > 0 ? policy : undefined;
}
function renderConnectionPool(errors, c) {
    const count = (field, max) => c[field] === undefined ? undefined : (0, prop_errors_1.checkInteger)(errors, `connectionPool.${field}`, c[field], 0, max);
    const duration = (field) => c[field] === undefined ? undefined : (0, durations_1.istioDuration)(errors, `connectionPool.${field}`, c[field]);
    const tcp = compact({ maxConnections: count('maxConnections', INT32_MAX), connectTimeout: duration('connectTimeout') });
    const httpPool = compact({
        http1MaxPendingRequests: count('http1MaxPendingRequests', INT32_MAX),
        http2MaxRequests: count('http2MaxRequests', INT32_MAX),
        maxRequestsPerConnection: count('maxRequestsPerConnection', INT32_MAX),
        maxRetries: count('maxRetries', INT32_MAX),
        idleTimeout: duration('idleTimeout'),
    });
    if (!tcp && !httpPool)
        throw errors.mustBe('connectionPool', 'a ConnectionPoolSettings with at least one field set', c);
    return { ...(tcp ? { tcp } : {}), ...(httpPool ? { http: httpPool } : {}) };
}
function renderOutlierDetection(errors, o) {
    const int = (field, max) => o[field] === undefined ? undefined : (0, prop_errors_1.checkInteger)(errors, `outlierDetection.${field}`, o[field], 0, max);
    const duration = (field) => o[field] === undefined ? undefined : (0, durations_1.istioDuration)(errors, `outlierDetection.${field}`, o[field]);
    const out = compact({
        consecutive5xxErrors: int('consecutive5xxErrors', UINT32_MAX),
        consecutiveGatewayErrors: int('consecutiveGatewayErrors', UINT32_MAX),
        interval: duration('interval'),
        baseEjectionTime: duration('baseEjectionTime'),
        maxEjectionPercent: int('maxEjectionPercent', 100),
        minHealthPercent: int('minHealthPercent', 100),
    });
    if (!out)
        throw errors.mustBe('outlierDetection', 'an OutlierDetectionSettings with at least one field set', o);
    return out;
}
/** The object without its undefined fields, or undefined when none is left. */
function compact(obj) {
    const out = {};
    for (const [key, value] of Object.entries(obj))
        if (value !== undefined)
            out[key] = value;
    return Object.keys(out).length > 0 ? out : undefined;
}
//# sourceMappingURL=render-traffic-policy.js.map