"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IngressGatewayRef = void 0;
exports.checkAttachment = checkAttachment;
const names_1 = require("../validation/util/names");
/** References to gateways this library does not create (existing Istio or Gateway API gateways). */
class IngressGatewayRef {
    parentRef;
    istioName;
    /** An existing Istio `Gateway` (networking.istio.io), written `<namespace>/<name>`. */
    static fromIstioGateway(qualifiedName) {
        const parts = typeof qualifiedName === 'string' ? qualifiedName.split('/') : [];
        if (parts.length !== 2 || (0, names_1.dns1123LabelError)(parts[0]) !== undefined || (0, names_1.dns1123SubdomainError)(parts[1]) !== undefined) {
            throw new Error(`IngressGatewayRef.fromIstioGateway: 'qualifiedName' must be "<namespace>/<name>", got ${JSON.stringify(qualifiedName)}`);
        }
        return new IngressGatewayRef(undefined, qualifiedName);
    }
    /** An existing Gateway API `Gateway`, optionally one of its listeners. */
    static fromGatewayApiGateway(namespace, name, sectionName) {
        const who = 'IngressGatewayRef.fromGatewayApiGateway';
        const nsError = typeof namespace === 'string' ? (0, names_1.dns1123LabelError)(namespace) : 'must be a string';
        if (nsError)
            throw new Error(`${who}: 'namespace' ${nsError}`);
        const nameError = typeof name === 'string' ? (0, names_1.dns1123SubdomainError)(name) : 'must be a string';
        if (nameError)
            throw new Error(`${who}: 'name' ${nameError}`);
        if (sectionName !== undefined && (typeof sectionName !== 'string' || (0, names_1.dns1123SubdomainError)(sectionName) !== undefined)) {
            throw new Error(`${who}: 'sectionName' must be a listener name (a DNS-1123 subdomain), got ${JSON.stringify(sectionName)}`);
        }
        return new IngressGatewayRef({ name, namespace, ...(sectionName !== undefined ? { sectionName } : {}) }, undefined);
    }
    constructor(parentRef, istioName) {
        this.parentRef = parentRef;
        this.istioName = istioName;
    }
    gatewayApiParentRef() {
        return this.parentRef;
    }
    istioGatewayName() {
        return this.istioName;
    }
}
exports.IngressGatewayRef = IngressGatewayRef;
/** A host name for a route: RFC 1123, optionally with a leading `*.` (Gateway API and Istio agree on this). */
const HOSTNAME = /^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** Characters Gateway API allows in a PathPrefix. */
const PATH = /^\/(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|%[0-9a-fA-F]{2})*$/;
/** The most host names an HTTPRoute takes. */
const MAX_HOSTNAMES = 16;
/** Checks exposeVia's arguments against the plan; returns the attachment. */
function checkAttachment(errors, gateway, options, plan) {
    const parentRef = typeof gateway?.gatewayApiParentRef === 'function' ? gateway.gatewayApiParentRef() : undefined;
    const istioGateway = typeof gateway?.istioGatewayName === 'function' ? gateway.istioGatewayName() : undefined;
    if ((parentRef === undefined) === (istioGateway === undefined)) {
        throw errors.mustBe('exposeVia gateway', 'an IIngressGateway that is either a Gateway API Gateway or an Istio Gateway (e.g. IngressGatewayRef.fromIstioGateway("istio-ingress/public"))', gateway);
    }
    if (!plan.http)
        throw errors.mustBe('protocol', 'an HTTP protocol (HTTP, HTTP2 or GRPC) to be exposed through an ingress gateway', 'TCP');
    const hostnames = options?.hostnames;
    if (!Array.isArray(hostnames) || hostnames.length === 0 || hostnames.length > MAX_HOSTNAMES) {
        throw errors.mustBe('exposeVia hostnames', `a list of 1 to ${MAX_HOSTNAMES} host names`, hostnames);
    }
    for (const host of hostnames) {
        if (typeof host !== 'string' || host.length > 253 || !HOSTNAME.test(host) || /^[0-9.]+$/.test(host)) {
            throw errors.mustBe('exposeVia hostnames', 'lower-case DNS names (not IP addresses), optionally starting with "*." (e.g. "billing.example.com")', host);
        }
    }
    if (new Set(hostnames).size !== hostnames.length)
        throw errors.mustBe('exposeVia hostnames', 'a list without duplicates', hostnames);
    const pathPrefix = options.pathPrefix;
    if (pathPrefix !== undefined) {
        if (typeof pathPrefix !== 'string' || pathPrefix.length > 1024 || !PATH.test(pathPrefix) || /\/\/|\/\.\.?(\/|$)|%2f/i.test(pathPrefix)) {
            throw errors.mustBe('exposeVia pathPrefix', 'an absolute, normalized path (e.g. "/billing")', pathPrefix);
        }
        const uriMatch = plan.rules.some((r) => r.matches.some((m) => m._conditions.uri !== undefined));
        if (uriMatch) {
            throw errors.about('exposeVia pathPrefix', `cannot be combined with URI matches in 'canaryMatches' (a request has one path to match); leave 'pathPrefix' out`);
        }
    }
    return {
        ...(parentRef ? { parentRef } : {}),
        ...(istioGateway ? { istioGateway } : {}),
        hostnames: [...hostnames],
        ...(pathPrefix !== undefined ? { pathPrefix } : {}),
    };
}
//# sourceMappingURL=ingress-attachment.js.map