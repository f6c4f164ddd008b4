"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Waypoint = exports.WaypointTrafficType = void 0;
const cdk8s_1 = require("cdk8s");
const constructs_1 = require("constructs");
const gateway_api_json_1 = require("../routing/gateway-api-json");
const namespace_facts_1 = require("../routing/namespace-facts");
const enum_check_1 = require("../shared/enum-check");
const plain_api_object_1 = require("../shared/plain-api-object");
const prop_errors_1 = require("../shared/prop-errors");
const mesh_validation_1 = require("../synth/mesh-validation");
const istio_names_1 = require("../validation/util/istio-names");
const names_1 = require("../validation/util/names");
/** Which traffic a waypoint handles (`istio.io/waypoint-for`). */
var WaypointTrafficType;
(function (WaypointTrafficType) {
    /** Traffic addressed to Services that use the waypoint (Istio's default). */
    WaypointTrafficType["SERVICE"] = "service";
    /** Traffic addressed to pods that use the waypoint directly. */
    WaypointTrafficType["WORKLOAD"] = "workload";
    /** Both. */
    WaypointTrafficType["ALL"] = "all";
})(WaypointTrafficType || (exports.WaypointTrafficType = WaypointTrafficType = {}));
/** Istio's default waypoint name (`istioctl waypoint generate`). */
const DEFAULT_WAYPOINT_NAME = 'waypoint';
/** The HBONE listener every waypoint has; istiod refuses any other. */
const HBONE_LISTENER = { name: 'mesh', port: 15008, protocol: 'HBONE' };
/**
 * An ambient-mode waypoint: the L7 proxy (a Gateway of class `istio-waypoint`, deployed by istiod) that applies
 * HTTP routes and L7 policies for the services that use it. Services use it through the `istio.io/use-waypoint`
 * label on themselves or their Namespace (`StrictMtlsNamespace` with `waypoint: true` does both in one go).
 * A CanaryService created after this in the same namespace labels its Services when the Namespace does not.
 */
class Waypoint extends constructs_1.Construct {
    /** The Gateway's (and the waypoint workload's) name. */
    name;
    /** The namespace the waypoint runs in. */
    namespace;
    trafficType;
    /** The Gateway object. */
    gateway;
    constructor(scope, id, props = {}) {
        super(scope, id);
        mesh_validation_1.MeshValidation.enable(this);
        this.name = props.name ?? DEFAULT_WAYPOINT_NAME;
        const errors = prop_errors_1.PropErrors.forConstruct('Waypoint', id);
        const nameError = typeof this.name === 'string' ? (0, names_1.dns1123LabelError)(this.name) : 'must be a string';
        if (nameError)
            throw errors.invalid('name', nameError);
        if (this.name === 'none')
            throw errors.mustBe('name', "a name other than 'none' (Istio reserves it for opting out)", this.name);
        const namespace = props.namespace ?? cdk8s_1.Chart.of(this).namespace;
        if (namespace === undefined)
            throw errors.mustBe('namespace', "set (the chart has no namespace)", namespace);
        const nsError = typeof namespace === 'string' ? (0, names_1.dns1123LabelError)(namespace) : 'must be a string';
        if (nsError)
            throw errors.invalid('namespace', nsError);
        this.namespace = namespace;
        this.trafficType = props.trafficType ?? WaypointTrafficType.SERVICE;
        if (!(0, enum_check_1.isEnumValue)(WaypointTrafficType, this.trafficType)) {
            throw errors.mustBe('trafficType', (0, enum_check_1.enumChoices)('WaypointTrafficType', WaypointTrafficType), this.trafficType);
        }
        const spec = { gatewayClassName: istio_names_1.WAYPOINT_GATEWAY_CLASS, listeners: [{ ...HBONE_LISTENER }] };
        this.gateway = (0, plain_api_object_1.plainApiObject)(this, 'Gateway', gateway_api_json_1.GATEWAY_GVK, {
            metadata: { name: this.name, namespace: this.namespace, labels: { [istio_names_1.WAYPOINT_FOR_LABEL]: this.trafficType } },
            spec,
        });
        if (this.trafficType !== WaypointTrafficType.WORKLOAD)
            (0, namespace_facts_1.recordNamespaceFacts)(this, this.namespace, { waypoint: this.name });
    }
    /** The waypoint's mTLS identity (its ServiceAccount is named like the Gateway). */
    principal(trustDomain) {
        return `${trustDomain}/ns/${this.namespace}/sa/${this.name}`;
    }
}
exports.Waypoint = Waypoint;
//# sourceMappingURL=waypoint.js.map