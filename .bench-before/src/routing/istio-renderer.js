"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderIstio = renderIstio;
const duration_1 = require("../validation/util/duration");
const path_prefix_1 = require("./path-prefix");
function renderIstio(plan) {
    const destinationRule = {
        host: plan.service,
        subsets: plan.versions.map((version) => ({ name: version, labels: { version } })),
        ...(plan.trafficPolicy ? { trafficPolicy: plan.trafficPolicy } : {}),
    };
    const hosts = [plan.service, ...plan.ingress.flatMap((a) => a.hostnames)];
    const gateways = plan.ingress.filter((a) => a.istioGateway !== undefined).map((a) => a.istioGateway);
    const bound = gateways.length > 0 ? { gateways: [...gateways, path_prefix_1.MESH_GATEWAY] } : {};
    const virtualService = plan.http
        ? { hosts, ...bound, http: httpRules(plan) }
        : { hosts, ...bound, tcp: tcpRules(plan) };
    return { destinationRule, virtualService };
}
function destination(plan, version) {
    return { host: plan.service, subset: version };
}
function split(plan) {
    // A single destination gets every request; weights are only meaningful between several.
    if (plan.split.length === 1)
        return [{ destination: destination(plan, plan.split[0].version) }];
    return plan.split.map((w) => ({ destination: destination(plan, w.version), weight: w.weight }));
}
function httpRules(plan) {
    const common = {
        ...(plan.timeoutMillis !== undefined ? { timeout: (0, duration_1.formatMillis)(plan.timeoutMillis) } : {}),
        ...(plan.retries ? { retries: plan.retries } : {}),
    };
    const rules = plan.rules.map((rule) => ({
        name: rule.name,
        match: scopedMatches(plan, rule),
        route: [{ destination: destination(plan, rule.version) }],
        ...common,
    }));
    const mirror = plan.mirror
        ? { mirror: destination(plan, plan.mirror.version), mirrorPercentage: { value: plan.mirror.percent } }
        : {};
    const catchAll = scopedMatches(plan, undefined);
    rules.push({ name: plan.splitName, ...(catchAll ? { match: catchAll } : {}), route: split(plan), ...mirror, ...common });
    return rules;
}
/**
 * The match entries of a rule (undefined for the catch-all split when every attachment takes every path). An
 * ingress attachment with a path prefix scopes each entry to the gateways it applies to, and adds the prefix
 * to the gateway's entries.
 */
function scopedMatches(plan, rule) {
    const own = rule ? rule.matches.map((m) => m._toHttpMatch()) : [{}];
    const prefixed = plan.ingress.filter((a) => a.istioGateway !== undefined && a.pathPrefix !== undefined);
    if (prefixed.length === 0)
        return rule ? own : undefined;
    const unprefixed = plan.ingress.filter((a) => a.istioGateway !== undefined && a.pathPrefix === undefined)
        .map((a) => a.istioGateway);
    const out = own.map((m) => ({ ...m, gateways: [path_prefix_1.MESH_GATEWAY, ...unprefixed] }));
    for (const a of prefixed) {
        for (const uri of (0, path_prefix_1.pathPrefixMatches)(a.pathPrefix)) {
            for (const m of own)
                out.push({ ...m, uri, gateways: [a.istioGateway] });
        }
    }
    return out;
}
function tcpRules(plan) {
    const rules = plan.rules.map((rule) => ({
        match: rule.matches.map((m) => m._toTcpMatch()),
        route: [{ destination: destination(plan, rule.version) }],
    }));
    rules.push({ route: split(plan) });
    return rules;
}
//# sourceMappingURL=istio-renderer.js.map