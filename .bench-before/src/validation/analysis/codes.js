"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ANALYSIS_CODES = exports.ARGO_REWRITES_ROUTE = exports.DELIVERY_REFERENCE_NOT_FOUND = exports.GATEWAY_ROUTE_BYPASSES_MESH_SPLIT = exports.SERVICE_PARENT_REF_GROUP = exports.VIRTUAL_SERVICE_AND_HTTP_ROUTE_FOR_HOST = exports.L7_ROUTING_WITHOUT_WAYPOINT = exports.STRICT_SERVICE_CALLED_FROM_OUTSIDE_MESH = exports.UNKNOWN_TELEMETRY_PROVIDER = exports.INVALID_PROXY_CONFIG_ANNOTATION = exports.INEFFECTIVE_PROXY_METADATA = exports.UNKNOWN_MESH_CONFIG_FIELD = exports.UNKNOWN_PROXY_CONFIG_FIELD = exports.MISPLACED_INJECTION_LABEL = exports.PARTIAL_PROXY_RESOURCE_ANNOTATIONS = exports.MULTIPLE_NAMESPACE_WIDE_PEER_AUTHENTICATIONS = exports.STRICT_NAMESPACE_WORKLOAD_WITHOUT_PROXY = exports.STRICT_MTLS_DISABLED_BY_DESTINATION_RULE = exports.UNKNOWN_DESTINATION_RULE_HOST = exports.DESTINATION_RULE_SUBSET_NOT_SELECT_PODS = exports.INEFFECTIVE_POLICY = exports.MULTIPLE_TELEMETRIES_WITHOUT_WORKLOAD_SELECTORS = exports.CONFLICTING_TELEMETRY_WORKLOAD_SELECTORS = exports.INVALID_TELEMETRY_PROVIDER = exports.NAMESPACE_INJECTION_ENABLED_BY_DEFAULT = exports.INGRESS_ROUTE_RULES_NOT_AFFECTED = exports.DEPLOYMENT_CONFLICTING_PORTS = exports.ALPHA_ANNOTATION = exports.VIRTUAL_SERVICE_HOST_NOT_FOUND_IN_GATEWAY = exports.NO_MATCHING_WORKLOADS_FOUND = exports.NAMESPACE_MULTIPLE_INJECTION_LABELS = exports.PORT_NAME_IS_NOT_UNDER_NAMING_CONVENTION = exports.DEPLOYMENT_ASSOCIATED_TO_MULTIPLE_SERVICES = exports.VIRTUAL_SERVICE_DESTINATION_PORT_SELECTOR_REQUIRED = exports.MULTIPLE_SIDECARS_WITHOUT_WORKLOAD_SELECTORS = exports.CONFLICTING_SIDECAR_WORKLOAD_SELECTORS = exports.CONFLICTING_MESH_GATEWAY_VIRTUAL_SERVICE_HOSTS = exports.MISPLACED_ANNOTATION = exports.POD_MISSING_PROXY = exports.NAMESPACE_NOT_INJECTED = exports.REFERENCED_RESOURCE_NOT_FOUND = void 0;
/**
 * Every code the analysis layer reports: Istio's own analyzer codes (same code, name and level as
 * `istioctl analyze` 1.30) where Istio has the check, and this project's codes where it has none.
 * docs/analysis.md lists the same table for users.
 */
