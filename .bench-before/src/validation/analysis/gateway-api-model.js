"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GatewayApiModel = exports.GATEWAY_API_GROUP = void 0;
exports.parentRefsOf = parentRefsOf;
exports.backendRefsOf = backendRefsOf;
exports.isServiceRef = isServiceRef;
/**
 * Gateway API objects as analyzers read them: route parentRefs and backendRefs with the CRD defaults applied
 * (a parentRef without group/kind is a Gateway; a backendRef without them is a Service), and ambient waypoints
 * (Gateways of class `istio-waypoint`) with the Services and namespaces that use them.
 */
const hosts_1 = require("./hosts");
const namespaces_1 = require("./namespaces");
const resource_1 = require("./resource");
const istio_names_1 = require("../util/istio-names");
exports.GATEWAY_API_GROUP = 'gateway.networking.k8s.io';
/** `istio.io/use-waypoint-namespace`: the namespace of the waypoint named by use-waypoint. */
const USE_WAYPOINT_NAMESPACE_LABEL = 'istio.io/use-waypoint-namespace';
function parentRefsOf(route) {
    return (0, resource_1.asArray)(route.spec.parentRefs).map((p, i) => refOf(route, (0, resource_1.asObject)(p), exports.GATEWAY_API_GROUP, 'Gateway', `spec.parentRefs[${i}]`));
}
function backendRefsOf(route) {
    const out = [];
    (0, resource_1.asArray)(route.spec.rules).forEach((rule, i) => {
        (0, resource_1.asArray)((0, resource_1.asObject)(rule).backendRefs).forEach((b, j) => {
            out.push(refOf(route, (0, resource_1.asObject)(b), '', 'Service', `spec.rules[${i}].backendRefs[${j}]`));
        });
    });
    return out;
}
function refOf(route, ref, group, kind, path) {
    return {
        group: ref.group === undefined ? group : (0, resource_1.asString)(ref.group),
        groupDefaulted: ref.group === undefined,
        kind: (0, resource_1.asString)(ref.kind) || kind,
        name: (0, resource_1.asString)(ref.name),
        namespace: (0, resource_1.asString)(ref.namespace) || route.ns,
        port: typeof ref.port === 'number' ? ref.port : undefined,
        path,
    };
}
/** Whether a ref is Istio's Service parent (Istio looks the group up literally: only "" is the core group). */
function isServiceRef(ref) {
    return ref.group === '' && ref.kind === 'Service';
}
class GatewayApiModel {
    model;
    waypoints = new Map();
    constructor(model) {
        this.model = model;
        for (const gw of model.gatewayApiGateways) {
            if ((0, resource_1.asString)(gw.spec.gatewayClassName) === istio_names_1.WAYPOINT_GATEWAY_CLASS)
                this.waypoints.set(`${gw.ns}/${gw.name}`, gw);
        }
    }
    /** Routes with at least one Service parent. */
    get meshRoutes() {
        return this.model.gatewayApiRoutes.filter((r) => parentRefsOf(r).some(isServiceRef));
    }
    /**
     * For a Service in an ambient namespace (per its Namespace object in the inputs): the waypoint it uses, or why
     * it has none there (no use-waypoint label on it or its Namespace, `none`, or a waypoint the inputs lack).
     */
    waypointOf(service) {
        const namespace = this.model.namespaces.get(service.ns);
        if (!namespace || (0, namespaces_1.meshModeOf)(namespace.labels) !== namespaces_1.MeshMode.AMBIENT)
            return { state: 'not-ambient' };
        const fromService = service.labels[istio_names_1.USE_WAYPOINT_LABEL];
        const owner = fromService !== undefined ? service : namespace;
        const name = owner.labels[istio_names_1.USE_WAYPOINT_LABEL];
        if (name === undefined)
            return { state: 'missing', reason: `neither the Service nor Namespace "${service.ns}" carries '${istio_names_1.USE_WAYPOINT_LABEL}'` };
        if (name === 'none')
            return { state: 'missing', reason: `${owner === service ? 'the Service' : `Namespace "${service.ns}"`} opts out with '${istio_names_1.USE_WAYPOINT_LABEL}: none'` };
        const waypointNs = owner.labels[USE_WAYPOINT_NAMESPACE_LABEL] || service.ns;
        const waypoint = this.waypoints.get(`${waypointNs}/${name}`);
        if (!waypoint)
            return { state: 'missing', reason: `it uses waypoint "${waypointNs}/${name}", which is not a Gateway of class ${istio_names_1.WAYPOINT_GATEWAY_CLASS} in the inputs` };
        return { state: 'bound', waypoint };
    }
    /** The Kubernetes Service a mesh host names, if the inputs hold it. */
    serviceOfHost(namespace, host) {
        return this.model.serviceByFqdn.get((0, hosts_1.toFqdn)(namespace, host));
    }
}
exports.GatewayApiModel = GatewayApiModel;
//# sourceMappingURL=gateway-api-model.js.map