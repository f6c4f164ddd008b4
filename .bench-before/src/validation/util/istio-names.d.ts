/**
 * The Istio labels and annotations several parts of the library read or write (api@v1.30.3
 * annotation/annotations.yaml, label/labels.yaml), in one place: the constructs write them, the analysis reads them.
 */
/**
 * The namespace Istio installs into and its default mesh root namespace (`meshConfig.rootNamespace`): selector-less
 * config there is mesh-wide.
 */
export declare const DEFAULT_ROOT_NAMESPACE = "istio-system";
/** Namespace label: `enabled` injects sidecars with the default revision. */
export declare const INJECTION_LABEL = "istio-injection";
/** Namespace or pod label: the control-plane revision that injects the sidecar. */
export declare const REVISION_LABEL = "istio.io/rev";
/** Namespace or pod label: `ambient` puts pods into the ambient data plane, `none` opts a pod out. */
export declare const DATAPLANE_MODE_LABEL = "istio.io/dataplane-mode";
/** Pod label (the annotation of the same name is deprecated): `false` opts a pod out of injection. */
export declare const SIDECAR_INJECT = "sidecar.istio.io/inject";
/** Pod annotation carrying a ProxyConfig fragment (YAML or JSON) for that pod's proxy. */
export declare const PROXY_CONFIG_ANNOTATION = "proxy.istio.io/config";
/** Sidecar resource annotations: setting any of the four drops the chart defaults for all (ISTIO-FACTS §7.1). */
export declare const PROXY_CPU = "sidecar.istio.io/proxyCPU";
export declare const PROXY_CPU_LIMIT = "sidecar.istio.io/proxyCPULimit";
export declare const PROXY_MEMORY = "sidecar.istio.io/proxyMemory";
export declare const PROXY_MEMORY_LIMIT = "sidecar.istio.io/proxyMemoryLimit";
export declare const PROXY_RESOURCE_ANNOTATIONS: readonly string[];
/** Ambient: the waypoint that Services/pods (or a whole namespace) send their traffic through; `none` opts out. */
export declare const USE_WAYPOINT_LABEL = "istio.io/use-waypoint";
/** Ambient: with "true", ingress gateways send to the waypoint too instead of straight to the endpoints. */
export declare const INGRESS_USE_WAYPOINT_LABEL = "istio.io/ingress-use-waypoint";
/** Ambient: which traffic a waypoint handles (service, workload, all, none); absent means service. */
export declare const WAYPOINT_FOR_LABEL = "istio.io/waypoint-for";
/** The GatewayClass of ambient waypoints (istiod creates it). */
export declare const WAYPOINT_GATEWAY_CLASS = "istio-waypoint";
/** Gateway annotation that sets the type of the Service istiod deploys for a Gateway API gateway (default LoadBalancer). */
export declare const GATEWAY_SERVICE_TYPE_ANNOTATION = "networking.istio.io/service-type";
