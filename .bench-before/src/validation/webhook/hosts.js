"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fqdnError = fqdnError;
exports.wildcardDomainError = wildcardDomainError;
exports.hostsOverlap = hostsOverlap;
exports.hostSubsetOf = hostSubsetOf;
exports.partialWildcardError = partialWildcardError;
exports.namespacedHostErrors = namespacedHostErrors;
exports.sniDomainError = sniDomainError;
/**
 * Host names as istiod judges them (pkg/config/validation/agent ValidateFQDN / ValidateWildcardDomain and
 * pkg/config/host Name.Matches / SubsetOf).
 */
const net_1 = require("./net");
const names_1 = require("../util/names");
const WILDCARD_LABEL = /^(\*|(\*|\*-)?[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?)$/;
const ALL_NUMERIC = /^[+-]?\d+$/;
function preconditionError(name) {
    if (name.length > 255)
        return `domain name "${name}" too long (max 255)`;
    if (name.length === 0)
        return 'empty domain name not allowed';
    return undefined;
}
function labelsError(domain, whole) {
    const parts = domain.split('.');
    const tld = parts[parts.length - 1];
    if (ALL_NUMERIC.test(tld))
        return `domain name "${whole}" invalid (top level domain "${tld}" cannot be all-numeric)`;
    for (let i = 0; i < parts.length; i++) {
        // A trailing dot (`istio.io.`) is an unambiguous absolute name.
        if (i === parts.length - 1 && parts[i] === '')
            return undefined;
        if (!(0, names_1.isIstioLabelName)(parts[i]))
            return `domain name "${whole}" invalid (label "${parts[i]}" invalid)`;
    }
    return undefined;
}
// The common case in one pass: labels of letters, digits and '-', at most 63 each, optional trailing dot.
const PLAIN_DOMAIN = /^[a-zA-Z0-9](?:[-a-zA-Z0-9]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-a-zA-Z0-9]{0,61}[a-zA-Z0-9])?)*\.?$/;
const NUMERIC_TLD = /(?:^|\.)[0-9]+\.?$/;
function endsWithDigit(name) {
    const c = name.charCodeAt(name.length - 1);
    return c >= 48 && c <= 57;
}
function isPlainDomain(name) {
    return name.length <= 255 && PLAIN_DOMAIN.test(name) && !(endsWithDigit(name) && NUMERIC_TLD.test(name));
}
/** A fully-qualified domain name: DNS-1123 labels (upper case allowed), TLD not all-numeric. */
function fqdnError(name) {
    if (isPlainDomain(name))
        return undefined;
    return preconditionError(name) ?? labelsError(name, name);
}
/** A domain whose first label may be `*` or start with `*` (`*.example.com`, `*-svc.example.com`). */
function wildcardDomainError(domain) {
    if (VALID_WILDCARD_DOMAINS.has(domain))
        return undefined;
    if (isPlainDomain(domain)) {
        remember(domain);
        return undefined;
    }
    const pre = preconditionError(domain);
    if (pre)
        return pre;
    const dot = domain.indexOf('.');
    const label = dot < 0 ? domain : domain.slice(0, dot);
    const rest = dot < 0 ? '' : domain.slice(dot + 1);
    if (label.length > 63 || !WILDCARD_LABEL.test(label))
        return `domain name "${domain}" invalid (label "${label}" invalid)`;
    const err = rest === '' ? undefined : labelsError(rest, domain);
    if (err === undefined)
        remember(domain);
    return err;
}
// The same host names recur in every route of an app (VirtualService hosts, destinations, DestinationRules).
const VALID_WILDCARD_DOMAINS = new Set();
const MAX_REMEMBERED = 8192;
function remember(domain) {
    if (VALID_WILDCARD_DOMAINS.size >= MAX_REMEMBERED)
        VALID_WILDCARD_DOMAINS.clear();
    VALID_WILDCARD_DOMAINS.add(domain);
}
function isWildcarded(h) {
    return h.startsWith('*');
}
/** Two host names overlap: equal, or one wildcard covers the other (either direction). */
function hostsOverlap(a, b) {
    if (isWildcarded(a)) {
        if (isWildcarded(b))
            return a.length < b.length ? b.slice(1).endsWith(a.slice(1)) : a.slice(1).endsWith(b.slice(1));
        return b.endsWith(a.slice(1));
    }
    if (isWildcarded(b))
        return a.endsWith(b.slice(1));
    return a === b;
}
/** `host` is covered by `of` (one direction only). */
function hostSubsetOf(host, of) {
    if (isWildcarded(host)) {
        if (!isWildcarded(of))
            return false;
        return host.length >= of.length && host.slice(1).endsWith(of.slice(1));
    }
    if (isWildcarded(of))
        return host.endsWith(of.slice(1));
    return host === of;
}
/** `*bar.com`: a wildcard that is not a whole first label (Gateway API and Envoy match it differently). */
function partialWildcardError(host) {
    if (host.includes('*') && host !== '*' && !host.startsWith('*.'))
        return `partial wildcard "${host}" not allowed`;
    return undefined;
}
/** The dnsName part of a Gateway server or Sidecar egress host: an FQDN (or IP for gateways), a prefix wildcard, or `*`. */
function hostPartErrors(host, isGateway) {
    const errors = [];
    if (host !== '*' && !host.includes('.'))
        errors.push(`short names (non FQDN) are not allowed (host "${host}")`);
    const err = wildcardDomainError(host);
    if (err !== undefined && !(isGateway && (0, net_1.isIpAddress)(host)))
        errors.push(err);
    const partial = partialWildcardError(host);
    if (partial !== undefined)
        errors.push(partial);
    return errors;
}
/**
 * A `namespace/dnsName` host entry of a Gateway server (a bare dnsName is allowed there) or a Sidecar egress
 * listener. Namespace `~` is allowed in Sidecars, and in Gateways only under `gatewaySemantics` (those Istio
 * generates from Gateway API objects).
 */
