/**
 * Every code a finding can carry, declared once: Istio's own codes (same code, name and level as `istioctl analyze`
 * 1.30) where Istio has the check, and this project's codes (`CDK8SISTIO-0xx`, `CKI000x`) where it has none.
 * Producers import their code from here and never write one as text: two areas once picked the same number in
 * parallel, and test/validation/finding-codes.test.ts (uniqueness, a scan of src/, the generated docs/codes.md)
 * keeps that from happening again.
 */
import { Severity } from './finding';

/** Which part of the project reports a code (docs/codes.md groups the codes by it). */
export enum CodeArea {
  /** Per-object checks of Istio kinds: CRD schema + CEL (src/validation/schema) and istiod's webhook (src/validation/webhook). */
  ISTIO_OBJECT = 'istio-object',
  /** Cross-object mesh analysis (src/validation/analysis). */
  ANALYSIS = 'analysis',
  /** CRD schema + CEL of the other custom resource families (Gateway API, Flagger, Argo Rollouts). */
  CRD = 'crd',
  /** The API server's own rules for Kubernetes core kinds (src/validation/kubernetes). */
  KUBERNETES = 'kubernetes',
  /** What istiod refuses in Gateway API objects (src/validation/gateway-api). */
  GATEWAY_API = 'gateway-api',
  /** The target Istio release (src/shared/istio-version.ts, src/validation/version-gates.ts). */
  ISTIO_VERSION = 'istio-version',
}

export interface FindingCode {
  readonly code: string;
  /** Istio's analyzer name for the code, or this project's name in the same style (the short title). */
  readonly name: string;
  /** The level the code is reported at. */
  readonly severity: Severity;
  /** Lower levels the code is also reported at, when the inputs show less (e.g. a warning instead of an error). */
  readonly otherSeverities: readonly Severity[];
  readonly area: CodeArea;
}

const ALL: FindingCode[] = [];

function code(id: string, name: string, severity: Severity, area: CodeArea, ...otherSeverities: Severity[]): FindingCode {
  const entry: FindingCode = { code: id, name, severity, otherSeverities, area };
  ALL.push(entry);
  return entry;
}

// Per-object validation of Istio kinds, as `istioctl analyze` reports istiod's validation: both the schema and the
// webhook layer use IST0106/IST0133 (a finding's `layer` tells which one found the problem).
export const SCHEMA_VALIDATION_ERROR = code('IST0106', 'SchemaValidationError', Severity.ERROR, CodeArea.ISTIO_OBJECT);
export const SCHEMA_WARNING = code('IST0133', 'SchemaWarning', Severity.WARNING, CodeArea.ISTIO_OBJECT);
export const VIRTUAL_SERVICE_UNREACHABLE_RULE =
  code('IST0130', 'VirtualServiceUnreachableRule', Severity.WARNING, CodeArea.ISTIO_OBJECT);
export const VIRTUAL_SERVICE_INEFFECTIVE_MATCH =
  code('IST0131', 'VirtualServiceIneffectiveMatch', Severity.INFO, CodeArea.ISTIO_OBJECT);

// Kinds Istio does not own: Istio's analyzers have no codes for them.
/** The API server's CRD validation (schema + CEL) of Gateway API, Flagger and Argo Rollouts objects. */
export const CRD_VALIDATION_ERROR = code('CKI0001', 'CrdValidationError', Severity.ERROR, CodeArea.CRD);
/** The API server's own validation of Kubernetes core kinds (Deployment, Service, …). */
export const KUBERNETES_VALIDATION_ERROR = code('CKI0002', 'KubernetesValidationError', Severity.ERROR, CodeArea.KUBERNETES);
/** What istiod refuses in a Gateway API object that the CRD accepts (the route or listener is not programmed); what it ignores is a warning. */
export const GATEWAY_API_REJECTED_BY_ISTIO =
  code('CKI0003', 'GatewayApiRejectedByIstio', Severity.ERROR, CodeArea.GATEWAY_API, Severity.WARNING);

// Cross-object analysis: Istio's analyzers.
export const REFERENCED_RESOURCE_NOT_FOUND = code('IST0101', 'ReferencedResourceNotFound', Severity.ERROR, CodeArea.ANALYSIS);
export const NAMESPACE_NOT_INJECTED = code('IST0102', 'NamespaceNotInjected', Severity.INFO, CodeArea.ANALYSIS);
export const POD_MISSING_PROXY = code('IST0103', 'PodMissingProxy', Severity.WARNING, CodeArea.ANALYSIS);
export const MISPLACED_ANNOTATION = code('IST0107', 'MisplacedAnnotation', Severity.WARNING, CodeArea.ANALYSIS);
export const UNKNOWN_ANNOTATION = code('IST0108', 'UnknownAnnotation', Severity.WARNING, CodeArea.ANALYSIS);
export const CONFLICTING_MESH_GATEWAY_VIRTUAL_SERVICE_HOSTS =
  code('IST0109', 'ConflictingMeshGatewayVirtualServiceHosts', Severity.ERROR, CodeArea.ANALYSIS);
