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
export declare const REFERENCED_RESOURCE_NOT_FOUND: AnalysisCode;
export declare const NAMESPACE_NOT_INJECTED: AnalysisCode;
export declare const POD_MISSING_PROXY: AnalysisCode;
export declare const MISPLACED_ANNOTATION: AnalysisCode;
export declare const CONFLICTING_MESH_GATEWAY_VIRTUAL_SERVICE_HOSTS: AnalysisCode;
export declare const CONFLICTING_SIDECAR_WORKLOAD_SELECTORS: AnalysisCode;
export declare const MULTIPLE_SIDECARS_WITHOUT_WORKLOAD_SELECTORS: AnalysisCode;
export declare const VIRTUAL_SERVICE_DESTINATION_PORT_SELECTOR_REQUIRED: AnalysisCode;
export declare const DEPLOYMENT_ASSOCIATED_TO_MULTIPLE_SERVICES: AnalysisCode;
export declare const PORT_NAME_IS_NOT_UNDER_NAMING_CONVENTION: AnalysisCode;
export declare const NAMESPACE_MULTIPLE_INJECTION_LABELS: AnalysisCode;
export declare const NO_MATCHING_WORKLOADS_FOUND: AnalysisCode;
export declare const VIRTUAL_SERVICE_HOST_NOT_FOUND_IN_GATEWAY: AnalysisCode;
export declare const ALPHA_ANNOTATION: AnalysisCode;
export declare const DEPLOYMENT_CONFLICTING_PORTS: AnalysisCode;
export declare const INGRESS_ROUTE_RULES_NOT_AFFECTED: AnalysisCode;
export declare const NAMESPACE_INJECTION_ENABLED_BY_DEFAULT: AnalysisCode;
export declare const INVALID_TELEMETRY_PROVIDER: AnalysisCode;
export declare const CONFLICTING_TELEMETRY_WORKLOAD_SELECTORS: AnalysisCode;
export declare const MULTIPLE_TELEMETRIES_WITHOUT_WORKLOAD_SELECTORS: AnalysisCode;
export declare const INEFFECTIVE_POLICY: AnalysisCode;
export declare const DESTINATION_RULE_SUBSET_NOT_SELECT_PODS: AnalysisCode;
export declare const UNKNOWN_DESTINATION_RULE_HOST: AnalysisCode;
export declare const STRICT_MTLS_DISABLED_BY_DESTINATION_RULE: AnalysisCode;
export declare const STRICT_NAMESPACE_WORKLOAD_WITHOUT_PROXY: AnalysisCode;
export declare const MULTIPLE_NAMESPACE_WIDE_PEER_AUTHENTICATIONS: AnalysisCode;
export declare const PARTIAL_PROXY_RESOURCE_ANNOTATIONS: AnalysisCode;
export declare const MISPLACED_INJECTION_LABEL: AnalysisCode;
export declare const UNKNOWN_PROXY_CONFIG_FIELD: AnalysisCode;
export declare const UNKNOWN_MESH_CONFIG_FIELD: AnalysisCode;
export declare const INEFFECTIVE_PROXY_METADATA: AnalysisCode;
export declare const INVALID_PROXY_CONFIG_ANNOTATION: AnalysisCode;
/** An error when the inputs hold the mesh config; reported as a warning when they do not (it may be defined elsewhere). */
export declare const UNKNOWN_TELEMETRY_PROVIDER: AnalysisCode;
export declare const STRICT_SERVICE_CALLED_FROM_OUTSIDE_MESH: AnalysisCode;
export declare const L7_ROUTING_WITHOUT_WAYPOINT: AnalysisCode;
export declare const VIRTUAL_SERVICE_AND_HTTP_ROUTE_FOR_HOST: AnalysisCode;
export declare const SERVICE_PARENT_REF_GROUP: AnalysisCode;
export declare const GATEWAY_ROUTE_BYPASSES_MESH_SPLIT: AnalysisCode;
export declare const DELIVERY_REFERENCE_NOT_FOUND: AnalysisCode;
export declare const ARGO_REWRITES_ROUTE: AnalysisCode;
/** All codes, Istio's first, in the order docs/analysis.md lists them. */
export declare const ANALYSIS_CODES: readonly AnalysisCode[];
