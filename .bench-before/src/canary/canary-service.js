"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.CanaryService = void 0;
const cdk8s_1 = require("cdk8s");
const k8s = __importStar(require("../../imports/k8s"));
const constructs_1 = require("constructs");
const durations_1 = require("../shared/durations");
const prop_errors_1 = require("../shared/prop-errors");
const protocol_1 = require("./protocol");
const quantities_1 = require("./quantities");
const render_retries_1 = require("./render-retries");
const route_match_1 = require("./route-match");
const render_traffic_policy_1 = require("./render-traffic-policy");
const version_workload_1 = require("./version-workload");
const istio_networking_istio_io_1 = require("../../imports/istio-networking.istio.io");
const istio_renderer_1 = require("../routing/istio-renderer");
const gateway_api_renderer_1 = require("../routing/gateway-api-renderer");
const gateway_api_json_1 = require("../routing/gateway-api-json");
const ingress_attachment_1 = require("../routing/ingress-attachment");
const namespace_facts_1 = require("../routing/namespace-facts");
const routing_api_1 = require("../routing/routing-api");
const dataplane_mode_1 = require("../shared/dataplane-mode");
const enum_check_1 = require("../shared/enum-check");
const istio_version_1 = require("../shared/istio-version");
const plain_api_object_1 = require("../shared/plain-api-object");
const proxy_config_1 = require("../shared/proxy-config");
const mesh_validation_1 = require("../synth/mesh-validation");
const istio_names_1 = require("../validation/util/istio-names");
const names_1 = require("../validation/util/names");
const delivery_1 = require("../delivery/delivery");
const delivery_controller_1 = require("../delivery/delivery-controller");
const controlled_props_1 = require("../delivery/controlled-props");
const render_delivery_1 = require("../delivery/render-delivery");
const check_props_1 = require("./check-props");
/** Where `kubectl apply` puts objects of a chart without a namespace. */
const DEFAULT_NAMESPACE = 'default';
/**
 * A service with a stable and a canary version behind one Kubernetes Service, where the mesh does the split:
 * requests matching `canaryMatches` go to the canary, the rest by `canaryWeight` percent.
 *
 * Emits, in the chart's namespace: Service `<name>` (selects `app: <name>`), Deployments `<name>-<stable>`
 * and `<name>-<canary>` with a PodDisruptionBudget each (and a HorizontalPodAutoscaler each with `autoscaling`), and the routing: with RoutingApi.ISTIO, DestinationRule `<name>` (one subset per
 * version) and VirtualService `<name>`; with RoutingApi.GATEWAY_API, Services `<name>-<version>`, HTTPRoute
 * `<name>` attached to the Service, and DestinationRules `<name>-<version>` when a traffic policy is set.
 */
