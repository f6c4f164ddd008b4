"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IngressGateway = exports.ISTIO_GATEWAY_CLASS = exports.GatewayServiceType = void 0;
const cdk8s_1 = require("cdk8s");
const constructs_1 = require("constructs");
const allowed_routes_1 = require("./allowed-routes");
const gateway_api_json_1 = require("./gateway-api-json");
const gateway_listener_1 = require("./gateway-listener");
const version_workload_1 = require("../canary/version-workload");
const ingress_attachment_1 = require("../routing/ingress-attachment");
const enum_check_1 = require("../shared/enum-check");
const prop_errors_1 = require("../shared/prop-errors");
const plain_api_object_1 = require("../shared/plain-api-object");
const mesh_validation_1 = require("../synth/mesh-validation");
const istio_names_1 = require("../validation/util/istio-names");
const names_1 = require("../validation/util/names");
/** The type of the Service istiod creates for the gateway. */
var GatewayServiceType;
(function (GatewayServiceType) {
    /** An external load balancer (Istio's default). */
    GatewayServiceType["LOAD_BALANCER"] = "LoadBalancer";
    /** A port on every node. */
    GatewayServiceType["NODE_PORT"] = "NodePort";
    /** Reachable inside the cluster only (e.g. behind another load balancer or ingress). */
    GatewayServiceType["CLUSTER_IP"] = "ClusterIP";
})(GatewayServiceType || (exports.GatewayServiceType = GatewayServiceType = {}));
/** Gateway class whose gateways istiod deploys and programs. */
exports.ISTIO_GATEWAY_CLASS = 'istio';
/** Suffix istiod appends to the Gateway name for the Deployment and Service it creates (`<name>-<class>`). */
const DEPLOYED_SUFFIX = `-${exports.ISTIO_GATEWAY_CLASS}`;
const MAX_LISTENERS = 64;
const MAX_CERTIFICATES = 2;
const MAX_INFRASTRUCTURE_ENTRIES = 8;
const MAX_ANNOTATION_VALUE = 4096;
const DEFAULT_NAMESPACE = 'default';
const HOSTNAME = /^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/**
 * An ingress gateway that istiod deploys: a Gateway API `Gateway` of class `istio` with HTTP and HTTPS listeners.
 * Routes attach to it with a parentRef (`CanaryService.exposeVia`). A certificate Secret in another namespace gets
 * a ReferenceGrant there (without one istiod refuses the reference).
 */
