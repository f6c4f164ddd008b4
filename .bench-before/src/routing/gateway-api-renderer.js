"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.versionServiceName = versionServiceName;
exports.renderGatewayApi = renderGatewayApi;
exports.ingressRouteName = ingressRouteName;
exports.gatewayDuration = gatewayDuration;
const gateway_api_matches_1 = require("./gateway-api-matches");
const API = "with 'routingApi' RoutingApi.GATEWAY_API";
/** The most matches the CRD allows in one rule. */
const MAX_MATCHES_PER_RULE = 64;
/** The per-version Service name (the HTTPRoute backend that replaces a DestinationRule subset). */
function versionServiceName(service, version) {
    return `${service}-${version}`;
}
function renderGatewayApi(errors, plan) {
    checkExpressible(errors, plan);
    const versionServices = plan.versions.map((version) => ({ version, name: versionServiceName(plan.service, version) }));
    const meshParent = { group: '', kind: 'Service', name: plan.service, port: plan.port };
    const routes = [{ name: plan.service, spec: { parentRefs: [meshParent], rules: rules(errors, plan, undefined) } }];
    for (const attachment of plan.ingress) {
        const parent = attachment.parentRef;
        if (!parent)
            continue;
        const parentRef = { name: parent.name, namespace: parent.namespace, ...(parent.sectionName ? { sectionName: parent.sectionName } : {}) };
        routes.push({
            name: ingressRouteName(plan.service, attachment),
            spec: { parentRefs: [parentRef], hostnames: [...attachment.hostnames], rules: rules(errors, plan, attachment) },
        });
    }
    const destinationRules = plan.trafficPolicy === undefined ? [] : versionServices.map((s) => ({
        name: s.name,
        spec: { host: s.name, trafficPolicy: plan.trafficPolicy },
    }));
    return { versionServices, routes, destinationRules };
}
/** The name of the HTTPRoute that attaches the service to a Gateway API gateway. */
function ingressRouteName(service, attachment) {
    return `${service}-${attachment.parentRef?.name}`;
}
function checkExpressible(errors, plan) {
    if (!plan.http) {
        throw errors.mustBe('protocol', `an HTTP protocol (HTTP, HTTP2 or GRPC) ${API} (the standard channel has no TCPRoute); ` +
            "use 'routingApi' RoutingApi.ISTIO for TCP", 'TCP');
    }
    if (plan.retries !== undefined) {
        throw errors.about('retries', `cannot be expressed ${API}: the standard-channel HTTPRoute has no retry field (Istio ` +
            'then retries twice on connect-failure, refused-stream, unavailable, cancelled and retriable status codes); ' +
            "leave 'retries' out or use 'routingApi' RoutingApi.ISTIO");
    }
    for (const rule of plan.rules) {
        if (rule.matches.length > MAX_MATCHES_PER_RULE) {
            throw errors.mustBe('canaryMatches', `at most ${MAX_MATCHES_PER_RULE} matches ${API} (the HTTPRoute limit per rule)`, `${rule.matches.length} matches`);
        }
    }
}
function rules(errors, plan, attachment) {
    const pathPrefix = attachment?.pathPrefix;
    const timeouts = plan.timeoutMillis !== undefined ? { timeouts: { request: gatewayDuration(plan.timeoutMillis) } } : {};
    const backend = (version) => ({ name: versionServiceName(plan.service, version), port: plan.port });
    const out = plan.rules.map((rule) => ({
        name: rule.name,
        matches: rule.matches.map((m, i) => (0, gateway_api_matches_1.gatewayMatch)(errors, `canaryMatches[${i}]`, m, pathPrefix)),
        backendRefs: [backend(rule.version)],
        ...timeouts,
    }));
    const regex = plan.rules.some((rule) => rule.matches.some(gateway_api_matches_1.needsRegexCatchAll));
    const catchAll = { path: pathPrefix !== undefined ? { type: gateway_api_matches_1.PATH_PREFIX, value: pathPrefix } : { ...(regex ? gateway_api_matches_1.CATCH_ALL_REGEX : gateway_api_matches_1.CATCH_ALL_PREFIX) } };
    const split = plan.split.length === 1
        ? [backend(plan.split[0].version)]
        : plan.split.map((w) => ({ ...backend(w.version), weight: w.weight }));
    const filters = plan.mirror
        ? [{ type: 'RequestMirror', requestMirror: { backendRef: backend(plan.mirror.version), ...mirrorShare(plan.mirror.percent) } }]
        : [];
    out.push({ name: plan.splitName, matches: [catchAll], ...(filters.length > 0 ? { filters } : {}), backendRefs: split, ...timeouts });
    return out;
}
/** `percent` for whole percentages, otherwise the exact decimal as a fraction (e.g. 12.5 → 125/1000). */
function mirrorShare(percent) {
    if (Number.isInteger(percent))
        return { percent };
    for (let scale = 10; scale <= 1e7; scale *= 10) {
        const numerator = Math.round(percent * scale);
        if (Math.abs(numerator - percent * scale) < 1e-6)
            return { fraction: { numerator, denominator: 100 * scale } };
    }
    return { fraction: { numerator: Math.round(percent * 1e7), denominator: 1e9 } };
}
/**
 * Milliseconds as a Gateway API Duration (`^([0-9]{1,5}(h|m|s|ms)){1,4}$`), e.g. 90500 → "1m30s500ms". The plan's
 * durations are below about 2,500 hours (nanoseconds must be exact in a double), so hours never exceed 5 digits.
 */
function gatewayDuration(millis) {
    const units = [['h', 3_600_000], ['m', 60_000], ['s', 1_000], ['ms', 1]];
    let rest = millis;
    let out = '';
    for (const [unit, size] of units) {
        const count = Math.floor(rest / size);
        rest -= count * size;
        if (count > 0)
            out += `${count}${unit}`;
    }
    return out;
}
//# sourceMappingURL=gateway-api-renderer.js.map