class CanaryService extends constructs_1.Construct {
    /** Name of the VirtualService rule that sends matching requests to the canary. */
    static MATCH_ROUTE_NAME = 'canary-match';
    /** Name of the VirtualService catch-all rule that splits by weight. */
    static SPLIT_ROUTE_NAME = 'stable-canary-split';
    /** The Service name and mesh host. */
    name;
    port;
    targetPort;
    protocol;
    canaryWeight;
    /** Percentage of stable's requests copied to the canary (0 = no mirroring). */
    canaryMirrorPercent;
    /** The stable version label / subset name. */
    stableVersion;
    /** The canary version label / subset name; undefined without a canary. */
    canaryVersion;
    canaryMatches;
    /** The Service `<name>` (undefined with Delivery.flagger(): Flagger creates it). */
    service;
    /** The Deployment `<name>-<stable version>` (undefined with a delivery controller: see `delivery`). */
    stableDeployment;
    /** The Deployment `<name>-<canary version>`; undefined without a canary. */
    canaryDeployment;
    /** The PodDisruptionBudget `<name>-<stable version>`; undefined with DisruptionBudget.none(). */
    stableDisruptionBudget;
    /** The PodDisruptionBudget `<name>-<canary version>`; undefined without a canary or with DisruptionBudget.none(). */
    canaryDisruptionBudget;
    /** The HorizontalPodAutoscaler `<name>-<stable version>`; undefined without `stable.autoscaling`. */
    stableAutoscaler;
    /** The HorizontalPodAutoscaler `<name>-<canary version>`; undefined without `canary.autoscaling`. */
    canaryAutoscaler;
    /** The retiring version label / subset name; undefined without one. */
    retiringVersion;
    /** The Deployment `<name>-<retiring version>`; undefined without one. */
    retiringDeployment;
    /** The API the routing is written in. */
    routingApi;
    /** The data plane of the service's namespace. */
    dataplane;
    /** The DestinationRule `<name>` with the version subsets (RoutingApi.ISTIO). */
    destinationRule;
    /** The VirtualService `<name>` (RoutingApi.ISTIO). */
    virtualService;
    /** The HTTPRoute `<name>` attached to the Service (RoutingApi.GATEWAY_API). */
    httpRoute;
    /** The Services `<name>-<version>` that HTTPRoutes send to (RoutingApi.GATEWAY_API, or a Gateway API ingress). */
    versionServices = [];
    /** The DestinationRules `<name>-<version>` that carry the traffic policy to the version Services. */
    versionDestinationRules = [];
    /** The controller that moves the traffic. */
    deliveryController;
    /**
     * The controller's objects (Flagger: target Deployment, Canary, MetricTemplates; Argo: Rollout,
     * AnalysisTemplate); undefined with Delivery.static().
     */
    delivery;
    errors;
    namespace;
    ingress = [];
    ingressRoutes = new Map();
    plan;
    constructor(scope, id, props) {
        super(scope, id);
        mesh_validation_1.MeshValidation.enable(this);
        const name = props?.name;
        const errors = prop_errors_1.PropErrors.forConstruct('CanaryService', id);
        const nameError = typeof name === 'string' ? (0, names_1.dns1123LabelError)(name) : 'name must be a string';
        if (nameError)
            throw errors.invalid('name', `${nameError}; it names the Service, so it must also start with a letter`);
        if (!/^[a-z]/.test(name))
            throw errors.mustBe('name', 'a DNS-1035 label starting with a letter (it names a Service)', name);
        this.name = name;
        props = (0, check_props_1.checkCanaryServiceProps)(errors, props);
        this.port = (0, prop_errors_1.checkInteger)(errors, 'port', props.port ?? 80, 1, 65535);
        this.targetPort = (0, prop_errors_1.checkInteger)(errors, 'targetPort', props.targetPort ?? this.port, 1, 65535);
        if (version_workload_1.ISTIO_RESERVED_PORTS.includes(this.targetPort)) {
            throw errors.mustBe('targetPort', `a port the sidecar does not use (not ${version_workload_1.ISTIO_RESERVED_PORTS.join(', ')})`, this.targetPort);
        }
        this.protocol = props.protocol ?? protocol_1.ServiceProtocol.HTTP;
        if (!(0, enum_check_1.isEnumValue)(protocol_1.ServiceProtocol, this.protocol)) {
            throw errors.mustBe('protocol', 'ServiceProtocol.HTTP, HTTP2, GRPC or TCP', this.protocol);
        }
        const http = isHttpProtocol(this.protocol);
        this.canaryWeight = (0, prop_errors_1.checkInteger)(errors, 'canaryWeight', props.canaryWeight ?? 0, 0, 100);
        this.canaryMirrorPercent = props.canaryMirrorPercent ?? 0;
        if (typeof this.canaryMirrorPercent !== 'number' || !(this.canaryMirrorPercent >= 0 && this.canaryMirrorPercent <= 100)) {
            throw errors.mustBe('canaryMirrorPercent', 'a number from 0 to 100', this.canaryMirrorPercent);
        }
        if (this.canaryMirrorPercent > 0 && !http)
            throw errors.mustBe('canaryMirrorPercent', '0 with protocol TCP (Istio mirrors HTTP requests only)', this.canaryMirrorPercent);
        if (this.canaryMirrorPercent > 0 && this.canaryWeight !== 0) {
            throw errors.mustBe('canaryMirrorPercent', `0 when 'canaryWeight' is not 0 (${this.canaryWeight}): Istio would also mirror the requests the canary serves`, this.canaryMirrorPercent);
        }
        if (props.serviceAccountName !== undefined) {
            const saError = typeof props.serviceAccountName === 'string' ? (0, names_1.dns1123SubdomainError)(props.serviceAccountName) : 'must be a string';
            if (saError)
                throw errors.invalid('serviceAccountName', saError);
        }
        const delivery = props.delivery ?? delivery_1.Delivery.static();
        if (!(delivery instanceof delivery_1.Delivery))
            throw errors.mustBe('delivery', 'Delivery.static(), Delivery.flagger(...) or Delivery.argoRollouts(...)', delivery);
        this.deliveryController = delivery.controller;
        const progression = delivery.controller === delivery_controller_1.DeliveryController.STATIC ? undefined : delivery._progression(errors);
        if (progression)
            (0, controlled_props_1.checkControlled)(errors, props, delivery.controller);
        const matches = props.canaryMatches ?? [];
        if (!Array.isArray(matches))
            throw errors.mustBe('canaryMatches', 'a list of RouteMatch', matches);
        matches.forEach((m, i) => {
            if (!(m instanceof route_match_1.RouteMatch))
                throw errors.mustBe(`canaryMatches[${i}]`, 'a RouteMatch (e.g. RouteMatch.header(...))', m);
            const error = m._error(http);
            if (error)
                throw errors.invalid(`canaryMatches[${i}]`, error);
        });
        this.canaryMatches = [...matches];
        if (!http && props.timeout !== undefined)
            throw errors.mustBe('timeout', `left out with protocol TCP (Istio has no TCP request timeout)`, 'a timeout');
        if (!http && props.retries !== undefined)
            throw errors.mustBe('retries', `left out with protocol TCP (Istio retries HTTP requests only)`, 'a retry policy');
        const timeoutMillis = props.timeout === undefined ? undefined : (0, durations_1.istioMillis)(errors, 'timeout', props.timeout);
        const retries = props.retries === undefined ? undefined : (0, render_retries_1.renderRetries)(errors, props.retries, istio_version_1.IstioVersion.of(this));
        const trafficPolicy = (0, render_traffic_policy_1.renderTrafficPolicy)(errors, props, http);
        const proxyAnnotations = props.proxyResources === undefined ? {} : (0, quantities_1.proxyResourceAnnotations)(errors, props.proxyResources);
        if (props.canary === undefined)
            this.checkSingleVersion(errors);
        this.errors = errors;
        this.namespace = cdk8s_1.Chart.of(this).namespace ?? DEFAULT_NAMESPACE;
        this.dataplane = this.resolveDataplane(props.dataplane);
        // Flagger (provider istio) and Argo's Istio integration both route with VirtualServices.
        this.routingApi = props.routingApi ?? (this.dataplane === dataplane_mode_1.DataplaneMode.AMBIENT && !progression ? routing_api_1.RoutingApi.GATEWAY_API : routing_api_1.RoutingApi.ISTIO);
        if (!(0, enum_check_1.isEnumValue)(routing_api_1.RoutingApi, this.routingApi))
            throw errors.mustBe('routingApi', (0, enum_check_1.enumChoices)('RoutingApi', routing_api_1.RoutingApi), this.routingApi);
        const portName = portNameFor(this.protocol);
        const ctx = { app: name, targetPort: this.targetPort, portName, serviceAccountName: props.serviceAccountName, proxyAnnotations };
        const stableAnnotations = cdk8s_1.Lazy.any({ produce: () => this.podAnnotations(stable) });
        const canaryAnnotations = cdk8s_1.Lazy.any({ produce: () => this.podAnnotations(canary) });
        const stable = (0, version_workload_1.renderVersion)(errors, { ...ctx, role: 'stable', defaultReplicas: 2 }, props.stable, stableAnnotations);
        const canary = props.canary === undefined ? undefined
            : (0, version_workload_1.renderVersion)(errors, { ...ctx, role: 'canary', defaultReplicas: 1 }, props.canary, canaryAnnotations);
        if (canary && stable.version === canary.version) {
            throw errors.mustBe('canary.version', `different from 'stable.version' (${JSON.stringify(stable.version)})`, canary.version);
        }
        this.stableVersion = stable.version;
        this.canaryVersion = canary?.version;
        const retiringAnnotations = cdk8s_1.Lazy.any({ produce: () => this.podAnnotations(retiring) });
        const retiring = props.retiring === undefined ? undefined
            : (0, version_workload_1.renderVersion)(errors, { ...ctx, role: 'retiring', defaultReplicas: 1 }, props.retiring, retiringAnnotations);
        if (retiring && [stable.version, canary?.version].includes(retiring.version)) {
            throw errors.mustBe('retiring.version', `different from the versions that get traffic (${JSON.stringify(stable.version)}` +
                `${canary ? ` and ${JSON.stringify(canary.version)}` : ''})`, retiring.version);
        }
        this.retiringVersion = retiring?.version;
        // Plain ApiObjects typed by the generated L1 types, not L1 instances: see plainApiObject for why.
        // Flagger creates the Services itself; Argo and the static routing need the one Service `<name>`.
        if (delivery.controller !== delivery_controller_1.DeliveryController.FLAGGER) {
            this.service = (0, plain_api_object_1.plainApiObject)(this, 'Service', k8s.KubeService.GVK, this.serviceJson(name, { app: name }, portName));
        }
        if (!progression) {
            const stableObjects = (0, version_workload_1.emitVersion)(this, 'Stable', stable);
            const canaryObjects = canary && (0, version_workload_1.emitVersion)(this, 'Canary', canary);
            const retiringObjects = retiring && (0, version_workload_1.emitVersion)(this, 'Retiring', retiring);
            this.stableDeployment = stableObjects.deployment;
            this.stableDisruptionBudget = stableObjects.disruptionBudget;
            this.stableAutoscaler = stableObjects.autoscaler;
            this.canaryDeployment = canaryObjects?.deployment;
            this.canaryDisruptionBudget = canaryObjects?.disruptionBudget;
            this.canaryAutoscaler = canaryObjects?.autoscaler;
            this.retiringDeployment = retiringObjects?.deployment;
        }
        this.plan = {
            service: name,
            port: this.port,
            http,
            // A retiring version has a subset (or version Service) and no route: the plan's split never names it.
            versions: [stable.version, ...(canary ? [canary.version] : []), ...(retiring ? [retiring.version] : [])],
            rules: canary && this.canaryMatches.length > 0
                ? [{ name: CanaryService.MATCH_ROUTE_NAME, matches: this.canaryMatches, version: canary.version }]
                : [],
            splitName: CanaryService.SPLIT_ROUTE_NAME,
            split: canary
                ? [{ version: stable.version, weight: 100 - this.canaryWeight }, { version: canary.version, weight: this.canaryWeight }]
                : [{ version: stable.version, weight: 100 }],
            ...(canary && this.canaryMirrorPercent > 0 ? { mirror: { version: canary.version, percent: this.canaryMirrorPercent } } : {}),
            ...(timeoutMillis !== undefined ? { timeoutMillis } : {}),
            ...(retries ? { retries } : {}),
            ...(trafficPolicy ? { trafficPolicy } : {}),
            ingress: this.ingress,
        };
        if (progression) {
            // The newest version is the controller's target: Flagger and Argo keep the running one as primary/stable.
            this.delivery = (0, render_delivery_1.renderDelivery)(this, errors, {
                plan: this.plan, portName, targetPort: this.targetPort, matches: this.canaryMatches, dataplane: this.dataplane,
                progression, namespace: this.namespace, workload: canary ?? stable, serviceLabels: () => this.serviceLabels(),
            });
            this.virtualService = this.delivery.virtualService;
            this.destinationRule = this.delivery.destinationRule;
        }
        else if (this.routingApi === routing_api_1.RoutingApi.ISTIO) {
            // Rendered at synth, so that gateways added with exposeVia() join the same objects.
            this.destinationRule = (0, plain_api_object_1.plainApiObject)(this, 'DestinationRule', istio_networking_istio_io_1.DestinationRule.GVK, { metadata: { name }, spec: cdk8s_1.Lazy.any({ produce: () => (0, istio_renderer_1.renderIstio)(this.plan).destinationRule }) });
            this.virtualService = (0, plain_api_object_1.plainApiObject)(this, 'VirtualService', istio_networking_istio_io_1.VirtualService.GVK, { metadata: { name }, spec: cdk8s_1.Lazy.any({ produce: () => (0, istio_renderer_1.renderIstio)(this.plan).virtualService }) });
        }
        else {
            const routing = (0, gateway_api_renderer_1.renderGatewayApi)(errors, this.plan);
            this.addVersionServices(portName);
            this.httpRoute = (0, plain_api_object_1.plainApiObject)(this, 'HTTPRoute', gateway_api_json_1.HTTP_ROUTE_GVK, { metadata: { name }, spec: routing.routes[0].spec });
            this.addVersionDestinationRules(routing.destinationRules);
        }
        this.node.addValidation({ validate: () => this.checkDataplane() });
    }
    /**
     * Routes requests that arrive through an ingress gateway with the same split and match rules as in the mesh.
     * For an Istio `Gateway` (RoutingApi.ISTIO), the VirtualService binds to it and to the mesh, with the host
     * names added to its hosts; for a Gateway API `Gateway`, an HTTPRoute `<name>-<gateway>` attaches to it and
     * sends to the version Services. In ambient namespaces the Services get `istio.io/ingress-use-waypoint`, so
     * ingress traffic passes through the waypoint (and its policies) too.
     */
    exposeVia(gateway, options) {
        const attachment = (0, ingress_attachment_1.checkAttachment)(this.errors, gateway, options, this.plan);
        const parent = attachment.parentRef;
        if (this.deliveryController !== delivery_controller_1.DeliveryController.STATIC)
            (0, controlled_props_1.checkControlledAttachment)(this.errors, this.deliveryController, attachment);
        if (parent) {
            const routeName = (0, gateway_api_renderer_1.ingressRouteName)(this.name, attachment);
            if (this.ingressRoutes.has(routeName)) {
                throw this.errors.about('exposeVia', `cannot attach twice to a Gateway named "${parent.name}" (HTTPRoute "${routeName}" exists)`);
            }
            const trial = (0, gateway_api_renderer_1.renderGatewayApi)(this.errors, { ...this.plan, ingress: [attachment] });
            this.addIngress(attachment);
            if (this.versionServices.length === 0) {
                // RoutingApi.ISTIO: the gateway's route sends to the version Services, which need the traffic policy too.
                this.addVersionServices(portNameFor(this.protocol));
                this.addVersionDestinationRules(trial.destinationRules);
            }
            const route = trial.routes[1];
            this.ingressRoutes.set(routeName, (0, plain_api_object_1.plainApiObject)(this, `HTTPRoute-${routeName}`, gateway_api_json_1.HTTP_ROUTE_GVK, { metadata: { name: routeName }, spec: route.spec }));
            return;
        }
        if (this.routingApi !== routing_api_1.RoutingApi.ISTIO) {
            throw this.errors.about('exposeVia', `needs a Gateway API gateway with 'routingApi' ${this.routingApi === routing_api_1.RoutingApi.GATEWAY_API ? 'RoutingApi.GATEWAY_API' : this.routingApi}: ` +
                `the Istio Gateway "${attachment.istioGateway}" would need a VirtualService next to the HTTPRoute for the same service; ` +
                "use an IngressGateway (Gateway API) or 'routingApi' RoutingApi.ISTIO");
        }
        if (this.ingress.some((a) => a.istioGateway === attachment.istioGateway)) {
            throw this.errors.about('exposeVia', `already routes through the Istio Gateway "${attachment.istioGateway}"`);
        }
        this.addIngress(attachment);
    }
    addIngress(attachment) {
        this.ingress.push(attachment);
        if (this.dataplane !== dataplane_mode_1.DataplaneMode.AMBIENT)
            return;
        // Ingress gateways bypass the waypoint unless told otherwise; its policies should see ingress traffic too.
        for (const service of [...(this.service ? [this.service] : []), ...this.versionServices])
            service.metadata.addLabel(istio_names_1.INGRESS_USE_WAYPOINT_LABEL, 'true');
    }
    /** The HTTPRoutes attached to Gateway API gateways with exposeVia(), in order. */
    get ingressHttpRoutes() {
        return [...this.ingressRoutes.values()];
    }
    checkSingleVersion(errors) {
        const without = "without a 'canary' version (add one to split traffic)";
        if (this.canaryWeight !== 0)
            throw errors.mustBe('canaryWeight', `0 ${without}`, this.canaryWeight);
        if (this.canaryMatches.length > 0)
            throw errors.mustBe('canaryMatches', `empty ${without}`, `${this.canaryMatches.length} matches`);
        if (this.canaryMirrorPercent !== 0)
            throw errors.mustBe('canaryMirrorPercent', `0 ${without}`, this.canaryMirrorPercent);
    }
    /** The data plane: the prop, else what the app's StrictMtlsNamespace for this namespace declares. */
    resolveDataplane(prop) {
        if (prop !== undefined && !(0, enum_check_1.isEnumValue)(dataplane_mode_1.DataplaneMode, prop))
            throw this.errors.mustBe('dataplane', (0, enum_check_1.enumChoices)('DataplaneMode', dataplane_mode_1.DataplaneMode), prop);
        return prop ?? (0, namespace_facts_1.namespaceFacts)(this, this.namespace).dataplane ?? dataplane_mode_1.DataplaneMode.SIDECAR;
    }
    /**
     * At synth, with the whole app known: the namespace's data plane is still the one the routing was chosen
     * for, and an ambient namespace has a waypoint (ztunnel alone routes at L4 and would ignore every rule).
     */
    checkDataplane() {
        const facts = (0, namespace_facts_1.namespaceFacts)(this, this.namespace);
        const who = this.errors.owner;
        if (facts.dataplane !== undefined && facts.dataplane !== this.dataplane) {
            return [`${who}: namespace "${this.namespace}" is ${facts.dataplane} (${facts.dataplaneSource}), but the routing was ` +
                    `chosen for ${this.dataplane}: ${this.dataplaneHint()}`];
        }
        if (this.dataplane !== dataplane_mode_1.DataplaneMode.AMBIENT)
            return [];
        if (facts.waypoint !== undefined) {
            // With Flagger there is no Service here to label: the Canary gives Flagger's Services the labels.
            if (!this.service)
                return [];
            const labelled = this.service.metadata.getLabel(istio_names_1.USE_WAYPOINT_LABEL);
            if (this.serviceWaypoint() === labelled)
                return [];
            return [`${who}: the Waypoint "${facts.waypoint}" of namespace "${this.namespace}" was added after the CanaryService, ` +
                    `so its Services do not carry '${istio_names_1.USE_WAYPOINT_LABEL}'; create the Waypoint first`];
        }
        return [`${who}: namespace "${this.namespace}" is ambient and has no waypoint, so nothing applies the ` +
                `${this.routingApi === routing_api_1.RoutingApi.ISTIO ? 'VirtualService' : 'HTTPRoute'} (ztunnel routes at L4: both versions would get ` +
                "traffic by pod count); set 'waypoint: true' on its StrictMtlsNamespace or add a Waypoint in that namespace"];
    }
    dataplaneHint() {
        return "create the StrictMtlsNamespace before the CanaryService, or set the CanaryService's 'dataplane' prop to match it";
    }
    addVersionDestinationRules(rules) {
        for (const dr of rules) {
            this.versionDestinationRules.push((0, plain_api_object_1.plainApiObject)(this, `DestinationRule-${dr.name}`, istio_networking_istio_io_1.DestinationRule.GVK, { metadata: { name: dr.name }, spec: dr.spec }));
        }
    }
    /** The Services `<name>-<version>` that Gateway API routes send to. */
    addVersionServices(portName) {
        for (const version of this.plan.versions) {
            const serviceName = (0, gateway_api_renderer_1.versionServiceName)(this.name, version);
            if (serviceName.length > 63) {
                throw this.errors.mustBe('name', `short enough that "${serviceName}" (the Service of version "${version}") has at most 63 characters`, this.name);
            }
            this.versionServices.push((0, plain_api_object_1.plainApiObject)(this, `Service-${version}`, k8s.KubeService.GVK, this.serviceJson(serviceName, { app: this.name, version }, portName)));
        }
    }
    serviceJson(name, selector, portName) {
        return {
            metadata: { name, labels: this.serviceLabels() },
            spec: {
                selector,
                ports: [{ name: portName, port: this.port, targetPort: this.targetPort, protocol: 'TCP', appProtocol: portName }],
            },
        };
    }
    /**
     * `app`, plus in ambient namespaces the waypoint labels: `istio.io/use-waypoint` when the app has a waypoint
     * for the namespace that the Namespace itself does not name, `istio.io/ingress-use-waypoint` once exposed.
     */
    serviceLabels() {
        const labels = { app: this.name };
        if (this.dataplane !== dataplane_mode_1.DataplaneMode.AMBIENT)
            return labels;
        const waypoint = this.serviceWaypoint();
        if (waypoint !== undefined)
            labels[istio_names_1.USE_WAYPOINT_LABEL] = waypoint;
        if (this.ingress.length > 0)
            labels[istio_names_1.INGRESS_USE_WAYPOINT_LABEL] = 'true';
        return labels;
    }
    /** The waypoint the Services must name themselves (undefined when the Namespace label covers them, or none). */
    serviceWaypoint() {
        const facts = (0, namespace_facts_1.namespaceFacts)(this, this.namespace);
        return facts.namespaceUsesWaypoint ? undefined : facts.waypoint;
    }
    /** Pod annotations of one version, at synth: fixed ones plus the ProxyConfig other constructs registered. */
    podAnnotations(v) {
        const fromSources = (0, proxy_config_1.proxyConfigFor)(this, cdk8s_1.Chart.of(this).namespace, v.podLabels);
        const proxyConfig = fromSources || v.proxyConfig ? { ...fromSources, ...v.proxyConfig } : undefined;
        if (!proxyConfig && Object.keys(v.staticAnnotations).length === 0)
            return undefined;
        return {
            ...v.staticAnnotations,
            ...(proxyConfig ? { [proxy_config_1.PROXY_CONFIG_ANNOTATION]: (0, proxy_config_1.renderProxyConfigAnnotation)(proxyConfig) } : {}),
        };
    }
}
exports.CanaryService = CanaryService;
/** True for the protocols Istio routes per request (header, URI, retries, timeouts). */
function isHttpProtocol(protocol) {
    return protocol !== protocol_1.ServiceProtocol.TCP;
}
/**
 * The Service port name and `appProtocol` for a protocol. Istio reads `appProtocol` first and then the port
 * name prefix; both carry the same recognised protocol name, so every Istio release and `istioctl analyze`
 * (IST0118) agree on it.
 */
function portNameFor(protocol) {
    return protocol;
}
//# sourceMappingURL=canary-service.js.map