const finding_1 = require("../finding");
function code(id, name, severity) {
    return { code: id, name, severity };
}
exports.REFERENCED_RESOURCE_NOT_FOUND = code('IST0101', 'ReferencedResourceNotFound', finding_1.Severity.ERROR);
exports.NAMESPACE_NOT_INJECTED = code('IST0102', 'NamespaceNotInjected', finding_1.Severity.INFO);
exports.POD_MISSING_PROXY = code('IST0103', 'PodMissingProxy', finding_1.Severity.WARNING);
exports.MISPLACED_ANNOTATION = code('IST0107', 'MisplacedAnnotation', finding_1.Severity.WARNING);
exports.CONFLICTING_MESH_GATEWAY_VIRTUAL_SERVICE_HOSTS = code('IST0109', 'ConflictingMeshGatewayVirtualServiceHosts', finding_1.Severity.ERROR);
exports.CONFLICTING_SIDECAR_WORKLOAD_SELECTORS = code('IST0110', 'ConflictingSidecarWorkloadSelectors', finding_1.Severity.ERROR);
exports.MULTIPLE_SIDECARS_WITHOUT_WORKLOAD_SELECTORS = code('IST0111', 'MultipleSidecarsWithoutWorkloadSelectors', finding_1.Severity.ERROR);
exports.VIRTUAL_SERVICE_DESTINATION_PORT_SELECTOR_REQUIRED = code('IST0112', 'VirtualServiceDestinationPortSelectorRequired', finding_1.Severity.ERROR);
exports.DEPLOYMENT_ASSOCIATED_TO_MULTIPLE_SERVICES = code('IST0116', 'DeploymentAssociatedToMultipleServices', finding_1.Severity.WARNING);
exports.PORT_NAME_IS_NOT_UNDER_NAMING_CONVENTION = code('IST0118', 'PortNameIsNotUnderNamingConvention', finding_1.Severity.INFO);
exports.NAMESPACE_MULTIPLE_INJECTION_LABELS = code('IST0123', 'NamespaceMultipleInjectionLabels', finding_1.Severity.WARNING);
exports.NO_MATCHING_WORKLOADS_FOUND = code('IST0127', 'NoMatchingWorkloadsFound', finding_1.Severity.WARNING);
exports.VIRTUAL_SERVICE_HOST_NOT_FOUND_IN_GATEWAY = code('IST0132', 'VirtualServiceHostNotFoundInGateway', finding_1.Severity.WARNING);
exports.ALPHA_ANNOTATION = code('IST0136', 'AlphaAnnotation', finding_1.Severity.INFO);
exports.DEPLOYMENT_CONFLICTING_PORTS = code('IST0137', 'DeploymentConflictingPorts', finding_1.Severity.WARNING);
exports.INGRESS_ROUTE_RULES_NOT_AFFECTED = code('IST0140', 'IngressRouteRulesNotAffected', finding_1.Severity.WARNING);
exports.NAMESPACE_INJECTION_ENABLED_BY_DEFAULT = code('IST0148', 'NamespaceInjectionEnabledByDefault', finding_1.Severity.INFO);
exports.INVALID_TELEMETRY_PROVIDER = code('IST0157', 'InvalidTelemetryProvider', finding_1.Severity.WARNING);
exports.CONFLICTING_TELEMETRY_WORKLOAD_SELECTORS = code('IST0159', 'ConflictingTelemetryWorkloadSelectors', finding_1.Severity.ERROR);
exports.MULTIPLE_TELEMETRIES_WITHOUT_WORKLOAD_SELECTORS = code('IST0160', 'MultipleTelemetriesWithoutWorkloadSelectors', finding_1.Severity.ERROR);
exports.INEFFECTIVE_POLICY = code('IST0167', 'IneffectivePolicy', finding_1.Severity.WARNING);
exports.DESTINATION_RULE_SUBSET_NOT_SELECT_PODS = code('IST0173', 'DestinationRuleSubsetNotSelectPods', finding_1.Severity.ERROR);
exports.UNKNOWN_DESTINATION_RULE_HOST = code('IST0174', 'UnknownDestinationRuleHost', finding_1.Severity.WARNING);
// This project's own checks: mistakes Istio accepts silently or has no analyzer for.
exports.STRICT_MTLS_DISABLED_BY_DESTINATION_RULE = code('CDK8SISTIO-001', 'StrictMtlsDisabledByDestinationRule', finding_1.Severity.ERROR);
// An error, not a warning: in a namespace declared STRICT, a workload without a sidecar is neither protected by
// mTLS nor able to reach its STRICT peers (its plaintext calls are refused), which defeats the namespace's purpose.
exports.STRICT_NAMESPACE_WORKLOAD_WITHOUT_PROXY = code('CDK8SISTIO-002', 'StrictNamespaceWorkloadWithoutProxy', finding_1.Severity.ERROR);
exports.MULTIPLE_NAMESPACE_WIDE_PEER_AUTHENTICATIONS = code('CDK8SISTIO-003', 'MultipleNamespaceWidePeerAuthentications', finding_1.Severity.ERROR);
exports.PARTIAL_PROXY_RESOURCE_ANNOTATIONS = code('CDK8SISTIO-004', 'PartialProxyResourceAnnotations', finding_1.Severity.WARNING);
exports.MISPLACED_INJECTION_LABEL = code('CDK8SISTIO-005', 'MisplacedInjectionLabel', finding_1.Severity.WARNING);
exports.UNKNOWN_PROXY_CONFIG_FIELD = code('CDK8SISTIO-006', 'UnknownProxyConfigField', finding_1.Severity.WARNING);
exports.UNKNOWN_MESH_CONFIG_FIELD = code('CDK8SISTIO-007', 'UnknownMeshConfigField', finding_1.Severity.WARNING);
exports.INEFFECTIVE_PROXY_METADATA = code('CDK8SISTIO-008', 'IneffectiveProxyMetadata', finding_1.Severity.WARNING);
exports.INVALID_PROXY_CONFIG_ANNOTATION = code('CDK8SISTIO-009', 'InvalidProxyConfigAnnotation', finding_1.Severity.ERROR);
/** An error when the inputs hold the mesh config; reported as a warning when they do not (it may be defined elsewhere). */
exports.UNKNOWN_TELEMETRY_PROVIDER = code('CDK8SISTIO-010', 'UnknownTelemetryProvider', finding_1.Severity.ERROR);
// An error: the inputs show a caller whose plaintext requests a STRICT namespace refuses, so those calls fail.
exports.STRICT_SERVICE_CALLED_FROM_OUTSIDE_MESH = code('CDK8SISTIO-011', 'StrictServiceCalledFromOutsideMesh', finding_1.Severity.ERROR);
// Ambient and Gateway API routing (GATEWAY-API-FACTS §2, §3): Istio accepts these and routes wrongly or not at all.
exports.L7_ROUTING_WITHOUT_WAYPOINT = code('CDK8SISTIO-020', 'L7RoutingWithoutWaypoint', finding_1.Severity.ERROR);
exports.VIRTUAL_SERVICE_AND_HTTP_ROUTE_FOR_HOST = code('CDK8SISTIO-021', 'VirtualServiceAndHTTPRouteForSameHost', finding_1.Severity.ERROR);
exports.SERVICE_PARENT_REF_GROUP = code('CDK8SISTIO-022', 'ServiceParentRefWithoutCoreGroup', finding_1.Severity.ERROR);
// IST0140's Gateway API counterpart, which Istio has no analyzer for.
exports.GATEWAY_ROUTE_BYPASSES_MESH_SPLIT = code('CDK8SISTIO-030', 'GatewayRouteBypassesMeshSplit', finding_1.Severity.WARNING);
// Progressive delivery (PROGRESSIVE-DELIVERY-FACTS §1.4, §2.3-2.5): the controllers accept these and stall or rewrite.
exports.DELIVERY_REFERENCE_NOT_FOUND = code('CDK8SISTIO-050', 'DeliveryReferenceNotFound', finding_1.Severity.ERROR);
exports.ARGO_REWRITES_ROUTE = code('CDK8SISTIO-051', 'ArgoRewritesRoute', finding_1.Severity.WARNING);
/** All codes, Istio's first, in the order docs/analysis.md lists them. */
exports.ANALYSIS_CODES = [
    exports.REFERENCED_RESOURCE_NOT_FOUND, exports.NAMESPACE_NOT_INJECTED, exports.POD_MISSING_PROXY, exports.MISPLACED_ANNOTATION,
    exports.CONFLICTING_MESH_GATEWAY_VIRTUAL_SERVICE_HOSTS, exports.CONFLICTING_SIDECAR_WORKLOAD_SELECTORS,
    exports.MULTIPLE_SIDECARS_WITHOUT_WORKLOAD_SELECTORS, exports.VIRTUAL_SERVICE_DESTINATION_PORT_SELECTOR_REQUIRED,
    exports.DEPLOYMENT_ASSOCIATED_TO_MULTIPLE_SERVICES, exports.PORT_NAME_IS_NOT_UNDER_NAMING_CONVENTION,
    exports.NAMESPACE_MULTIPLE_INJECTION_LABELS, exports.NO_MATCHING_WORKLOADS_FOUND, exports.VIRTUAL_SERVICE_HOST_NOT_FOUND_IN_GATEWAY,
    exports.ALPHA_ANNOTATION, exports.DEPLOYMENT_CONFLICTING_PORTS, exports.INGRESS_ROUTE_RULES_NOT_AFFECTED, exports.NAMESPACE_INJECTION_ENABLED_BY_DEFAULT,
    exports.INVALID_TELEMETRY_PROVIDER,
    exports.CONFLICTING_TELEMETRY_WORKLOAD_SELECTORS, exports.MULTIPLE_TELEMETRIES_WITHOUT_WORKLOAD_SELECTORS, exports.INEFFECTIVE_POLICY,
    exports.DESTINATION_RULE_SUBSET_NOT_SELECT_PODS, exports.UNKNOWN_DESTINATION_RULE_HOST,
    exports.STRICT_MTLS_DISABLED_BY_DESTINATION_RULE, exports.STRICT_NAMESPACE_WORKLOAD_WITHOUT_PROXY,
    exports.MULTIPLE_NAMESPACE_WIDE_PEER_AUTHENTICATIONS, exports.PARTIAL_PROXY_RESOURCE_ANNOTATIONS, exports.MISPLACED_INJECTION_LABEL,
    exports.UNKNOWN_PROXY_CONFIG_FIELD, exports.UNKNOWN_MESH_CONFIG_FIELD, exports.INEFFECTIVE_PROXY_METADATA, exports.INVALID_PROXY_CONFIG_ANNOTATION,
    exports.UNKNOWN_TELEMETRY_PROVIDER, exports.STRICT_SERVICE_CALLED_FROM_OUTSIDE_MESH,
    exports.L7_ROUTING_WITHOUT_WAYPOINT, exports.VIRTUAL_SERVICE_AND_HTTP_ROUTE_FOR_HOST, exports.SERVICE_PARENT_REF_GROUP,
    exports.GATEWAY_ROUTE_BYPASSES_MESH_SPLIT, exports.DELIVERY_REFERENCE_NOT_FOUND, exports.ARGO_REWRITES_ROUTE,
];
//# sourceMappingURL=codes.js.map