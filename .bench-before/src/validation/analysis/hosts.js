"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EXPORT_ALL = void 0;
exports.toFqdn = toFqdn;
exports.clusterNamespaceOf = clusterNamespaceOf;
exports.resourceKeyOfHost = resourceKeyOfHost;
exports.hostCovers = hostCovers;
exports.exportScopes = exportScopes;
exports.serviceExportTo = serviceExportTo;
exports.exportToOf = exportToOf;
/**
 * Host names the way Istio's analyzers resolve them: a short name is relative to the referring object's
 * namespace (`reviews` → `reviews.<ns>.svc.cluster.local`); anything with a dot is taken literally, so
 * `reviews.other` is NOT expanded (Istio treats it as an external name, and so do we); wildcards stay wildcards.
 */
const resource_1 = require("./resource");
const CLUSTER_SUFFIX = 'svc.cluster.local';
const CLUSTER_FQDN_SUFFIX = `.${CLUSTER_SUFFIX}`;
/**
 * `[host, name, namespace]` of a `name.ns.svc.cluster.local` host, else undefined. Istio splits with
 * `^(.+)\.(.+)\.svc\.cluster\.local$`, whose greedy first group ends at the last dot before the suffix; string code
 * does the same in linear time (the regexp backtracks quadratically on a long host without that dot).
 */
function splitClusterFqdn(host) {
    if (!host.endsWith(CLUSTER_FQDN_SUFFIX))
        return undefined;
    const nameAndNamespace = host.slice(0, host.length - CLUSTER_FQDN_SUFFIX.length);
    const dot = nameAndNamespace.lastIndexOf('.');
    if (dot <= 0 || dot === nameAndNamespace.length - 1)
        return undefined;
    return [host, nameAndNamespace.slice(0, dot), nameAndNamespace.slice(dot + 1)];
}
/** Istio's ConvertHostToFQDN: only a dot-less, non-wildcard name gets the namespace and cluster suffix. */
function toFqdn(namespace, host) {
    if (host.startsWith('*') || host.includes('.'))
        return host;
    return `${host}.${namespace}.${CLUSTER_SUFFIX}`;
}
/** The Kubernetes namespace a host points into, or undefined for names outside the cluster domain. */
function clusterNamespaceOf(referrerNamespace, host) {
    if (!host.includes('.') && !host.startsWith('*'))
        return referrerNamespace;
    const m = splitClusterFqdn(host);
    return m ? m[2] : undefined;
}
/**
 * Istio's GetResourceNameFromHost, used to pair VirtualService subsets with DestinationRules: a short name or a
 * `name.ns.svc.cluster.local` name becomes `ns/name`; any other name stays literal in the referrer's namespace.
 */
function resourceKeyOfHost(referrerNamespace, host) {
    const m = splitClusterFqdn(host);
    return m ? `${m[2]}/${m[1]}` : `${referrerNamespace}/${host}`;
}
/** True when `pattern` (possibly `*.suffix`) covers `host` (possibly a wildcard itself, then it must be narrower). */
function hostCovers(pattern, host) {
    if (pattern === host || pattern === '*')
        return true;
    if (!pattern.startsWith('*'))
        return false;
    const suffix = pattern.slice(1);
    return (host.startsWith('*') ? host.slice(1) : host).endsWith(suffix);
}
exports.EXPORT_ALL = '*';
/**
 * The namespaces an object is visible in, from an `exportTo` list: [] or a list holding `*` means all
 * (returned as ['*']); `.` is the object's own namespace.
 */
function exportScopes(exportTo, ownNamespace) {
    if (exportTo.length === 0)
        return [exports.EXPORT_ALL];
    const out = [];
    for (const e of exportTo) {
        const s = (0, resource_1.asString)(e).trim();
        if (s === exports.EXPORT_ALL)
            return [exports.EXPORT_ALL];
        if (s === '' || s === '~')
            continue;
        out.push(s === '.' ? ownNamespace : s);
    }
    return out;
}
/** The exportTo list of a Kubernetes Service (`networking.istio.io/exportTo`, comma-separated). */
function serviceExportTo(annotation) {
    return annotation === undefined ? [] : annotation.split(',');
}
function exportToOf(spec) {
    return (0, resource_1.asArray)(spec.exportTo);
}
//# sourceMappingURL=hosts.js.map