export const CONFLICTING_SIDECAR_WORKLOAD_SELECTORS =
  code('IST0110', 'ConflictingSidecarWorkloadSelectors', Severity.ERROR, CodeArea.ANALYSIS);
export const MULTIPLE_SIDECARS_WITHOUT_WORKLOAD_SELECTORS =
  code('IST0111', 'MultipleSidecarsWithoutWorkloadSelectors', Severity.ERROR, CodeArea.ANALYSIS);
export const VIRTUAL_SERVICE_DESTINATION_PORT_SELECTOR_REQUIRED =
  code('IST0112', 'VirtualServiceDestinationPortSelectorRequired', Severity.ERROR, CodeArea.ANALYSIS);
export const DEPLOYMENT_ASSOCIATED_TO_MULTIPLE_SERVICES =
  code('IST0116', 'DeploymentAssociatedToMultipleServices', Severity.WARNING, CodeArea.ANALYSIS);
export const PORT_NAME_IS_NOT_UNDER_NAMING_CONVENTION =
  code('IST0118', 'PortNameIsNotUnderNamingConvention', Severity.INFO, CodeArea.ANALYSIS);
export const NAMESPACE_MULTIPLE_INJECTION_LABELS =
  code('IST0123', 'NamespaceMultipleInjectionLabels', Severity.WARNING, CodeArea.ANALYSIS);
export const NO_MATCHING_WORKLOADS_FOUND = code('IST0127', 'NoMatchingWorkloadsFound', Severity.WARNING, CodeArea.ANALYSIS);
export const VIRTUAL_SERVICE_HOST_NOT_FOUND_IN_GATEWAY =
  code('IST0132', 'VirtualServiceHostNotFoundInGateway', Severity.WARNING, CodeArea.ANALYSIS);
export const DEPRECATED_ANNOTATION = code('IST0135', 'DeprecatedAnnotation', Severity.INFO, CodeArea.ANALYSIS);
export const ALPHA_ANNOTATION = code('IST0136', 'AlphaAnnotation', Severity.INFO, CodeArea.ANALYSIS);
export const DEPLOYMENT_CONFLICTING_PORTS = code('IST0137', 'DeploymentConflictingPorts', Severity.WARNING, CodeArea.ANALYSIS);
export const INGRESS_ROUTE_RULES_NOT_AFFECTED =
  code('IST0140', 'IngressRouteRulesNotAffected', Severity.WARNING, CodeArea.ANALYSIS);
export const NAMESPACE_INJECTION_ENABLED_BY_DEFAULT =
  code('IST0148', 'NamespaceInjectionEnabledByDefault', Severity.INFO, CodeArea.ANALYSIS);
export const INVALID_TELEMETRY_PROVIDER = code('IST0157', 'InvalidTelemetryProvider', Severity.WARNING, CodeArea.ANALYSIS);
export const CONFLICTING_TELEMETRY_WORKLOAD_SELECTORS =
  code('IST0159', 'ConflictingTelemetryWorkloadSelectors', Severity.ERROR, CodeArea.ANALYSIS);
export const MULTIPLE_TELEMETRIES_WITHOUT_WORKLOAD_SELECTORS =
  code('IST0160', 'MultipleTelemetriesWithoutWorkloadSelectors', Severity.ERROR, CodeArea.ANALYSIS);
export const INEFFECTIVE_POLICY = code('IST0167', 'IneffectivePolicy', Severity.WARNING, CodeArea.ANALYSIS);
export const DESTINATION_RULE_SUBSET_NOT_SELECT_PODS =
  code('IST0173', 'DestinationRuleSubsetNotSelectPods', Severity.ERROR, CodeArea.ANALYSIS);
export const UNKNOWN_DESTINATION_RULE_HOST = code('IST0174', 'UnknownDestinationRuleHost', Severity.WARNING, CodeArea.ANALYSIS);

// Cross-object analysis: this project's own checks, mistakes Istio accepts silently or has no analyzer for.
export const STRICT_MTLS_DISABLED_BY_DESTINATION_RULE =
  code('CDK8SISTIO-001', 'StrictMtlsDisabledByDestinationRule', Severity.ERROR, CodeArea.ANALYSIS);
// An error, not a warning: in a namespace declared STRICT, a workload without a sidecar is neither protected by
// mTLS nor able to reach its STRICT peers (its plaintext calls are refused), which defeats the namespace's purpose.
export const STRICT_NAMESPACE_WORKLOAD_WITHOUT_PROXY =
  code('CDK8SISTIO-002', 'StrictNamespaceWorkloadWithoutProxy', Severity.ERROR, CodeArea.ANALYSIS);
