"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BUILT_IN_TELEMETRY_PROVIDERS = exports.UNKNOWN_TELEMETRY_PROVIDER = exports.effectiveNamespace = exports.analysisRef = exports.ANALYSIS_CODES = void 0;
exports.analyze = analyze;
const annotations_1 = require("./annotations");
const authorization_policies_1 = require("./authorization-policies");
const callers_outside_mesh_1 = require("./callers-outside-mesh");
const deployment_services_1 = require("./deployment-services");
const destination_rules_1 = require("./destination-rules");
const destinations_1 = require("./destinations");
const gateway_api_routing_1 = require("./gateway-api-routing");
const gateway_references_1 = require("./gateway-references");
const gateways_1 = require("./gateways");
const ingress_subsets_1 = require("./ingress-subsets");
const injection_1 = require("./injection");
const mesh_host_conflicts_1 = require("./mesh-host-conflicts");
const model_1 = require("./model");
const mtls_1 = require("./mtls");
const progressive_delivery_references_1 = require("./progressive-delivery-references");
const proxy_config_1 = require("./proxy-config");
const service_ports_1 = require("./service-ports");
const sidecars_1 = require("./sidecars");
const telemetry_1 = require("./telemetry");
const telemetry_providers_1 = require("./telemetry-providers");
var codes_1 = require("./codes");
Object.defineProperty(exports, "ANALYSIS_CODES", { enumerable: true, get: function () { return codes_1.ANALYSIS_CODES; } });
var resource_1 = require("./resource");
Object.defineProperty(exports, "analysisRef", { enumerable: true, get: function () { return resource_1.analysisRef; } });
Object.defineProperty(exports, "effectiveNamespace", { enumerable: true, get: function () { return resource_1.effectiveNamespace; } });
var codes_2 = require("./codes");
Object.defineProperty(exports, "UNKNOWN_TELEMETRY_PROVIDER", { enumerable: true, get: function () { return codes_2.UNKNOWN_TELEMETRY_PROVIDER; } });
var telemetry_providers_2 = require("./telemetry-providers");
Object.defineProperty(exports, "BUILT_IN_TELEMETRY_PROVIDERS", { enumerable: true, get: function () { return telemetry_providers_2.BUILT_IN_TELEMETRY_PROVIDERS; } });
const ANALYZERS = [
    destinations_1.analyzeDestinations,
    ingress_subsets_1.analyzeIngressSubsets,
    ingress_subsets_1.analyzeGatewayRouteBypass,
    gateway_references_1.analyzeGatewayReferences,
    gateway_api_routing_1.analyzeGatewayApiRouting,
    mesh_host_conflicts_1.analyzeMeshHostConflicts,
    destination_rules_1.analyzeDestinationRules,
    service_ports_1.analyzeServicePorts,
    deployment_services_1.analyzeDeploymentServices,
    injection_1.analyzeInjection,
    sidecars_1.analyzeSidecars,
    telemetry_1.analyzeTelemetry,
    telemetry_providers_1.analyzeTelemetryProviders,
    mtls_1.analyzeMtls,
    callers_outside_mesh_1.analyzeCallersOutsideMesh,
    annotations_1.analyzeAnnotations,
    proxy_config_1.analyzeProxyConfig,
    gateways_1.analyzeGateways,
    authorization_policies_1.analyzeAuthorizationPolicies,
    progressive_delivery_references_1.analyzeProgressiveDeliveryReferences,
];
/**
 * Analyzes a set of objects together (Kubernetes and Istio, as synth or a YAML file would hold them) and
 * returns the findings, each attached to the object it is about. Objects without metadata.namespace count as
 * being in `default`, as `kubectl apply` would place them. `options.closedWorld` treats the inputs as the whole
 * cluster (`analyze --closed-world`).
 */
function analyze(objs, options = {}) {
    const model = new model_1.MeshModel(objs, options);
    const out = [];
    for (const run of ANALYZERS)
        run(model, out);
    return out;
}
//# sourceMappingURL=index.js.map