"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.analyzeGatewayApiRouting = analyzeGatewayApiRouting;
const codes_1 = require("./codes");
const gateway_api_model_1 = require("./gateway-api-model");
const hosts_1 = require("./hosts");
const resource_1 = require("./resource");
const istio_names_1 = require("../util/istio-names");
const MESH_GATEWAY = 'mesh';
function analyzeGatewayApiRouting(model, out) {
    const gw = new gateway_api_model_1.GatewayApiModel(model);
    for (const route of model.gatewayApiRoutes)
        checkRefs(model, route, out);
    const routedHosts = checkHttpRoutesOnAmbient(gw, out);
    for (const vs of model.virtualServices)
        checkVirtualService(gw, vs, routedHosts, out);
    for (const dr of model.destinationRules)
        checkDestinationRule(gw, dr, out);
}
function checkRefs(model, route, out) {
    for (const ref of (0, gateway_api_model_1.parentRefsOf)(route)) {
        if (ref.kind === 'Service' && ref.group !== '') {
            out.push(route.finding(codes_1.SERVICE_PARENT_REF_GROUP, `${ref.path}.group`, `parentRef to Service "${ref.name}" has group ${JSON.stringify(ref.group)}${ref.groupDefaulted ? ' (the default when group is left out)' : ''}; ` +
                "Istio only takes group \"\" (the core group) for a Service parent and skips this one silently: set group: \"\""));
            continue;
        }
        if ((0, gateway_api_model_1.isServiceRef)(ref))
            checkServiceRef(model, route, ref, 'parent', out);
    }
    for (const ref of (0, gateway_api_model_1.backendRefsOf)(route))
        if ((0, gateway_api_model_1.isServiceRef)(ref))
            checkServiceRef(model, route, ref, 'backend', out);
}
function checkServiceRef(model, route, ref, role, out) {
    const service = model.serviceByFqdn.get((0, hosts_1.toFqdn)(ref.namespace, ref.name));
    if (!service) {
        if (!model.holdsServicesOf(ref.namespace))
            return;
        out.push(route.finding(codes_1.REFERENCED_RESOURCE_NOT_FOUND, `${ref.path}.name`, `${role} Service "${ref.namespace}/${ref.name}" is not in the inputs, which hold Services of namespace "${ref.namespace}": ` +
            `fix the name or add the Service${role === 'parent' ? ' (the route would not attach: NoMatchingParent)' : ' (its share of the requests would get 500)'}`));
        return;
    }
    if (ref.port === undefined)
        return;
    const ports = (0, resource_1.asArray)(service.spec.ports).map((p) => Number((0, resource_1.asObject)(p).port));
    if (!ports.includes(ref.port)) {
        out.push(route.finding(codes_1.REFERENCED_RESOURCE_NOT_FOUND, `${ref.path}.port`, `${role} Service "${ref.namespace}/${ref.name}" does not expose port ${ref.port} (it exposes ${ports.join(', ') || 'no ports'}): use one of its ports`));
    }
}
/** Reports HTTPRoutes on ambient Services without a waypoint; returns the Service FQDN → route of every mesh route. */
function checkHttpRoutesOnAmbient(gw, out) {
    const routed = new Map();
    for (const route of gw.meshRoutes) {
        for (const ref of (0, gateway_api_model_1.parentRefsOf)(route).filter(gateway_api_model_1.isServiceRef)) {
            routed.set((0, hosts_1.toFqdn)(ref.namespace, ref.name), route);
            const service = gw.serviceOfHost(ref.namespace, ref.name);
            if (!service)
                continue;
            const use = gw.waypointOf(service);
            if (use.state !== 'missing')
                continue;
            out.push(route.finding(codes_1.L7_ROUTING_WITHOUT_WAYPOINT, ref.path, withoutWaypoint('HTTPRoute', service, use.reason)));
        }
    }
    return routed;
}
function checkVirtualService(gw, vs, routedHosts, out) {
    const gateways = (0, resource_1.asArray)(vs.spec.gateways).map(resource_1.asString);
    if (gateways.length > 0 && !gateways.includes(MESH_GATEWAY))
        return;
    (0, resource_1.asArray)(vs.spec.hosts).forEach((h, i) => {
        const route = routedHosts.get((0, hosts_1.toFqdn)(vs.ns, (0, resource_1.asString)(h)));
        if (!route)
            return;
        out.push(vs.finding(codes_1.VIRTUAL_SERVICE_AND_HTTP_ROUTE_FOR_HOST, `spec.hosts[${i}]`, `host "${(0, resource_1.asString)(h)}" is also routed by HTTPRoute "${route.ns}/${route.name}" (Service parent): sidecars and waypoints ` +
            'keep only one of them and which one is undefined; route each host with one API'));
    });
    (0, resource_1.asArray)(vs.spec.http).forEach((rule, i) => {
        (0, resource_1.asArray)((0, resource_1.asObject)(rule).route).forEach((r, j) => {
            const destination = (0, resource_1.asObject)((0, resource_1.asObject)(r).destination);
            const subset = (0, resource_1.asString)(destination.subset);
            if (!subset)
                return;
            const service = gw.serviceOfHost(vs.ns, (0, resource_1.asString)(destination.host));
            const use = service ? gw.waypointOf(service) : undefined;
            if (!service || use?.state !== 'missing')
                return;
            out.push(vs.finding(codes_1.L7_ROUTING_WITHOUT_WAYPOINT, `spec.http[${i}].route[${j}].destination.subset`, withoutWaypoint(`subset "${subset}"`, service, use.reason)));
        });
    });
}
function checkDestinationRule(gw, dr, out) {
    if ((0, resource_1.asArray)(dr.spec.subsets).length === 0)
        return;
    const service = gw.serviceOfHost(dr.ns, (0, resource_1.asString)(dr.spec.host));
    const use = service ? gw.waypointOf(service) : undefined;
    if (!service || use?.state !== 'missing')
        return;
    out.push(dr.finding(codes_1.L7_ROUTING_WITHOUT_WAYPOINT, 'spec.subsets', withoutWaypoint('its subsets', service, use.reason)));
}
function withoutWaypoint(what, service, reason) {
    return `${what} route to Service "${service.ns}/${service.name}" in an ambient namespace without a waypoint (${reason}): ` +
        `ztunnel forwards at L4 and ignores the rule, so traffic spreads over all pods; add a waypoint (a Gateway of class ` +
        `istio-waypoint) and label the Namespace or Service '${istio_names_1.USE_WAYPOINT_LABEL}: <waypoint name>'`;
}
//# sourceMappingURL=gateway-api-routing.js.map