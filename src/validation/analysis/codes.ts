/**
 * Every code the analysis layer reports: Istio's own analyzer codes (same code, name and level as
 * `istioctl analyze` 1.30) where Istio has the check, and this project's codes where it has none.
 * docs/analysis.md lists the same table for users.
 */
import { Severity } from '../finding';

export interface AnalysisCode {
  readonly code: string;
  readonly name: string;
  readonly severity: Severity;
}

function code(id: string, name: string, severity: Severity): AnalysisCode {
  return { code: id, name, severity };
}

export const REFERENCED_RESOURCE_NOT_FOUND = code('IST0101', 'ReferencedResourceNotFound', Severity.ERROR);
export const NAMESPACE_NOT_INJECTED = code('IST0102', 'NamespaceNotInjected', Severity.INFO);
export const POD_MISSING_PROXY = code('IST0103', 'PodMissingProxy', Severity.WARNING);
export const MISPLACED_ANNOTATION = code('IST0107', 'MisplacedAnnotation', Severity.WARNING);
export const UNKNOWN_ANNOTATION = code('IST0108', 'UnknownAnnotation', Severity.WARNING);
export const CONFLICTING_MESH_GATEWAY_VIRTUAL_SERVICE_HOSTS =
  code('IST0109', 'ConflictingMeshGatewayVirtualServiceHosts', Severity.ERROR);
export const CONFLICTING_SIDECAR_WORKLOAD_SELECTORS = code('IST0110', 'ConflictingSidecarWorkloadSelectors', Severity.ERROR);
export const MULTIPLE_SIDECARS_WITHOUT_WORKLOAD_SELECTORS =
  code('IST0111', 'MultipleSidecarsWithoutWorkloadSelectors', Severity.ERROR);
export const VIRTUAL_SERVICE_DESTINATION_PORT_SELECTOR_REQUIRED =
  code('IST0112', 'VirtualServiceDestinationPortSelectorRequired', Severity.ERROR);
export const DEPLOYMENT_ASSOCIATED_TO_MULTIPLE_SERVICES =
  code('IST0116', 'DeploymentAssociatedToMultipleServices', Severity.WARNING);
export const PORT_NAME_IS_NOT_UNDER_NAMING_CONVENTION =
  code('IST0118', 'PortNameIsNotUnderNamingConvention', Severity.INFO);
export const NAMESPACE_MULTIPLE_INJECTION_LABELS = code('IST0123', 'NamespaceMultipleInjectionLabels', Severity.WARNING);
export const NO_MATCHING_WORKLOADS_FOUND = code('IST0127', 'NoMatchingWorkloadsFound', Severity.WARNING);
export const VIRTUAL_SERVICE_HOST_NOT_FOUND_IN_GATEWAY =
  code('IST0132', 'VirtualServiceHostNotFoundInGateway', Severity.WARNING);
export const DEPRECATED_ANNOTATION = code('IST0135', 'DeprecatedAnnotation', Severity.INFO);
export const ALPHA_ANNOTATION = code('IST0136', 'AlphaAnnotation', Severity.INFO);
export const DEPLOYMENT_CONFLICTING_PORTS = code('IST0137', 'DeploymentConflictingPorts', Severity.WARNING);
export const INGRESS_ROUTE_RULES_NOT_AFFECTED = code('IST0140', 'IngressRouteRulesNotAffected', Severity.WARNING);
export const NAMESPACE_INJECTION_ENABLED_BY_DEFAULT =
  code('IST0148', 'NamespaceInjectionEnabledByDefault', Severity.INFO);
export const INVALID_TELEMETRY_PROVIDER = code('IST0157', 'InvalidTelemetryProvider', Severity.WARNING);
export const CONFLICTING_TELEMETRY_WORKLOAD_SELECTORS =
  code('IST0159', 'ConflictingTelemetryWorkloadSelectors', Severity.ERROR);
export const MULTIPLE_TELEMETRIES_WITHOUT_WORKLOAD_SELECTORS =
  code('IST0160', 'MultipleTelemetriesWithoutWorkloadSelectors', Severity.ERROR);
export const INEFFECTIVE_POLICY = code('IST0167', 'IneffectivePolicy', Severity.WARNING);
export const DESTINATION_RULE_SUBSET_NOT_SELECT_PODS =
  code('IST0173', 'DestinationRuleSubsetNotSelectPods', Severity.ERROR);
export const UNKNOWN_DESTINATION_RULE_HOST = code('IST0174', 'UnknownDestinationRuleHost', Severity.WARNING);

// This project's own checks: mistakes Istio accepts silently or has no analyzer for.
export const STRICT_MTLS_DISABLED_BY_DESTINATION_RULE =
  code('CDK8SISTIO-001', 'StrictMtlsDisabledByDestinationRule', Severity.ERROR);
// An error, not a warning: in a namespace declared STRICT, a workload without a sidecar is neither protected by
// mTLS nor able to reach its STRICT peers (its plaintext calls are refused), which defeats the namespace's purpose.
export const STRICT_NAMESPACE_WORKLOAD_WITHOUT_PROXY =
  code('CDK8SISTIO-002', 'StrictNamespaceWorkloadWithoutProxy', Severity.ERROR);
export const MULTIPLE_NAMESPACE_WIDE_PEER_AUTHENTICATIONS =
  code('CDK8SISTIO-003', 'MultipleNamespaceWidePeerAuthentications', Severity.ERROR);
export const PARTIAL_PROXY_RESOURCE_ANNOTATIONS =
  code('CDK8SISTIO-004', 'PartialProxyResourceAnnotations', Severity.WARNING);