class IngressGateway extends constructs_1.Construct {
    /**
     * An Istio `Gateway` (networking.istio.io) that exists already, e.g. the `istio-ingressgateway` installation's
     * (`'istio-ingress/public'`). Nothing is emitted for it; a CanaryService exposed through it binds its
     * VirtualService to `['<namespace>/<name>', 'mesh']`, so in-mesh routing stays as it was.
     */
    static fromIstioGateway(qualifiedName) {
        return ingress_attachment_1.IngressGatewayRef.fromIstioGateway(qualifiedName);
    }
    /** The Gateway's name. */
    name;
    /** The Gateway's namespace. */
    namespace;
    /** Name of the Deployment and Service istiod creates for this gateway. */
    deployedName;
    /** The listener names, in order. */
    listenerNames;
    /** The emitted Gateway. */
    gateway;
    /** One ReferenceGrant per other namespace holding certificate Secrets. */
    referenceGrants;
    constructor(scope, id, props) {
        super(scope, id);
        mesh_validation_1.MeshValidation.enable(this);
        const name = props?.name;
        const errors = prop_errors_1.PropErrors.forConstruct('IngressGateway', id);
        if (typeof name !== 'string' || !/^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(name) || name.length > 63 - DEPLOYED_SUFFIX.length) {
            throw errors.mustBe('name', `a DNS-1035 label of at most ${63 - DEPLOYED_SUFFIX.length} characters (istiod names ` +
                `the gateway's Service "<name>${DEPLOYED_SUFFIX}")`, name);
        }
        this.name = name;
        this.deployedName = `${name}${DEPLOYED_SUFFIX}`;
        if (props.namespace !== undefined) {
            const nsError = typeof props.namespace === 'string' ? (0, names_1.dns1123LabelError)(props.namespace) : 'must be a string';
            if (nsError)
                throw errors.invalid('namespace', nsError);
        }
        this.namespace = props.namespace ?? cdk8s_1.Chart.of(this).namespace ?? DEFAULT_NAMESPACE;
        const allowedRoutes = props.allowedRoutes ?? allowed_routes_1.AllowedRoutes.sameNamespace();
        checkAllowedRoutes(errors, 'allowedRoutes', allowedRoutes);
        const listeners = props.listeners ?? [gateway_listener_1.GatewayListener.http()];
        if (!Array.isArray(listeners) || listeners.length === 0 || listeners.length > MAX_LISTENERS) {
            throw errors.mustBe('listeners', `a list of 1 to ${MAX_LISTENERS} GatewayListener`, listeners);
        }
        const rendered = listeners.map((l, i) => renderListener(errors, `listeners[${i}]`, l, allowedRoutes, this.namespace));
        checkListenerSet(errors, rendered);
        this.listenerNames = rendered.map((l) => l.name);
        if (props.serviceType !== undefined && !(0, enum_check_1.isEnumValue)(GatewayServiceType, props.serviceType)) {
            throw errors.mustBe('serviceType', (0, enum_check_1.enumChoices)('GatewayServiceType', GatewayServiceType), props.serviceType);
        }
        const labels = checkInfrastructure(errors, 'infrastructureLabels', props.infrastructureLabels, true);
        const annotations = checkInfrastructure(errors, 'infrastructureAnnotations', props.infrastructureAnnotations, false);
        const spec = {
            gatewayClassName: exports.ISTIO_GATEWAY_CLASS,
            listeners: rendered,
            ...(labels || annotations ? { infrastructure: { ...(labels ? { labels } : {}), ...(annotations ? { annotations } : {}) } } : {}),
        };
        this.gateway = (0, plain_api_object_1.plainApiObject)(this, 'Gateway', gateway_api_json_1.GATEWAY_GVK, {
            metadata: {
                name,
                namespace: this.namespace,
                ...(props.serviceType ? { annotations: { [istio_names_1.GATEWAY_SERVICE_TYPE_ANNOTATION]: props.serviceType } } : {}),
            },
            spec,
        });
        this.referenceGrants = this.renderReferenceGrants(rendered);
    }
    /** Routes attach to a Gateway API gateway by parentRef (the routing interface of `CanaryService.exposeVia`). */
    gatewayApiParentRef() {
        return { name: this.name, namespace: this.namespace };
    }
    /** Not an Istio `Gateway`. */
    istioGatewayName() {
        return undefined;
    }
    renderReferenceGrants(listeners) {
        const byNamespace = new Map();
        for (const l of listeners) {
            for (const ref of l.tls?.certificateRefs ?? []) {
                if (ref.namespace === undefined || ref.namespace === this.namespace)
                    continue;
                let names = byNamespace.get(ref.namespace);
                if (!names)
                    byNamespace.set(ref.namespace, names = new Set());
                names.add(ref.name);
            }
        }
        return [...byNamespace].map(([namespace, names]) => {
            const spec = {
                from: [{ group: gateway_api_json_1.GATEWAY_API_GROUP, kind: gateway_api_json_1.GATEWAY_GVK.kind, namespace: this.namespace }],
                to: [...names].sort().map((n) => ({ group: '', kind: 'Secret', name: n })),
            };
            return (0, plain_api_object_1.plainApiObject)(this, `ReferenceGrant-${namespace}`, gateway_api_json_1.REFERENCE_GRANT_GVK, {
                metadata: { name: `${this.name}-certificates-${this.namespace}`.slice(0, 253), namespace },
                spec,
            });
        });
    }
}
exports.IngressGateway = IngressGateway;
function checkAllowedRoutes(errors, prop, value) {
    if (!(value instanceof allowed_routes_1.AllowedRoutes)) {
        throw errors.mustBe(prop, 'an AllowedRoutes (e.g. AllowedRoutes.allNamespaces())', value);
    }
    const error = value._error();
    if (error)
        throw errors.invalid(prop, error);
}
function renderListener(errors, prop, listener, gatewayRoutes, gatewayNamespace) {
    if (!(listener instanceof gateway_listener_1.GatewayListener)) {
        throw errors.mustBe(prop, 'a GatewayListener (GatewayListener.http() or GatewayListener.https({...}))', listener);
    }
    const https = listener.protocol === gateway_listener_1.ListenerProtocol.HTTPS;
    const o = listener._options;
    const name = o.name ?? (https ? 'https' : 'http');
    const nameError = typeof name === 'string' ? (0, names_1.dns1123SubdomainError)(name) : 'must be a string';
    if (nameError)
        throw errors.invalid(`${prop}.name`, nameError);
    const port = (0, prop_errors_1.checkInteger)(errors, `${prop}.port`, o.port ?? (https ? 443 : 80), 1, 65535);
    if (version_workload_1.ISTIO_RESERVED_PORTS.includes(port)) {
        throw errors.mustBe(`${prop}.port`, `a port the gateway's proxy does not use itself (not ${version_workload_1.ISTIO_RESERVED_PORTS.join(', ')})`, port);
    }
    if (o.hostname !== undefined && (typeof o.hostname !== 'string' || o.hostname.length > 253 || !HOSTNAME.test(o.hostname))) {
        throw errors.mustBe(`${prop}.hostname`, 'a lower-case DNS name, optionally starting with "*." (e.g. "billing.example.com")', o.hostname);
    }
    const routes = o.allowedRoutes ?? gatewayRoutes;
    checkAllowedRoutes(errors, `${prop}.allowedRoutes`, routes);
    return {
        name,
        port,
        protocol: listener.protocol,
        ...(o.hostname !== undefined ? { hostname: o.hostname } : {}),
        ...(https ? { tls: { mode: 'Terminate', certificateRefs: certificateRefs(errors, `${prop}.certificates`, listener._certificates, gatewayNamespace) } } : {}),
        allowedRoutes: routes._toJson(),
    };
}
function certificateRefs(errors, prop, value, gatewayNamespace) {
    if (!Array.isArray(value) || value.length === 0 || value.length > MAX_CERTIFICATES) {
        throw errors.mustBe(prop, `a list of 1 or ${MAX_CERTIFICATES} certificate Secrets (Istio takes at most two, of different key types)`, value);
    }
    return value.map((c, i) => {
        const name = c?.name;
        const nameError = typeof name === 'string' ? (0, names_1.dns1123SubdomainError)(name) : 'must be a string';
        if (nameError)
            throw errors.invalid(`${prop}[${i}].name`, nameError);
        const ns = c.namespace;
        if (ns !== undefined) {
            const nsError = typeof ns === 'string' ? (0, names_1.dns1123LabelError)(ns) : 'must be a string';
            if (nsError)
                throw errors.invalid(`${prop}[${i}].namespace`, nsError);
        }
        return { group: '', kind: 'Secret', name, ...(ns !== undefined && ns !== gatewayNamespace ? { namespace: ns } : {}) };
    });
}
/** The Gateway API's rules across listeners (CRD CEL and the ProtocolConflict condition). */
function checkListenerSet(errors, listeners) {
    const names = new Set();
    const bindings = new Set();
    const protocolOfPort = new Map();
    listeners.forEach((l, i) => {
        if (names.has(l.name))
            throw errors.mustBe(`listeners[${i}].name`, 'unique among the listeners (routes attach to a listener by name)', l.name);
        names.add(l.name);
        const binding = `${l.port}/${l.protocol}/${l.hostname ?? ''}`;
        if (bindings.has(binding)) {
            throw errors.about(`listeners[${i}]`, `repeats port ${l.port}, protocol ${l.protocol} and hostname ` +
                `${JSON.stringify(l.hostname ?? '*')} of an earlier listener; each combination must be unique`);
        }
        bindings.add(binding);
        const other = protocolOfPort.get(l.port);
        if (other !== undefined && other !== l.protocol) {
            throw errors.about(`listeners[${i}]`, `puts ${l.protocol} on port ${l.port}, which an earlier listener uses for ` +
                `${other}; listeners sharing a port must share the protocol (else the Gateway reports ProtocolConflict)`);
        }
        protocolOfPort.set(l.port, l.protocol);
    });
}
function checkInfrastructure(errors, prop, value, labels) {
    if (value === undefined)
        return undefined;
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        throw errors.mustBe(prop, 'a map of strings', value);
    const map = value;
    const keys = Object.keys(map);
    if (keys.length > MAX_INFRASTRUCTURE_ENTRIES) {
        throw errors.mustBe(prop, `at most ${MAX_INFRASTRUCTURE_ENTRIES} entries (Gateway API's limit)`, `${keys.length} entries`);
    }
    if (labels) {
        const problems = (0, names_1.labelMapErrors)(map);
        if (problems.length > 0)
            throw errors.invalid(prop, problems.join('; '));
    }
    else {
        for (const key of keys) {
            const keyError = (0, names_1.labelKeyError)(key);
            if (keyError)
                throw errors.invalid(prop, keyError);
            if (typeof map[key] !== 'string' || map[key].length > MAX_ANNOTATION_VALUE) {
                throw errors.mustBe(`${prop}["${key}"]`, `a string of at most ${MAX_ANNOTATION_VALUE} characters`, map[key]);
            }
        }
    }
    return keys.length > 0 ? { ...map } : undefined;
}
//# sourceMappingURL=ingress-gateway.js.map