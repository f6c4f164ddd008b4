"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.analyzeIngressSubsets = analyzeIngressSubsets;
exports.analyzeGatewayRouteBypass = analyzeGatewayRouteBypass;
const codes_1 = require("./codes");
const gateway_api_model_1 = require("./gateway-api-model");
const hosts_1 = require("./hosts");
const resource_1 = require("./resource");
/** Every `spec.http[i].route[j].destination` with its field path. */
function httpDestinations(spec) {
    const out = [];
    (0, resource_1.asArray)(spec.http).forEach((rule, i) => {
        (0, resource_1.asArray)((0, resource_1.asObject)(rule).route).forEach((route, j) => {
            out.push({ destination: (0, resource_1.asObject)((0, resource_1.asObject)(route).destination), path: `spec.http[${i}].route[${j}].destination` });
        });
    });
    return out;
}
function analyzeIngressSubsets(model, out) {
    // host string → the VirtualServices that split it by subset and claim it as one of their hosts.
    const splitters = new Map();
    for (const vs of model.virtualServices) {
        const hosts = new Set((0, resource_1.asArray)(vs.spec.hosts).map(resource_1.asString));
        for (const { destination } of httpDestinations(vs.spec)) {
            const host = (0, resource_1.asString)(destination.host);
            if (!(0, resource_1.asString)(destination.subset) || !hosts.has(host))
                continue;
            const list = splitters.get(host);
            if (!list)
                splitters.set(host, [vs]);
            else if (!list.includes(vs))
                list.push(vs);
        }
    }
    if (splitters.size === 0)
        return;
    for (const vs of model.virtualServices) {
        if ((0, resource_1.asArray)(vs.spec.gateways).length === 0)
            continue;
        for (const { destination, path } of httpDestinations(vs.spec)) {
            if ((0, resource_1.asString)(destination.subset))
                continue;
            for (const splitter of splitters.get((0, resource_1.asString)(destination.host)) ?? []) {
                out.push(vs.finding(codes_1.INGRESS_ROUTE_RULES_NOT_AFFECTED, path, `Subset in virtual service ${splitter.ns}/${splitter.name} has no effect on ingress gateway ${vs.ns}/${vs.name} ` +
                    `requests: this route sends host "${(0, resource_1.asString)(destination.host)}" to no subset, so requests through the gateway ` +
                    'balance across every version and ignore the split; route by the same subsets here (for a CanaryService: exposeVia)'));
            }
        }
    }
}
const MESH_GATEWAY = 'mesh';
function analyzeGatewayRouteBypass(model, out) {
    if (model.gatewayApiRoutes.length === 0)
        return;
    // Service FQDN → the mesh object that splits it by version.
    const splitBy = new Map();
    for (const vs of model.virtualServices) {
        const gateways = (0, resource_1.asArray)(vs.spec.gateways).map(resource_1.asString);
        if (gateways.length > 0 && !gateways.includes(MESH_GATEWAY))
            continue;
        const hosts = new Set((0, resource_1.asArray)(vs.spec.hosts).map((h) => (0, hosts_1.toFqdn)(vs.ns, (0, resource_1.asString)(h))));
        for (const { destination } of httpDestinations(vs.spec)) {
            const fqdn = (0, hosts_1.toFqdn)(vs.ns, (0, resource_1.asString)(destination.host));
            if ((0, resource_1.asString)(destination.subset) && hosts.has(fqdn) && !splitBy.has(fqdn))
                splitBy.set(fqdn, vs);
        }
    }
    for (const route of model.gatewayApiRoutes) {
        for (const parent of (0, gateway_api_model_1.parentRefsOf)(route)) {
            if (!(0, gateway_api_model_1.isServiceRef)(parent))
                continue;
            const elsewhere = (0, gateway_api_model_1.backendRefsOf)(route).some((b) => !(0, gateway_api_model_1.isServiceRef)(b) || b.name !== parent.name || b.namespace !== parent.namespace);
            const fqdn = (0, hosts_1.toFqdn)(parent.namespace, parent.name);
            if (elsewhere && !splitBy.has(fqdn))
                splitBy.set(fqdn, route);
        }
    }
    if (splitBy.size === 0)
        return;
    for (const route of model.gatewayApiRoutes) {
        if (!(0, gateway_api_model_1.parentRefsOf)(route).some((p) => p.group === gateway_api_model_1.GATEWAY_API_GROUP && p.kind === 'Gateway'))
            continue;
        for (const backend of (0, gateway_api_model_1.backendRefsOf)(route)) {
            const splitter = (0, gateway_api_model_1.isServiceRef)(backend) ? splitBy.get((0, hosts_1.toFqdn)(backend.namespace, backend.name)) : undefined;
            if (!splitter)
                continue;
            out.push(route.finding(codes_1.GATEWAY_ROUTE_BYPASSES_MESH_SPLIT, backend.path, `Service ${backend.namespace}/${backend.name} is split by version in the mesh (${splitter.origin}), but this ` +
                "route is attached to a Gateway: the gateway applies only its own rules and balances these requests over every " +
                "version's pods; route to the versions here as the mesh does (for a CanaryService: exposeVia)"));
        }
    }
}
//# sourceMappingURL=ingress-subsets.js.map