export const MISPLACED_INJECTION_LABEL = code('CDK8SISTIO-005', 'MisplacedInjectionLabel', Severity.WARNING);
export const UNKNOWN_PROXY_CONFIG_FIELD = code('CDK8SISTIO-006', 'UnknownProxyConfigField', Severity.WARNING);
export const UNKNOWN_MESH_CONFIG_FIELD = code('CDK8SISTIO-007', 'UnknownMeshConfigField', Severity.WARNING);
export const INEFFECTIVE_PROXY_METADATA = code('CDK8SISTIO-008', 'IneffectiveProxyMetadata', Severity.WARNING);
export const INVALID_PROXY_CONFIG_ANNOTATION = code('CDK8SISTIO-009', 'InvalidProxyConfigAnnotation', Severity.ERROR);
/** An error when the inputs hold the mesh config; reported as a warning when they do not (it may be defined elsewhere). */
export const UNKNOWN_TELEMETRY_PROVIDER = code('CDK8SISTIO-010', 'UnknownTelemetryProvider', Severity.ERROR);
// An error: the inputs show a caller whose plaintext requests a STRICT namespace refuses, so those calls fail.
export const STRICT_SERVICE_CALLED_FROM_OUTSIDE_MESH =
  code('CDK8SISTIO-011', 'StrictServiceCalledFromOutsideMesh', Severity.ERROR);
// Ambient and Gateway API routing (GATEWAY-API-FACTS §2, §3): Istio accepts these and routes wrongly or not at all.
export const L7_ROUTING_WITHOUT_WAYPOINT = code('CDK8SISTIO-020', 'L7RoutingWithoutWaypoint', Severity.ERROR);
export const VIRTUAL_SERVICE_AND_HTTP_ROUTE_FOR_HOST = code('CDK8SISTIO-021', 'VirtualServiceAndHTTPRouteForSameHost', Severity.ERROR);
export const SERVICE_PARENT_REF_GROUP = code('CDK8SISTIO-022', 'ServiceParentRefWithoutCoreGroup', Severity.ERROR);
// IST0140's Gateway API counterpart, which Istio has no analyzer for.
export const GATEWAY_ROUTE_BYPASSES_MESH_SPLIT = code('CDK8SISTIO-030', 'GatewayRouteBypassesMeshSplit', Severity.WARNING);
// Progressive delivery (PROGRESSIVE-DELIVERY-FACTS §1.4, §2.3-2.5): the controllers accept these and stall or rewrite.
export const DELIVERY_REFERENCE_NOT_FOUND = code('CDK8SISTIO-050', 'DeliveryReferenceNotFound', Severity.ERROR);
export const ARGO_REWRITES_ROUTE = code('CDK8SISTIO-051', 'ArgoRewritesRoute', Severity.WARNING);

/** All codes, Istio's first, in the order docs/analysis.md lists them. */
export const ANALYSIS_CODES: readonly AnalysisCode[] = [
  REFERENCED_RESOURCE_NOT_FOUND, NAMESPACE_NOT_INJECTED, POD_MISSING_PROXY, MISPLACED_ANNOTATION, UNKNOWN_ANNOTATION,
  CONFLICTING_MESH_GATEWAY_VIRTUAL_SERVICE_HOSTS, CONFLICTING_SIDECAR_WORKLOAD_SELECTORS,
  MULTIPLE_SIDECARS_WITHOUT_WORKLOAD_SELECTORS, VIRTUAL_SERVICE_DESTINATION_PORT_SELECTOR_REQUIRED,
  DEPLOYMENT_ASSOCIATED_TO_MULTIPLE_SERVICES, PORT_NAME_IS_NOT_UNDER_NAMING_CONVENTION,
  NAMESPACE_MULTIPLE_INJECTION_LABELS, NO_MATCHING_WORKLOADS_FOUND, VIRTUAL_SERVICE_HOST_NOT_FOUND_IN_GATEWAY,
  DEPRECATED_ANNOTATION, ALPHA_ANNOTATION, DEPLOYMENT_CONFLICTING_PORTS, INGRESS_ROUTE_RULES_NOT_AFFECTED, NAMESPACE_INJECTION_ENABLED_BY_DEFAULT,
  INVALID_TELEMETRY_PROVIDER,
  CONFLICTING_TELEMETRY_WORKLOAD_SELECTORS, MULTIPLE_TELEMETRIES_WITHOUT_WORKLOAD_SELECTORS, INEFFECTIVE_POLICY,
  DESTINATION_RULE_SUBSET_NOT_SELECT_PODS, UNKNOWN_DESTINATION_RULE_HOST,
  STRICT_MTLS_DISABLED_BY_DESTINATION_RULE, STRICT_NAMESPACE_WORKLOAD_WITHOUT_PROXY,
  MULTIPLE_NAMESPACE_WIDE_PEER_AUTHENTICATIONS, PARTIAL_PROXY_RESOURCE_ANNOTATIONS, MISPLACED_INJECTION_LABEL,
  UNKNOWN_PROXY_CONFIG_FIELD, UNKNOWN_MESH_CONFIG_FIELD, INEFFECTIVE_PROXY_METADATA, INVALID_PROXY_CONFIG_ANNOTATION,
  UNKNOWN_TELEMETRY_PROVIDER, STRICT_SERVICE_CALLED_FROM_OUTSIDE_MESH,
  L7_ROUTING_WITHOUT_WAYPOINT, VIRTUAL_SERVICE_AND_HTTP_ROUTE_FOR_HOST, SERVICE_PARENT_REF_GROUP,
  GATEWAY_ROUTE_BYPASSES_MESH_SPLIT, DELIVERY_REFERENCE_NOT_FOUND, ARGO_REWRITES_ROUTE,
];
