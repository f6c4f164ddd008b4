"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateVirtualService = validateVirtualService;
/**
 * VirtualService (networking.istio.io, any served version): hosts, gateways, delegation, and the http / tcp /
 * tls rules; rule-order findings come from virtual-service-order.
 */
const common_1 = require("./common");
const destination_1 = require("./destination");
const hosts_1 = require("./hosts");
const net_1 = require("./net");
const plain_json_1 = require("../util/plain-json");
const virtual_service_gateways_1 = require("./virtual-service-gateways");
const virtual_service_http_1 = require("./virtual-service-http");
const virtual_service_order_1 = require("./virtual-service-order");
const MESH_GATEWAY = 'mesh';
function validateVirtualService(r, spec) {
    const hosts = strings(spec.hosts);
    const gateways = strings(spec.gateways);
    const delegate = (0, plain_json_1.list)(spec.hosts).length === 0;
    let boundToMesh = gateways.length === 0;
    let boundToGateway = false;
    for (const g of gateways) {
        if (g === MESH_GATEWAY)
            boundToMesh = true;
        else
            boundToGateway = true;
    }
    if (delegate)
        validateDelegateVirtualService(r, spec);
    if (gateways.length > 0)
        (0, virtual_service_gateways_1.validateGatewayNames)(r, 'spec.gateways', spec.gateways);
    const tls = (0, plain_json_1.list)(spec.tls);
    // istiod accepts its generated SNI names as hosts of a gateway-bound VirtualService with TLS routes.
    const sniHosts = boundToGateway && !boundToMesh && tls.some((t) => (0, plain_json_1.list)((0, plain_json_1.obj)(t).match).some((m) => (0, plain_json_1.nonEmptyList)((0, plain_json_1.obj)(m).sniHosts)));
    validateHosts(r, hosts, boundToMesh, sniHosts);
    const http = (0, plain_json_1.list)(spec.http);
    const tcp = (0, plain_json_1.list)(spec.tcp);
    if (http.length === 0 && tcp.length === 0 && tls.length === 0) {
        r.error('spec', 'http, tcp or tls must be provided in virtual service');
    }
    const ctx = { delegate, boundToGateway };
    for (let i = 0; i < http.length; i++) {
        const route = http[i];
        if (route === null)
            r.error(`spec.http[${i}]`, 'http route may not be null');
        else if ((0, plain_json_1.isObj)(route))
            (0, virtual_service_http_1.validateHttpRoute)(r, `spec.http[${i}]`, route, ctx);
    }
    for (let i = 0; i < tls.length; i++) {
        const route = tls[i];
        // For SNI names istiod treats a VirtualService without gateways as gateway-bound too.
        if ((0, plain_json_1.isObj)(route))
            validateTlsRoute(r, `spec.tls[${i}]`, route, hosts, !gateways.includes(MESH_GATEWAY));
    }
    for (let i = 0; i < tcp.length; i++) {
        const route = tcp[i];
        if ((0, plain_json_1.isObj)(route))
            validateTcpRoute(r, `spec.tcp[${i}]`, route);
    }
    if (spec.exportTo !== undefined)
        (0, common_1.validateExportTo)(r, spec.exportTo, false, false);
    (0, virtual_service_order_1.analyzeRuleOrder)(r, 'http', http);
    (0, virtual_service_order_1.analyzeRuleOrder)(r, 'tcp', tcp);
    (0, virtual_service_order_1.analyzeRuleOrder)(r, 'tls', tls);
}
/** The string entries of a list (others are the schema's to report). */
function strings(v) {
    const items = (0, plain_json_1.list)(v);
    for (const item of items)
        if (typeof item !== 'string')
            return items.filter((x) => typeof x === 'string');
    return items;
}
/** A VirtualService without hosts is a delegate: only http rules, attached through the root VirtualService. */
function validateDelegateVirtualService(r, spec) {
    if ((0, plain_json_1.list)(spec.gateways).length > 0)
        r.error('spec.gateways', 'delegate virtual service must have no gateways specified');
    if ((0, plain_json_1.list)(spec.tls).length > 0)
        r.error('spec.tls', 'delegate virtual service must have no tls route specified');
    if ((0, plain_json_1.list)(spec.tcp).length > 0)
        r.error('spec.tcp', 'delegate virtual service must have no tcp route specified');
}
function validateHosts(r, hosts, boundToMesh, sni) {
    let allValid = true;
    for (let i = 0; i < hosts.length; i++) {
        const host = hosts[i];
        const err = sni ? (0, hosts_1.sniDomainError)(host) : (0, hosts_1.wildcardDomainError)(host);
        if (err !== undefined) {
            if (!(0, net_1.isIpAddress)(host)) {
                r.error(`spec.hosts[${i}]`, err);
                allValid = false;
            }
        }
        else if (boundToMesh && host === '*') {
            r.error(`spec.hosts[${i}]`, 'wildcard host * is not allowed for virtual services bound to the mesh gateway');
            allValid = false;
        }
    }
    if (!allValid)
        return;
    for (let i = 0; i < hosts.length; i++) {
        for (let j = i + 1; j < hosts.length; j++) {
            if ((0, hosts_1.hostsOverlap)(hosts[i], hosts[j]))
                r.error(`spec.hosts[${j}]`, `duplicate hosts in virtual service: ${hosts[i]} & ${hosts[j]}`);
        }
    }
}
/** Port, destination subnets, source labels and gateways of a tcp/tls match. */
function validateL4Match(r, path, match) {
    (0, plain_json_1.list)(match.destinationSubnets).forEach((subnet, i) => {
        if (typeof subnet === 'string')
            r.errorIf(`${path}.destinationSubnets[${i}]`, (0, net_1.ipSubnetError)(subnet));
    });
    const port = (0, plain_json_1.int)(match.port);
    if (port !== undefined && port !== 0)
        r.errorIf(`${path}.port`, (0, net_1.portError)(port));
    (0, common_1.validateLabels)(r, `${path}.sourceLabels`, match.sourceLabels);
    (0, virtual_service_gateways_1.validateGatewayNames)(r, `${path}.gateways`, match.gateways);
}
function validateTcpRoute(r, path, tcp) {
    (0, plain_json_1.list)(tcp.match).forEach((m, i) => {
        if (m === null)
            r.error(`${path}.match[${i}]`, 'tcp match may not be nil');
        else if ((0, plain_json_1.isObj)(m))
            validateL4Match(r, `${path}.match[${i}]`, m);
    });
    if ((0, plain_json_1.list)(tcp.route).length === 0)
        r.error(`${path}.route`, 'route is required');
    (0, destination_1.validateRouteDestinations)(r, `${path}.route`, tcp.route, false);
}
function validateTlsRoute(r, path, tls, hosts, sni) {
    const matches = (0, plain_json_1.list)(tls.match);
    if (matches.length === 0)
        r.error(`${path}.match`, 'TLS route must have at least one match condition');
    matches.forEach((m, i) => {
        const p = `${path}.match[${i}]`;
        if (m === null) {
            r.error(p, 'tls match may not be null');
            return;
        }
        if (!(0, plain_json_1.isObj)(m))
            return;
        const sniHosts = (0, plain_json_1.list)(m.sniHosts);
        if (sniHosts.length === 0)
            r.error(`${p}.sniHosts`, 'TLS match must have at least one SNI host');
        sniHosts.forEach((host, j) => {
            if (typeof host === 'string')
                validateSniHost(r, `${p}.sniHosts[${j}]`, host, hosts, sni);
        });
        validateL4Match(r, p, m);
    });
    if ((0, plain_json_1.list)(tls.route).length === 0)
        r.error(`${path}.route`, 'TLS route is required');
    (0, destination_1.validateRouteDestinations)(r, `${path}.route`, tls.route, false);
}
function validateSniHost(r, path, sni, hosts, generated) {
    const err = generated ? (0, hosts_1.sniDomainError)(sni) : (0, hosts_1.wildcardDomainError)(sni);
    if (err !== undefined) {
        if ((0, net_1.isIpAddress)(sni))
            r.warning(path, `using an IP address ("${sni}") goes against SNI spec and most clients do not support this`);
        else
            r.error(path, err);
        return;
    }
    if (!hosts.some((h) => (0, hosts_1.hostSubsetOf)(sni, h))) {
        r.error(path, `SNI host "${sni}" is not a compatible subset of any of the virtual service hosts: [${hosts.join(', ')}]`);
    }
}
//# sourceMappingURL=virtual-service.js.map