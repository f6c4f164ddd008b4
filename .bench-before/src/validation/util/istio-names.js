"use strict";
/**
 * The Istio labels and annotations several parts of the library read or write (api@v1.30.3
 * annotation/annotations.yaml, label/labels.yaml), in one place: the constructs write them, the analysis reads them.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.GATEWAY_SERVICE_TYPE_ANNOTATION = exports.WAYPOINT_GATEWAY_CLASS = exports.WAYPOINT_FOR_LABEL = exports.INGRESS_USE_WAYPOINT_LABEL = exports.USE_WAYPOINT_LABEL = exports.PROXY_RESOURCE_ANNOTATIONS = exports.PROXY_MEMORY_LIMIT = exports.PROXY_MEMORY = exports.PROXY_CPU_LIMIT = exports.PROXY_CPU = exports.PROXY_CONFIG_ANNOTATION = exports.SIDECAR_INJECT = exports.DATAPLANE_MODE_LABEL = exports.REVISION_LABEL = exports.INJECTION_LABEL = exports.DEFAULT_ROOT_NAMESPACE = void 0;
/**
 * The namespace Istio installs into and its default mesh root namespace (`meshConfig.rootNamespace`): selector-less
 * config there is mesh-wide.
 */
exports.DEFAULT_ROOT_NAMESPACE = 'istio-system';
/** Namespace label: `enabled` injects sidecars with the default revision. */
exports.INJECTION_LABEL = 'istio-injection';
/** Namespace or pod label: the control-plane revision that injects the sidecar. */
exports.REVISION_LABEL = 'istio.io/rev';
/** Namespace or pod label: `ambient` puts pods into the ambient data plane, `none` opts a pod out. */
exports.DATAPLANE_MODE_LABEL = 'istio.io/dataplane-mode';
/** Pod label (the annotation of the same name is deprecated): `false` opts a pod out of injection. */
exports.SIDECAR_INJECT = 'sidecar.istio.io/inject';
/** Pod annotation carrying a ProxyConfig fragment (YAML or JSON) for that pod's proxy. */
exports.PROXY_CONFIG_ANNOTATION = 'proxy.istio.io/config';
/** Sidecar resource annotations: setting any of the four drops the chart defaults for all (ISTIO-FACTS §7.1). */
exports.PROXY_CPU = 'sidecar.istio.io/proxyCPU';
exports.PROXY_CPU_LIMIT = 'sidecar.istio.io/proxyCPULimit';
exports.PROXY_MEMORY = 'sidecar.istio.io/proxyMemory';
exports.PROXY_MEMORY_LIMIT = 'sidecar.istio.io/proxyMemoryLimit';
exports.PROXY_RESOURCE_ANNOTATIONS = [exports.PROXY_CPU, exports.PROXY_MEMORY, exports.PROXY_CPU_LIMIT, exports.PROXY_MEMORY_LIMIT];
/** Ambient: the waypoint that Services/pods (or a whole namespace) send their traffic through; `none` opts out. */
exports.USE_WAYPOINT_LABEL = 'istio.io/use-waypoint';
/** Ambient: with "true", ingress gateways send to the waypoint too instead of straight to the endpoints. */
exports.INGRESS_USE_WAYPOINT_LABEL = 'istio.io/ingress-use-waypoint';
/** Ambient: which traffic a waypoint handles (service, workload, all, none); absent means service. */
exports.WAYPOINT_FOR_LABEL = 'istio.io/waypoint-for';
/** The GatewayClass of ambient waypoints (istiod creates it). */
exports.WAYPOINT_GATEWAY_CLASS = 'istio-waypoint';
/** Gateway annotation that sets the type of the Service istiod deploys for a Gateway API gateway (default LoadBalancer). */
exports.GATEWAY_SERVICE_TYPE_ANNOTATION = 'networking.istio.io/service-type';
//# sourceMappingURL=istio-names.js.map