export const MULTIPLE_NAMESPACE_WIDE_PEER_AUTHENTICATIONS =
  code('CDK8SISTIO-003', 'MultipleNamespaceWidePeerAuthentications', Severity.ERROR, CodeArea.ANALYSIS);
export const PARTIAL_PROXY_RESOURCE_ANNOTATIONS =
  code('CDK8SISTIO-004', 'PartialProxyResourceAnnotations', Severity.WARNING, CodeArea.ANALYSIS);
export const MISPLACED_INJECTION_LABEL = code('CDK8SISTIO-005', 'MisplacedInjectionLabel', Severity.WARNING, CodeArea.ANALYSIS);
export const UNKNOWN_PROXY_CONFIG_FIELD = code('CDK8SISTIO-006', 'UnknownProxyConfigField', Severity.WARNING, CodeArea.ANALYSIS);
export const UNKNOWN_MESH_CONFIG_FIELD = code('CDK8SISTIO-007', 'UnknownMeshConfigField', Severity.WARNING, CodeArea.ANALYSIS);
export const INEFFECTIVE_PROXY_METADATA = code('CDK8SISTIO-008', 'IneffectiveProxyMetadata', Severity.WARNING, CodeArea.ANALYSIS);
export const INVALID_PROXY_CONFIG_ANNOTATION =
  code('CDK8SISTIO-009', 'InvalidProxyConfigAnnotation', Severity.ERROR, CodeArea.ANALYSIS);
/** An error when the inputs hold the mesh config; reported as a warning when they do not (it may be defined elsewhere). */
export const UNKNOWN_TELEMETRY_PROVIDER =
  code('CDK8SISTIO-010', 'UnknownTelemetryProvider', Severity.ERROR, CodeArea.ANALYSIS, Severity.WARNING);
// An error: the inputs show a caller whose plaintext requests a STRICT namespace refuses, so those calls fail.
export const STRICT_SERVICE_CALLED_FROM_OUTSIDE_MESH =
  code('CDK8SISTIO-011', 'StrictServiceCalledFromOutsideMesh', Severity.ERROR, CodeArea.ANALYSIS);
// Ambient and Gateway API routing (GATEWAY-API-FACTS §2, §3): Istio accepts these and routes wrongly or not at all.
export const L7_ROUTING_WITHOUT_WAYPOINT = code('CDK8SISTIO-020', 'L7RoutingWithoutWaypoint', Severity.ERROR, CodeArea.ANALYSIS);
export const VIRTUAL_SERVICE_AND_HTTP_ROUTE_FOR_HOST =
  code('CDK8SISTIO-021', 'VirtualServiceAndHTTPRouteForSameHost', Severity.ERROR, CodeArea.ANALYSIS);
export const SERVICE_PARENT_REF_GROUP =
  code('CDK8SISTIO-022', 'ServiceParentRefWithoutCoreGroup', Severity.ERROR, CodeArea.ANALYSIS);
// IST0140's Gateway API counterpart, which Istio has no analyzer for.
export const GATEWAY_ROUTE_BYPASSES_MESH_SPLIT =
  code('CDK8SISTIO-030', 'GatewayRouteBypassesMeshSplit', Severity.WARNING, CodeArea.ANALYSIS);

// The target Istio release (context `istioVersion`, CLI `--istio-version`).
/** The requested release is newer than this library's rules: checked with the newest ones. */
export const ISTIO_VERSION_NEWER_THAN_SUPPORTED =
  code('CDK8SISTIO-040', 'IstioVersionNewerThanSupported', Severity.WARNING, CodeArea.ISTIO_VERSION);
/** A field the target release does not have yet (istiod would drop it silently). */
export const FIELD_NEWER_THAN_TARGET = code('CDK8SISTIO-041', 'FieldNewerThanTarget', Severity.ERROR, CodeArea.ISTIO_VERSION);

// Progressive delivery (PROGRESSIVE-DELIVERY-FACTS §1.4, §2.3-2.5): the controllers accept these and stall or rewrite.
export const DELIVERY_REFERENCE_NOT_FOUND =
  code('CDK8SISTIO-050', 'DeliveryReferenceNotFound', Severity.ERROR, CodeArea.ANALYSIS);
export const ARGO_REWRITES_ROUTE = code('CDK8SISTIO-051', 'ArgoRewritesRoute', Severity.WARNING, CodeArea.ANALYSIS);

/** Every registered code, in declaration order. */
export const FINDING_CODES: readonly FindingCode[] = ALL;

/** The analysis layer's codes, Istio's first, in the order docs/analysis.md lists them. */
export const ANALYSIS_CODES: readonly FindingCode[] = ALL.filter((c) => c.area === CodeArea.ANALYSIS);