function namespacedHostErrors(entry, isGateway, gatewaySemantics) {
    const slash = entry.indexOf('/');
    if (slash < 0) {
        if (isGateway)
            return hostPartErrors(entry, true);
        return [`host "${entry}" must be of form namespace/dnsName (e.g. "./*", "istio-system/*", "*/svc.example.com")`];
    }
    const errors = [];
    const ns = entry.slice(0, slash);
    const host = entry.slice(slash + 1);
    if (ns === '' || host === '')
        errors.push(`config namespace and dnsName in host entry cannot be empty (in "${entry}")`);
    const tildeAllowed = !isGateway || gatewaySemantics;
    if (ns !== '*' && ns !== '.' && !(ns === '~' && tildeAllowed) && !(0, names_1.isIstioLabelName)(ns)) {
        errors.push(`invalid namespace value "${ns}" in ${isGateway ? 'gateway' : 'sidecar'} (in "${entry}")`);
    }
    return errors.concat(hostPartErrors(host, isGateway));
}
const AUTO_SNI_FORMAT = 'outbound_.<PORT>_._.<HOSTNAME>';
/**
 * A VirtualService host or SNI host where TLS routing is in play: besides (wildcard) domains, istiod accepts the
 * SNI names it generates for mTLS clusters, `outbound_.<port>_._.<host>`.
 */
function sniDomainError(domain) {
    if (!domain.startsWith('outbound_'))
        return wildcardDomainError(domain);
    const pre = preconditionError(domain);
    if (pre)
        return pre;
    const parts = domain.split('_');
    if (parts.length < 4)
        return `domain name ${domain} invalid, should follow '${AUTO_SNI_FORMAT}' format`;
    if (!/[0-9]/.test(parts[1]))
        return `domain name "${domain}" invalid (label "${parts[1]}" invalid). should follow ${AUTO_SNI_FORMAT} format`;
    if (!/[a-zA-Z]/.test(parts[3]))
        return `domain name "${domain}" invalid (label "${parts[3]}" invalid). should follow ${AUTO_SNI_FORMAT} format`;
    return undefined;
}
//# sourceMappingURL=hosts.js.map