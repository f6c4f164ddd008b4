import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 *
 *
 * @schema Canary
 */
export declare class Canary extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Canary"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Canary".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: CanaryProps): any;
    /**
     * Defines a "Canary" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: CanaryProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema Canary
 */
export interface CanaryProps {
    /**
     * @schema Canary#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema Canary#spec
     */
    readonly spec?: CanarySpec;
}
/**
 * Converts an object of type 'CanaryProps' to JSON representation.
 */
export declare function toJson_CanaryProps(obj: CanaryProps | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpec
 */
export interface CanarySpec {
    /**
     * @schema CanarySpec#provider
     */
    readonly provider?: CanarySpecProvider;
    /**
     * @schema CanarySpec#metricsServer
     */
    readonly metricsServer?: string;
    /**
     * @schema CanarySpec#progressDeadlineSeconds
     */
    readonly progressDeadlineSeconds?: number;
    /**
     * @schema CanarySpec#targetRef
     */
    readonly targetRef: CanarySpecTargetRef;
    /**
     * @schema CanarySpec#autoscalerRef
     */
    readonly autoscalerRef?: CanarySpecAutoscalerRef;
    /**
     * @schema CanarySpec#ingressRef
     */
    readonly ingressRef?: CanarySpecIngressRef;
    /**
     * @schema CanarySpec#routeRef
     */
    readonly routeRef?: CanarySpecRouteRef;
    /**
     * @schema CanarySpec#upstreamRef
     */
    readonly upstreamRef?: CanarySpecUpstreamRef;
    /**
     * @schema CanarySpec#service
     */
    readonly service?: CanarySpecService;
    /**
     * @schema CanarySpec#skipAnalysis
     */
    readonly skipAnalysis?: boolean;
    /**
     * @schema CanarySpec#revertOnDeletion
     */
    readonly revertOnDeletion?: boolean;
    /**
     * @schema CanarySpec#suspend
     */
    readonly suspend?: boolean;
    /**
     * @schema CanarySpec#analysis
     */
    readonly analysis: CanarySpecAnalysis;
}
/**
 * Converts an object of type 'CanarySpec' to JSON representation.
 */
export declare function toJson_CanarySpec(obj: CanarySpec | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecProvider
 */
export declare enum CanarySpecProvider {
    /** apisix */
    APISIX = "apisix",
    /** appmesh */
    APPMESH = "appmesh",
    /** appmesh:v1beta2 */
    APPMESH_V1BETA2 = "appmesh:v1beta2",
    /** contour */
    CONTOUR = "contour",
    /** gatewayapi:v1 */
    GATEWAYAPI_V1 = "gatewayapi:v1",
    /** gatewayapi:v1beta1 */
    GATEWAYAPI_V1BETA1 = "gatewayapi:v1beta1",
    /** gloo */
    GLOO = "gloo",
    /** istio */
    ISTIO = "istio",
    /** knative */
    KNATIVE = "knative",
    /** kubernetes */
    KUBERNETES = "kubernetes",
    /** kuma */
    KUMA = "kuma",
    /** linkerd */
    LINKERD = "linkerd",
    /** nginx */
    NGINX = "nginx",
    /** osm */
    OSM = "osm",
    /** skipper */
    SKIPPER = "skipper",
    /** smi:v1alpha1 */
    SMI_V1ALPHA1 = "smi:v1alpha1",
    /** smi:v1alpha2 */
    SMI_V1ALPHA2 = "smi:v1alpha2",
    /** smi:v1alpha3 */
    SMI_V1ALPHA3 = "smi:v1alpha3",
    /** traefik */
    TRAEFIK = "traefik"
}
/**
 * @schema CanarySpecTargetRef
 */
export interface CanarySpecTargetRef {
    /**
     * @schema CanarySpecTargetRef#apiVersion
     */
    readonly apiVersion: string;
    /**
     * @schema CanarySpecTargetRef#kind
     */
    readonly kind: CanarySpecTargetRefKind;
    /**
     * @schema CanarySpecTargetRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'CanarySpecTargetRef' to JSON representation.
 */
export declare function toJson_CanarySpecTargetRef(obj: CanarySpecTargetRef | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecAutoscalerRef
 */
export interface CanarySpecAutoscalerRef {
    /**
     * @schema CanarySpecAutoscalerRef#apiVersion
     */
    readonly apiVersion: string;
    /**
     * @schema CanarySpecAutoscalerRef#kind
     */
    readonly kind: CanarySpecAutoscalerRefKind;
    /**
     * @schema CanarySpecAutoscalerRef#name
     */
    readonly name: string;
    /**
     * @schema CanarySpecAutoscalerRef#primaryScalerQueries
     */
    readonly primaryScalerQueries?: {
        [key: string]: string;
    };
    /**
     * @schema CanarySpecAutoscalerRef#primaryScalerReplicas
     */
    readonly primaryScalerReplicas?: CanarySpecAutoscalerRefPrimaryScalerReplicas;
}
/**
 * Converts an object of type 'CanarySpecAutoscalerRef' to JSON representation.
 */
export declare function toJson_CanarySpecAutoscalerRef(obj: CanarySpecAutoscalerRef | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecIngressRef
 */
export interface CanarySpecIngressRef {
    /**
     * @schema CanarySpecIngressRef#apiVersion
     */
    readonly apiVersion: string;
    /**
     * @schema CanarySpecIngressRef#kind
     */
    readonly kind: CanarySpecIngressRefKind;
    /**
     * @schema CanarySpecIngressRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'CanarySpecIngressRef' to JSON representation.
 */
export declare function toJson_CanarySpecIngressRef(obj: CanarySpecIngressRef | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecRouteRef
 */
export interface CanarySpecRouteRef {
    /**
     * @schema CanarySpecRouteRef#apiVersion
     */
    readonly apiVersion: string;
    /**
     * @schema CanarySpecRouteRef#kind
     */
    readonly kind: CanarySpecRouteRefKind;
    /**
     * @schema CanarySpecRouteRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'CanarySpecRouteRef' to JSON representation.
 */
export declare function toJson_CanarySpecRouteRef(obj: CanarySpecRouteRef | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecUpstreamRef
 */
export interface CanarySpecUpstreamRef {
    /**
     * @schema CanarySpecUpstreamRef#apiVersion
     */
    readonly apiVersion: string;
    /**
     * @schema CanarySpecUpstreamRef#kind
     */
    readonly kind: CanarySpecUpstreamRefKind;
    /**
     * @schema CanarySpecUpstreamRef#name
     */
    readonly name: string;
    /**
     * @schema CanarySpecUpstreamRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'CanarySpecUpstreamRef' to JSON representation.
 */
export declare function toJson_CanarySpecUpstreamRef(obj: CanarySpecUpstreamRef | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecService
 */
export interface CanarySpecService {
    /**
     * @schema CanarySpecService#name
     */
    readonly name?: string;
    /**
     * @schema CanarySpecService#port
     */
    readonly port: number;
    /**
     * @schema CanarySpecService#portName
     */
    readonly portName?: string;
    /**
     * @schema CanarySpecService#appProtocol
     */
    readonly appProtocol?: string;
    /**
     * @schema CanarySpecService#trafficDistribution
     */
    readonly trafficDistribution?: CanarySpecServiceTrafficDistribution;
    /**
     * @schema CanarySpecService#targetPort
     */
    readonly targetPort?: any;
    /**
     * @schema CanarySpecService#portDiscovery
     */
    readonly portDiscovery?: boolean;
    /**
     * @schema CanarySpecService#headless
     */
    readonly headless?: boolean;
    /**
     * @schema CanarySpecService#timeout
     */
    readonly timeout?: string;
    /**
     * @schema CanarySpecService#backendTimeout
     */
    readonly backendTimeout?: string;
    /**
     * @schema CanarySpecService#meshName
     */
    readonly meshName?: string;
    /**
     * @schema CanarySpecService#backends
     */
    readonly backends?: string[];
    /**
     * @schema CanarySpecService#hosts
     */
    readonly hosts?: string[];
    /**
     * @schema CanarySpecService#delegation
     */
    readonly delegation?: boolean;
    /**
     * @schema CanarySpecService#match
     */
    readonly match?: CanarySpecServiceMatch[];
    /**
     * @schema CanarySpecService#retries
     */
    readonly retries?: CanarySpecServiceRetries;
    /**
     * @schema CanarySpecService#rewrite
     */
    readonly rewrite?: CanarySpecServiceRewrite;
    /**
     * @schema CanarySpecService#mirror
     */
    readonly mirror?: CanarySpecServiceMirror[];
    /**
     * @schema CanarySpecService#headers
     */
    readonly headers?: CanarySpecServiceHeaders;
    /**
     * @schema CanarySpecService#gateways
     */
    readonly gateways?: string[];
    /**
     * @schema CanarySpecService#gatewayRefs
     */
    readonly gatewayRefs?: CanarySpecServiceGatewayRefs[];
    /**
     * @schema CanarySpecService#corsPolicy
     */
    readonly corsPolicy?: CanarySpecServiceCorsPolicy;
    /**
     * @schema CanarySpecService#trafficPolicy
     */
    readonly trafficPolicy?: CanarySpecServiceTrafficPolicy;
    /**
     * @schema CanarySpecService#apex
     */
    readonly apex?: CanarySpecServiceApex;
    /**
     * @schema CanarySpecService#primary
     */
    readonly primary?: CanarySpecServicePrimary;
    /**
     * @schema CanarySpecService#canary
     */
    readonly canary?: CanarySpecServiceCanary;
    /**
     * @schema CanarySpecService#unmanagedMetadata
     */
    readonly unmanagedMetadata?: CanarySpecServiceUnmanagedMetadata;
}
/**
 * Converts an object of type 'CanarySpecService' to JSON representation.
 */
export declare function toJson_CanarySpecService(obj: CanarySpecService | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecAnalysis
 */
export interface CanarySpecAnalysis {
    /**
     * @schema CanarySpecAnalysis#interval
     */
    readonly interval?: string;
    /**
     * @schema CanarySpecAnalysis#iterations
     */
    readonly iterations?: number;
    /**
     * @schema CanarySpecAnalysis#threshold
     */
    readonly threshold?: number;
    /**
     * @schema CanarySpecAnalysis#maxWeight
     */
    readonly maxWeight?: number;
    /**
     * @schema CanarySpecAnalysis#stepWeight
     */
    readonly stepWeight?: number;
    /**
     * @schema CanarySpecAnalysis#stepWeights
     */
    readonly stepWeights?: number[];
    /**
     * @schema CanarySpecAnalysis#stepWeightPromotion
     */
    readonly stepWeightPromotion?: number;
    /**
     * @schema CanarySpecAnalysis#mirror
     */
    readonly mirror?: boolean;
    /**
     * @schema CanarySpecAnalysis#mirrorWeight
     */
    readonly mirrorWeight?: number;
    /**
     * @schema CanarySpecAnalysis#primaryReadyThreshold
     */
    readonly primaryReadyThreshold?: number;
    /**
     * @schema CanarySpecAnalysis#canaryReadyThreshold
     */
    readonly canaryReadyThreshold?: number;
    /**
     * @schema CanarySpecAnalysis#match
     */
    readonly match?: CanarySpecAnalysisMatch[];
    /**
     * @schema CanarySpecAnalysis#metrics
     */
    readonly metrics?: CanarySpecAnalysisMetrics[];
    /**
     * @schema CanarySpecAnalysis#alerts
     */
    readonly alerts?: CanarySpecAnalysisAlerts[];
    /**
     * @schema CanarySpecAnalysis#webhooks
     */
    readonly webhooks?: CanarySpecAnalysisWebhooks[];
    /**
     * @schema CanarySpecAnalysis#sessionAffinity
     */
    readonly sessionAffinity?: CanarySpecAnalysisSessionAffinity;
}
/**
 * Converts an object of type 'CanarySpecAnalysis' to JSON representation.
 */
export declare function toJson_CanarySpecAnalysis(obj: CanarySpecAnalysis | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecTargetRefKind
 */
export declare enum CanarySpecTargetRefKind {
    /** DaemonSet */
    DAEMON_SET = "DaemonSet",
    /** Deployment */
    DEPLOYMENT = "Deployment",
    /** Service */
    SERVICE = "Service"
}
/**
 * @schema CanarySpecAutoscalerRefKind
 */
export declare enum CanarySpecAutoscalerRefKind {
    /** HorizontalPodAutoscaler */
    HORIZONTAL_POD_AUTOSCALER = "HorizontalPodAutoscaler",
    /** ScaledObject */
    SCALED_OBJECT = "ScaledObject"
}
/**
 * @schema CanarySpecAutoscalerRefPrimaryScalerReplicas
 */
export interface CanarySpecAutoscalerRefPrimaryScalerReplicas {
    /**
     * @schema CanarySpecAutoscalerRefPrimaryScalerReplicas#minReplicas
     */
    readonly minReplicas?: number;
    /**
     * @schema CanarySpecAutoscalerRefPrimaryScalerReplicas#maxReplicas
     */
    readonly maxReplicas?: number;
}
/**
 * Converts an object of type 'CanarySpecAutoscalerRefPrimaryScalerReplicas' to JSON representation.
 */
export declare function toJson_CanarySpecAutoscalerRefPrimaryScalerReplicas(obj: CanarySpecAutoscalerRefPrimaryScalerReplicas | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecIngressRefKind
 */
export declare enum CanarySpecIngressRefKind {
    /** Ingress */
    INGRESS = "Ingress"
}
/**
 * @schema CanarySpecRouteRefKind
 */
export declare enum CanarySpecRouteRefKind {
    /** ApisixRoute */
    APISIX_ROUTE = "ApisixRoute"
}
/**
 * @schema CanarySpecUpstreamRefKind
 */
export declare enum CanarySpecUpstreamRefKind {
    /** Upstream */
    UPSTREAM = "Upstream"
}
/**
 * @schema CanarySpecServiceTrafficDistribution
 */
export declare enum CanarySpecServiceTrafficDistribution {
    /** PreferClose */
    PREFER_CLOSE = "PreferClose",
    /** PreferSameZone */
    PREFER_SAME_ZONE = "PreferSameZone",
    /** PreferSameNode */
    PREFER_SAME_NODE = "PreferSameNode"
}
/**
 * @schema CanarySpecServiceMatch
 */
export interface CanarySpecServiceMatch {
    /**
     * @schema CanarySpecServiceMatch#authority
     */
    readonly authority?: CanarySpecServiceMatchAuthority;
    /**
     * @schema CanarySpecServiceMatch#gateways
     */
    readonly gateways?: string[];
    /**
     * @schema CanarySpecServiceMatch#headers
     */
    readonly headers?: {
        [key: string]: CanarySpecServiceMatchHeaders;
    };
    /**
     * @schema CanarySpecServiceMatch#ignoreUriCase
     */
    readonly ignoreUriCase?: boolean;
    /**
     * @schema CanarySpecServiceMatch#method
     */
    readonly method?: CanarySpecServiceMatchMethod;
    /**
     * @schema CanarySpecServiceMatch#name
     */
    readonly name?: string;
    /**
     * @schema CanarySpecServiceMatch#port
     */
    readonly port?: number;
    /**
     * @schema CanarySpecServiceMatch#queryParams
     */
    readonly queryParams?: {
        [key: string]: CanarySpecServiceMatchQueryParams;
    };
    /**
     * @schema CanarySpecServiceMatch#scheme
     */
    readonly scheme?: CanarySpecServiceMatchScheme;
    /**
     * @schema CanarySpecServiceMatch#sourceLabels
     */
    readonly sourceLabels?: {
        [key: string]: string;
    };
    /**
     * @schema CanarySpecServiceMatch#sourceNamespace
     */
    readonly sourceNamespace?: string;
    /**
     * @schema CanarySpecServiceMatch#uri
     */
    readonly uri?: CanarySpecServiceMatchUri;
    /**
     * @schema CanarySpecServiceMatch#withoutHeaders
     */
    readonly withoutHeaders?: {
        [key: string]: CanarySpecServiceMatchWithoutHeaders;
    };
}
/**
 * Converts an object of type 'CanarySpecServiceMatch' to JSON representation.
 */
export declare function toJson_CanarySpecServiceMatch(obj: CanarySpecServiceMatch | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecServiceRetries
 */
export interface CanarySpecServiceRetries {
    /**
     * @schema CanarySpecServiceRetries#attempts
     */
    readonly attempts?: number;
    /**
     * @schema CanarySpecServiceRetries#perTryTimeout
     */
    readonly perTryTimeout?: string;
    /**
     * @schema CanarySpecServiceRetries#retryOn
     */
    readonly retryOn?: string;
}
/**
 * Converts an object of type 'CanarySpecServiceRetries' to JSON representation.
 */
export declare function toJson_CanarySpecServiceRetries(obj: CanarySpecServiceRetries | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecServiceRewrite
 */
export interface CanarySpecServiceRewrite {
    /**
     * @schema CanarySpecServiceRewrite#uri
     */
    readonly uri?: string;
    /**
     * @schema CanarySpecServiceRewrite#authority
     */
    readonly authority?: string;
    /**
     * @schema CanarySpecServiceRewrite#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'CanarySpecServiceRewrite' to JSON representation.
 */
export declare function toJson_CanarySpecServiceRewrite(obj: CanarySpecServiceRewrite | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecServiceMirror
 */
export interface CanarySpecServiceMirror {
    /**
     * @schema CanarySpecServiceMirror#backendRef
     */
    readonly backendRef?: CanarySpecServiceMirrorBackendRef;
}
/**
 * Converts an object of type 'CanarySpecServiceMirror' to JSON representation.
 */
export declare function toJson_CanarySpecServiceMirror(obj: CanarySpecServiceMirror | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecServiceHeaders
 */
export interface CanarySpecServiceHeaders {
    /**
     * @schema CanarySpecServiceHeaders#request
     */
    readonly request?: CanarySpecServiceHeadersRequest;
    /**
     * @schema CanarySpecServiceHeaders#response
     */
    readonly response?: CanarySpecServiceHeadersResponse;
}
/**
 * Converts an object of type 'CanarySpecServiceHeaders' to JSON representation.
 */
export declare function toJson_CanarySpecServiceHeaders(obj: CanarySpecServiceHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecServiceGatewayRefs
 */
export interface CanarySpecServiceGatewayRefs {
    /**
     * @schema CanarySpecServiceGatewayRefs#group
     */
    readonly group?: string;
    /**
     * @schema CanarySpecServiceGatewayRefs#kind
     */
    readonly kind?: string;
    /**
     * @schema CanarySpecServiceGatewayRefs#name
     */
    readonly name: string;
    /**
     * @schema CanarySpecServiceGatewayRefs#namespace
     */
    readonly namespace?: string;
    /**
     * @schema CanarySpecServiceGatewayRefs#sectionName
     */
    readonly sectionName?: string;
    /**
     * @schema CanarySpecServiceGatewayRefs#port
     */
    readonly port?: number;
}
/**
 * Converts an object of type 'CanarySpecServiceGatewayRefs' to JSON representation.
 */
export declare function toJson_CanarySpecServiceGatewayRefs(obj: CanarySpecServiceGatewayRefs | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecServiceCorsPolicy
 */
export interface CanarySpecServiceCorsPolicy {
    /**
     * @schema CanarySpecServiceCorsPolicy#allowCredentials
     */
    readonly allowCredentials?: boolean;
    /**
     * @schema CanarySpecServiceCorsPolicy#allowHeaders
     */
    readonly allowHeaders?: string[];
    /**
     * @schema CanarySpecServiceCorsPolicy#allowMethods
     */
    readonly allowMethods?: string[];
    /**
     * @schema CanarySpecServiceCorsPolicy#allowOrigin
     */
    readonly allowOrigin?: string[];
    /**
     * @schema CanarySpecServiceCorsPolicy#allowOrigins
     */
    readonly allowOrigins?: CanarySpecServiceCorsPolicyAllowOrigins[];
    /**
     * @schema CanarySpecServiceCorsPolicy#exposeHeaders
     */
    readonly exposeHeaders?: string[];
    /**
     * @schema CanarySpecServiceCorsPolicy#maxAge
     */
    readonly maxAge?: string;
}
/**
 * Converts an object of type 'CanarySpecServiceCorsPolicy' to JSON representation.
 */
export declare function toJson_CanarySpecServiceCorsPolicy(obj: CanarySpecServiceCorsPolicy | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecServiceTrafficPolicy
 */
export interface CanarySpecServiceTrafficPolicy {
    /**
     * @schema CanarySpecServiceTrafficPolicy#connectionPool
     */
    readonly connectionPool?: CanarySpecServiceTrafficPolicyConnectionPool;
    /**
     * @schema CanarySpecServiceTrafficPolicy#loadBalancer
     */
    readonly loadBalancer?: CanarySpecServiceTrafficPolicyLoadBalancer;
    /**
     * @schema CanarySpecServiceTrafficPolicy#outlierDetection
     */
    readonly outlierDetection?: CanarySpecServiceTrafficPolicyOutlierDetection;
    /**
     * @schema CanarySpecServiceTrafficPolicy#tls
     */
    readonly tls?: CanarySpecServiceTrafficPolicyTls;
}
/**
 * Converts an object of type 'CanarySpecServiceTrafficPolicy' to JSON representation.
 */
export declare function toJson_CanarySpecServiceTrafficPolicy(obj: CanarySpecServiceTrafficPolicy | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecServiceApex
 */
export interface CanarySpecServiceApex {
    /**
     * @schema CanarySpecServiceApex#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema CanarySpecServiceApex#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CanarySpecServiceApex' to JSON representation.
 */
export declare function toJson_CanarySpecServiceApex(obj: CanarySpecServiceApex | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecServicePrimary
 */
export interface CanarySpecServicePrimary {
    /**
     * @schema CanarySpecServicePrimary#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema CanarySpecServicePrimary#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CanarySpecServicePrimary' to JSON representation.
 */
export declare function toJson_CanarySpecServicePrimary(obj: CanarySpecServicePrimary | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecServiceCanary
 */
export interface CanarySpecServiceCanary {
    /**
     * @schema CanarySpecServiceCanary#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema CanarySpecServiceCanary#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CanarySpecServiceCanary' to JSON representation.
 */
export declare function toJson_CanarySpecServiceCanary(obj: CanarySpecServiceCanary | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecServiceUnmanagedMetadata
 */
export interface CanarySpecServiceUnmanagedMetadata {
    /**
     * @schema CanarySpecServiceUnmanagedMetadata#annotations
     */
    readonly annotations?: string[];
    /**
     * @schema CanarySpecServiceUnmanagedMetadata#labels
     */
    readonly labels?: string[];
}
/**
 * Converts an object of type 'CanarySpecServiceUnmanagedMetadata' to JSON representation.
 */
export declare function toJson_CanarySpecServiceUnmanagedMetadata(obj: CanarySpecServiceUnmanagedMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecAnalysisMatch
 */
export interface CanarySpecAnalysisMatch {
    /**
     * @schema CanarySpecAnalysisMatch#headers
     */
    readonly headers?: {
        [key: string]: CanarySpecAnalysisMatchHeaders;
    };
    /**
     * @schema CanarySpecAnalysisMatch#queryParams
     */
    readonly queryParams?: {
        [key: string]: CanarySpecAnalysisMatchQueryParams;
    };
    /**
     * @schema CanarySpecAnalysisMatch#sourceLabels
     */
    readonly sourceLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CanarySpecAnalysisMatch' to JSON representation.
 */
export declare function toJson_CanarySpecAnalysisMatch(obj: CanarySpecAnalysisMatch | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecAnalysisMetrics
 */
export interface CanarySpecAnalysisMetrics {
    /**
     * @schema CanarySpecAnalysisMetrics#name
     */
    readonly name: string;
    /**
     * @schema CanarySpecAnalysisMetrics#interval
     */
    readonly interval?: string;
    /**
     * @schema CanarySpecAnalysisMetrics#threshold
     */
    readonly threshold?: number;
    /**
     * @schema CanarySpecAnalysisMetrics#thresholdRange
     */
    readonly thresholdRange?: CanarySpecAnalysisMetricsThresholdRange;
    /**
     * @schema CanarySpecAnalysisMetrics#query
     */
    readonly query?: string;
    /**
     * @schema CanarySpecAnalysisMetrics#templateRef
     */
    readonly templateRef?: CanarySpecAnalysisMetricsTemplateRef;
    /**
     * @schema CanarySpecAnalysisMetrics#templateVariables
     */
    readonly templateVariables?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CanarySpecAnalysisMetrics' to JSON representation.
 */
export declare function toJson_CanarySpecAnalysisMetrics(obj: CanarySpecAnalysisMetrics | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecAnalysisAlerts
 */
export interface CanarySpecAnalysisAlerts {
    /**
     * @schema CanarySpecAnalysisAlerts#name
     */
    readonly name: string;
    /**
     * @schema CanarySpecAnalysisAlerts#severity
     */
    readonly severity?: CanarySpecAnalysisAlertsSeverity;
    /**
     * @schema CanarySpecAnalysisAlerts#providerRef
     */
    readonly providerRef: CanarySpecAnalysisAlertsProviderRef;
}
/**
 * Converts an object of type 'CanarySpecAnalysisAlerts' to JSON representation.
 */
export declare function toJson_CanarySpecAnalysisAlerts(obj: CanarySpecAnalysisAlerts | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecAnalysisWebhooks
 */
export interface CanarySpecAnalysisWebhooks {
    /**
     * @schema CanarySpecAnalysisWebhooks#name
     */
    readonly name: string;
    /**
     * @schema CanarySpecAnalysisWebhooks#type
     */
    readonly type?: CanarySpecAnalysisWebhooksType;
    /**
     * @schema CanarySpecAnalysisWebhooks#muteAlert
     */
    readonly muteAlert?: boolean;
    /**
     * @schema CanarySpecAnalysisWebhooks#url
     */
    readonly url: string;
    /**
     * @schema CanarySpecAnalysisWebhooks#timeout
     */
    readonly timeout?: string;
    /**
     * @schema CanarySpecAnalysisWebhooks#retries
     */
    readonly retries?: number;
    /**
     * @schema CanarySpecAnalysisWebhooks#disableTLS
     */
    readonly disableTls?: boolean;
    /**
     * @schema CanarySpecAnalysisWebhooks#metadata
     */
    readonly metadata?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CanarySpecAnalysisWebhooks' to JSON representation.
 */
export declare function toJson_CanarySpecAnalysisWebhooks(obj: CanarySpecAnalysisWebhooks | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecAnalysisSessionAffinity
 */
export interface CanarySpecAnalysisSessionAffinity {
    /**
     * @schema CanarySpecAnalysisSessionAffinity#cookieName
     */
    readonly cookieName: string;
    /**
     * @schema CanarySpecAnalysisSessionAffinity#primaryCookieName
     */
    readonly primaryCookieName?: string;
    /**
     * @schema CanarySpecAnalysisSessionAffinity#domain
     */
    readonly domain?: string;
    /**
     * @schema CanarySpecAnalysisSessionAffinity#httpOnly
     */
    readonly httpOnly?: boolean;
    /**
     * @schema CanarySpecAnalysisSessionAffinity#maxAge
     */
    readonly maxAge?: number;
    /**
     * @schema CanarySpecAnalysisSessionAffinity#partitioned
     */
    readonly partitioned?: boolean;
    /**
     * @schema CanarySpecAnalysisSessionAffinity#path
     */
    readonly path?: string;
    /**
     * @schema CanarySpecAnalysisSessionAffinity#sameSite
     */
    readonly sameSite?: CanarySpecAnalysisSessionAffinitySameSite;
    /**
     * @schema CanarySpecAnalysisSessionAffinity#secure
     */
    readonly secure?: boolean;
}
/**
 * Converts an object of type 'CanarySpecAnalysisSessionAffinity' to JSON representation.
 */
export declare function toJson_CanarySpecAnalysisSessionAffinity(obj: CanarySpecAnalysisSessionAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecServiceMatchAuthority
 */
export interface CanarySpecServiceMatchAuthority {
    /**
     * @schema CanarySpecServiceMatchAuthority#exact
     */
    readonly exact?: string;
    /**
     * @schema CanarySpecServiceMatchAuthority#prefix
     */
    readonly prefix?: string;
    /**
     * @schema CanarySpecServiceMatchAuthority#regex
     */
    readonly regex?: string;
}
/**
 * Converts an object of type 'CanarySpecServiceMatchAuthority' to JSON representation.
 */
export declare function toJson_CanarySpecServiceMatchAuthority(obj: CanarySpecServiceMatchAuthority | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecServiceMatchHeaders
 */
export interface CanarySpecServiceMatchHeaders {
    /**
     * @schema CanarySpecServiceMatchHeaders#exact
     */
    readonly exact?: string;
    /**
     * @schema CanarySpecServiceMatchHeaders#prefix
     */
    readonly prefix?: string;
    /**
     * @schema CanarySpecServiceMatchHeaders#regex
     */
    readonly regex?: string;
}
/**
 * Converts an object of type 'CanarySpecServiceMatchHeaders' to JSON representation.
 */
export declare function toJson_CanarySpecServiceMatchHeaders(obj: CanarySpecServiceMatchHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecServiceMatchMethod
 */
export interface CanarySpecServiceMatchMethod {
    /**
     * @schema CanarySpecServiceMatchMethod#exact
     */
    readonly exact?: string;
    /**
     * @schema CanarySpecServiceMatchMethod#prefix
     */
    readonly prefix?: string;
    /**
     * @schema CanarySpecServiceMatchMethod#regex
     */
    readonly regex?: string;
}
/**
 * Converts an object of type 'CanarySpecServiceMatchMethod' to JSON representation.
 */
export declare function toJson_CanarySpecServiceMatchMethod(obj: CanarySpecServiceMatchMethod | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecServiceMatchQueryParams
 */
export interface CanarySpecServiceMatchQueryParams {
    /**
     * @schema CanarySpecServiceMatchQueryParams#exact
     */
    readonly exact?: string;
    /**
     * @schema CanarySpecServiceMatchQueryParams#prefix
     */
    readonly prefix?: string;
    /**
     * @schema CanarySpecServiceMatchQueryParams#regex
     */
    readonly regex?: string;
}
/**
 * Converts an object of type 'CanarySpecServiceMatchQueryParams' to JSON representation.
 */
export declare function toJson_CanarySpecServiceMatchQueryParams(obj: CanarySpecServiceMatchQueryParams | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecServiceMatchScheme
 */
export interface CanarySpecServiceMatchScheme {
    /**
     * @schema CanarySpecServiceMatchScheme#exact
     */
    readonly exact?: string;
    /**
     * @schema CanarySpecServiceMatchScheme#prefix
     */
    readonly prefix?: string;
    /**
     * @schema CanarySpecServiceMatchScheme#regex
     */
    readonly regex?: string;
}
/**
 * Converts an object of type 'CanarySpecServiceMatchScheme' to JSON representation.
 */
export declare function toJson_CanarySpecServiceMatchScheme(obj: CanarySpecServiceMatchScheme | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecServiceMatchUri
 */
export interface CanarySpecServiceMatchUri {
    /**
     * @schema CanarySpecServiceMatchUri#exact
     */
    readonly exact?: string;
    /**
     * @schema CanarySpecServiceMatchUri#prefix
     */
    readonly prefix?: string;
    /**
     * @schema CanarySpecServiceMatchUri#regex
     */
    readonly regex?: string;
}
/**
 * Converts an object of type 'CanarySpecServiceMatchUri' to JSON representation.
 */
export declare function toJson_CanarySpecServiceMatchUri(obj: CanarySpecServiceMatchUri | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecServiceMatchWithoutHeaders
 */
export interface CanarySpecServiceMatchWithoutHeaders {
    /**
     * @schema CanarySpecServiceMatchWithoutHeaders#exact
     */
    readonly exact?: string;
    /**
     * @schema CanarySpecServiceMatchWithoutHeaders#prefix
     */
    readonly prefix?: string;
    /**
     * @schema CanarySpecServiceMatchWithoutHeaders#regex
     */
    readonly regex?: string;
}
/**
 * Converts an object of type 'CanarySpecServiceMatchWithoutHeaders' to JSON representation.
 */
export declare function toJson_CanarySpecServiceMatchWithoutHeaders(obj: CanarySpecServiceMatchWithoutHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecServiceMirrorBackendRef
 */
export interface CanarySpecServiceMirrorBackendRef {
    /**
     * @schema CanarySpecServiceMirrorBackendRef#group
     */
    readonly group?: string;
    /**
     * @schema CanarySpecServiceMirrorBackendRef#kind
     */
    readonly kind?: string;
    /**
     * @schema CanarySpecServiceMirrorBackendRef#name
     */
    readonly name: string;
    /**
     * @schema CanarySpecServiceMirrorBackendRef#namespace
     */
    readonly namespace?: string;
    /**
     * @schema CanarySpecServiceMirrorBackendRef#port
     */
    readonly port?: number;
}
/**
 * Converts an object of type 'CanarySpecServiceMirrorBackendRef' to JSON representation.
 */
export declare function toJson_CanarySpecServiceMirrorBackendRef(obj: CanarySpecServiceMirrorBackendRef | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecServiceHeadersRequest
 */
export interface CanarySpecServiceHeadersRequest {
    /**
     * @schema CanarySpecServiceHeadersRequest#add
     */
    readonly add?: {
        [key: string]: string;
    };
    /**
     * @schema CanarySpecServiceHeadersRequest#remove
     */
    readonly remove?: string[];
    /**
     * @schema CanarySpecServiceHeadersRequest#set
     */
    readonly set?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CanarySpecServiceHeadersRequest' to JSON representation.
 */
export declare function toJson_CanarySpecServiceHeadersRequest(obj: CanarySpecServiceHeadersRequest | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecServiceHeadersResponse
 */
export interface CanarySpecServiceHeadersResponse {
    /**
     * @schema CanarySpecServiceHeadersResponse#add
     */
    readonly add?: {
        [key: string]: string;
    };
    /**
     * @schema CanarySpecServiceHeadersResponse#remove
     */
    readonly remove?: string[];
    /**
     * @schema CanarySpecServiceHeadersResponse#set
     */
    readonly set?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CanarySpecServiceHeadersResponse' to JSON representation.
 */
export declare function toJson_CanarySpecServiceHeadersResponse(obj: CanarySpecServiceHeadersResponse | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecServiceCorsPolicyAllowOrigins
 */
export interface CanarySpecServiceCorsPolicyAllowOrigins {
    /**
     * @schema CanarySpecServiceCorsPolicyAllowOrigins#exact
     */
    readonly exact?: string;
    /**
     * @schema CanarySpecServiceCorsPolicyAllowOrigins#prefix
     */
    readonly prefix?: string;
    /**
     * @schema CanarySpecServiceCorsPolicyAllowOrigins#regex
     */
    readonly regex?: string;
}
/**
 * Converts an object of type 'CanarySpecServiceCorsPolicyAllowOrigins' to JSON representation.
 */
export declare function toJson_CanarySpecServiceCorsPolicyAllowOrigins(obj: CanarySpecServiceCorsPolicyAllowOrigins | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecServiceTrafficPolicyConnectionPool
 */
export interface CanarySpecServiceTrafficPolicyConnectionPool {
    /**
     * @schema CanarySpecServiceTrafficPolicyConnectionPool#http
     */
    readonly http?: CanarySpecServiceTrafficPolicyConnectionPoolHttp;
}
/**
 * Converts an object of type 'CanarySpecServiceTrafficPolicyConnectionPool' to JSON representation.
 */
export declare function toJson_CanarySpecServiceTrafficPolicyConnectionPool(obj: CanarySpecServiceTrafficPolicyConnectionPool | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecServiceTrafficPolicyLoadBalancer
 */
export interface CanarySpecServiceTrafficPolicyLoadBalancer {
    /**
     * @schema CanarySpecServiceTrafficPolicyLoadBalancer#consistentHash
     */
    readonly consistentHash?: CanarySpecServiceTrafficPolicyLoadBalancerConsistentHash;
    /**
     * @schema CanarySpecServiceTrafficPolicyLoadBalancer#localityLbSetting
     */
    readonly localityLbSetting?: CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSetting;
    /**
     * @schema CanarySpecServiceTrafficPolicyLoadBalancer#simple
     */
    readonly simple?: CanarySpecServiceTrafficPolicyLoadBalancerSimple;
    /**
     * @schema CanarySpecServiceTrafficPolicyLoadBalancer#warmupDurationSecs
     */
    readonly warmupDurationSecs?: string;
}
/**
 * Converts an object of type 'CanarySpecServiceTrafficPolicyLoadBalancer' to JSON representation.
 */
export declare function toJson_CanarySpecServiceTrafficPolicyLoadBalancer(obj: CanarySpecServiceTrafficPolicyLoadBalancer | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecServiceTrafficPolicyOutlierDetection
 */
export interface CanarySpecServiceTrafficPolicyOutlierDetection {
    /**
     * @schema CanarySpecServiceTrafficPolicyOutlierDetection#baseEjectionTime
     */
    readonly baseEjectionTime?: string;
    /**
     * @schema CanarySpecServiceTrafficPolicyOutlierDetection#consecutive5xxErrors
     */
    readonly consecutive5XxErrors?: number;
    /**
     * @schema CanarySpecServiceTrafficPolicyOutlierDetection#consecutiveErrors
     */
    readonly consecutiveErrors?: number;
    /**
     * @schema CanarySpecServiceTrafficPolicyOutlierDetection#consecutiveGatewayErrors
     */
    readonly consecutiveGatewayErrors?: number;
    /**
     * @schema CanarySpecServiceTrafficPolicyOutlierDetection#consecutiveLocalOriginFailures
     */
    readonly consecutiveLocalOriginFailures?: number;
    /**
     * @schema CanarySpecServiceTrafficPolicyOutlierDetection#interval
     */
    readonly interval?: string;
    /**
     * @schema CanarySpecServiceTrafficPolicyOutlierDetection#maxEjectionPercent
     */
    readonly maxEjectionPercent?: number;
    /**
     * @schema CanarySpecServiceTrafficPolicyOutlierDetection#minHealthPercent
     */
    readonly minHealthPercent?: number;
    /**
     * @schema CanarySpecServiceTrafficPolicyOutlierDetection#splitExternalLocalOriginErrors
     */
    readonly splitExternalLocalOriginErrors?: boolean;
}
/**
 * Converts an object of type 'CanarySpecServiceTrafficPolicyOutlierDetection' to JSON representation.
 */
export declare function toJson_CanarySpecServiceTrafficPolicyOutlierDetection(obj: CanarySpecServiceTrafficPolicyOutlierDetection | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecServiceTrafficPolicyTls
 */
export interface CanarySpecServiceTrafficPolicyTls {
    /**
     * @schema CanarySpecServiceTrafficPolicyTls#caCertificates
     */
    readonly caCertificates?: string;
    /**
     * @schema CanarySpecServiceTrafficPolicyTls#clientCertificate
     */
    readonly clientCertificate?: string;
    /**
     * @schema CanarySpecServiceTrafficPolicyTls#mode
     */
    readonly mode?: CanarySpecServiceTrafficPolicyTlsMode;
    /**
     * @schema CanarySpecServiceTrafficPolicyTls#privateKey
     */
    readonly privateKey?: string;
    /**
     * @schema CanarySpecServiceTrafficPolicyTls#sni
     */
    readonly sni?: string;
    /**
     * @schema CanarySpecServiceTrafficPolicyTls#subjectAltNames
     */
    readonly subjectAltNames?: string[];
}
/**
 * Converts an object of type 'CanarySpecServiceTrafficPolicyTls' to JSON representation.
 */
export declare function toJson_CanarySpecServiceTrafficPolicyTls(obj: CanarySpecServiceTrafficPolicyTls | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecAnalysisMatchHeaders
 */
export interface CanarySpecAnalysisMatchHeaders {
    /**
     * @schema CanarySpecAnalysisMatchHeaders#exact
     */
    readonly exact?: string;
    /**
     * @schema CanarySpecAnalysisMatchHeaders#prefix
     */
    readonly prefix?: string;
    /**
     * @schema CanarySpecAnalysisMatchHeaders#suffix
     */
    readonly suffix?: string;
    /**
     * @schema CanarySpecAnalysisMatchHeaders#regex
     */
    readonly regex?: string;
}
/**
 * Converts an object of type 'CanarySpecAnalysisMatchHeaders' to JSON representation.
 */
export declare function toJson_CanarySpecAnalysisMatchHeaders(obj: CanarySpecAnalysisMatchHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecAnalysisMatchQueryParams
 */
export interface CanarySpecAnalysisMatchQueryParams {
    /**
     * @schema CanarySpecAnalysisMatchQueryParams#exact
     */
    readonly exact?: string;
    /**
     * @schema CanarySpecAnalysisMatchQueryParams#prefix
     */
    readonly prefix?: string;
    /**
     * @schema CanarySpecAnalysisMatchQueryParams#regex
     */
    readonly regex?: string;
}
/**
 * Converts an object of type 'CanarySpecAnalysisMatchQueryParams' to JSON representation.
 */
export declare function toJson_CanarySpecAnalysisMatchQueryParams(obj: CanarySpecAnalysisMatchQueryParams | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecAnalysisMetricsThresholdRange
 */
export interface CanarySpecAnalysisMetricsThresholdRange {
    /**
     * @schema CanarySpecAnalysisMetricsThresholdRange#min
     */
    readonly min?: number;
    /**
     * @schema CanarySpecAnalysisMetricsThresholdRange#max
     */
    readonly max?: number;
}
/**
 * Converts an object of type 'CanarySpecAnalysisMetricsThresholdRange' to JSON representation.
 */
export declare function toJson_CanarySpecAnalysisMetricsThresholdRange(obj: CanarySpecAnalysisMetricsThresholdRange | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecAnalysisMetricsTemplateRef
 */
export interface CanarySpecAnalysisMetricsTemplateRef {
    /**
     * @schema CanarySpecAnalysisMetricsTemplateRef#name
     */
    readonly name: string;
    /**
     * @schema CanarySpecAnalysisMetricsTemplateRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'CanarySpecAnalysisMetricsTemplateRef' to JSON representation.
 */
export declare function toJson_CanarySpecAnalysisMetricsTemplateRef(obj: CanarySpecAnalysisMetricsTemplateRef | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecAnalysisAlertsSeverity
 */
export declare enum CanarySpecAnalysisAlertsSeverity {
    /** info */
    INFO = "info",
    /** warn */
    WARN = "warn",
    /** error */
    ERROR = "error"
}
/**
 * @schema CanarySpecAnalysisAlertsProviderRef
 */
export interface CanarySpecAnalysisAlertsProviderRef {
    /**
     * @schema CanarySpecAnalysisAlertsProviderRef#name
     */
    readonly name: string;
    /**
     * @schema CanarySpecAnalysisAlertsProviderRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'CanarySpecAnalysisAlertsProviderRef' to JSON representation.
 */
export declare function toJson_CanarySpecAnalysisAlertsProviderRef(obj: CanarySpecAnalysisAlertsProviderRef | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecAnalysisWebhooksType
 */
export declare enum CanarySpecAnalysisWebhooksType {
    /** confirm-rollout */
    CONFIRM_HYPHEN_ROLLOUT = "confirm-rollout",
    /** pre-rollout */
    PRE_HYPHEN_ROLLOUT = "pre-rollout",
    /** rollout */
    ROLLOUT = "rollout",
    /** confirm-promotion */
    CONFIRM_HYPHEN_PROMOTION = "confirm-promotion",
    /** post-rollout */
    POST_HYPHEN_ROLLOUT = "post-rollout",
    /** event */
    EVENT = "event",
    /** rollback */
    ROLLBACK = "rollback",
    /** confirm-traffic-increase */
    CONFIRM_HYPHEN_TRAFFIC_HYPHEN_INCREASE = "confirm-traffic-increase"
}
/**
 * @schema CanarySpecAnalysisSessionAffinitySameSite
 */
export declare enum CanarySpecAnalysisSessionAffinitySameSite {
    /** Strict */
    STRICT = "Strict",
    /** Lax */
    LAX = "Lax",
    /** None */
    NONE = "None"
}
/**
 * @schema CanarySpecServiceTrafficPolicyConnectionPoolHttp
 */
export interface CanarySpecServiceTrafficPolicyConnectionPoolHttp {
    /**
     * @schema CanarySpecServiceTrafficPolicyConnectionPoolHttp#h2UpgradePolicy
     */
    readonly h2UpgradePolicy?: CanarySpecServiceTrafficPolicyConnectionPoolHttpH2UpgradePolicy;
    /**
     * @schema CanarySpecServiceTrafficPolicyConnectionPoolHttp#http1MaxPendingRequests
     */
    readonly http1MaxPendingRequests?: number;
    /**
     * @schema CanarySpecServiceTrafficPolicyConnectionPoolHttp#http2MaxRequests
     */
    readonly http2MaxRequests?: number;
    /**
     * @schema CanarySpecServiceTrafficPolicyConnectionPoolHttp#idleTimeout
     */
    readonly idleTimeout?: string;
    /**
     * @schema CanarySpecServiceTrafficPolicyConnectionPoolHttp#maxRequestsPerConnection
     */
    readonly maxRequestsPerConnection?: number;
    /**
     * @schema CanarySpecServiceTrafficPolicyConnectionPoolHttp#maxRetries
     */
    readonly maxRetries?: number;
}
/**
 * Converts an object of type 'CanarySpecServiceTrafficPolicyConnectionPoolHttp' to JSON representation.
 */
export declare function toJson_CanarySpecServiceTrafficPolicyConnectionPoolHttp(obj: CanarySpecServiceTrafficPolicyConnectionPoolHttp | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecServiceTrafficPolicyLoadBalancerConsistentHash
 */
export interface CanarySpecServiceTrafficPolicyLoadBalancerConsistentHash {
    /**
     * @schema CanarySpecServiceTrafficPolicyLoadBalancerConsistentHash#httpCookie
     */
    readonly httpCookie?: CanarySpecServiceTrafficPolicyLoadBalancerConsistentHashHttpCookie;
    /**
     * @schema CanarySpecServiceTrafficPolicyLoadBalancerConsistentHash#httpHeaderName
     */
    readonly httpHeaderName?: string;
    /**
     * @schema CanarySpecServiceTrafficPolicyLoadBalancerConsistentHash#httpQueryParameterName
     */
    readonly httpQueryParameterName?: string;
    /**
     * @schema CanarySpecServiceTrafficPolicyLoadBalancerConsistentHash#minimumRingSize
     */
    readonly minimumRingSize?: number;
    /**
     * @schema CanarySpecServiceTrafficPolicyLoadBalancerConsistentHash#useSourceIp
     */
    readonly useSourceIp?: boolean;
}
/**
 * Converts an object of type 'CanarySpecServiceTrafficPolicyLoadBalancerConsistentHash' to JSON representation.
 */
export declare function toJson_CanarySpecServiceTrafficPolicyLoadBalancerConsistentHash(obj: CanarySpecServiceTrafficPolicyLoadBalancerConsistentHash | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSetting
 */
export interface CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSetting {
    /**
     * @schema CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSetting#distribute
     */
    readonly distribute?: CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingDistribute[];
    /**
     * @schema CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSetting#enabled
     */
    readonly enabled?: boolean;
    /**
     * @schema CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSetting#failover
     */
    readonly failover?: CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingFailover[];
}
/**
 * Converts an object of type 'CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSetting' to JSON representation.
 */
export declare function toJson_CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSetting(obj: CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSetting | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecServiceTrafficPolicyLoadBalancerSimple
 */
export declare enum CanarySpecServiceTrafficPolicyLoadBalancerSimple {
    /** ROUND_ROBIN */
    ROUND_UNDERSCORE_ROBIN = "ROUND_ROBIN",
    /** LEAST_CONN */
    LEAST_UNDERSCORE_CONN = "LEAST_CONN",
    /** RANDOM */
    RANDOM = "RANDOM",
    /** PASSTHROUGH */
    PASSTHROUGH = "PASSTHROUGH",
    /** LEAST_REQUEST */
    LEAST_UNDERSCORE_REQUEST = "LEAST_REQUEST"
}
/**
 * @schema CanarySpecServiceTrafficPolicyTlsMode
 */
export declare enum CanarySpecServiceTrafficPolicyTlsMode {
    /** DISABLE */
    DISABLE = "DISABLE",
    /** SIMPLE */
    SIMPLE = "SIMPLE",
    /** MUTUAL */
    MUTUAL = "MUTUAL",
    /** ISTIO_MUTUAL */
    ISTIO_UNDERSCORE_MUTUAL = "ISTIO_MUTUAL"
}
/**
 * @schema CanarySpecServiceTrafficPolicyConnectionPoolHttpH2UpgradePolicy
 */
export declare enum CanarySpecServiceTrafficPolicyConnectionPoolHttpH2UpgradePolicy {
    /** DEFAULT */
    DEFAULT = "DEFAULT",
    /** DO_NOT_UPGRADE */
    DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE = "DO_NOT_UPGRADE",
    /** UPGRADE */
    UPGRADE = "UPGRADE"
}
/**
 * @schema CanarySpecServiceTrafficPolicyLoadBalancerConsistentHashHttpCookie
 */
export interface CanarySpecServiceTrafficPolicyLoadBalancerConsistentHashHttpCookie {
    /**
     * @schema CanarySpecServiceTrafficPolicyLoadBalancerConsistentHashHttpCookie#name
     */
    readonly name?: string;
    /**
     * @schema CanarySpecServiceTrafficPolicyLoadBalancerConsistentHashHttpCookie#path
     */
    readonly path?: string;
    /**
     * @schema CanarySpecServiceTrafficPolicyLoadBalancerConsistentHashHttpCookie#ttl
     */
    readonly ttl?: string;
}
/**
 * Converts an object of type 'CanarySpecServiceTrafficPolicyLoadBalancerConsistentHashHttpCookie' to JSON representation.
 */
export declare function toJson_CanarySpecServiceTrafficPolicyLoadBalancerConsistentHashHttpCookie(obj: CanarySpecServiceTrafficPolicyLoadBalancerConsistentHashHttpCookie | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingDistribute
 */
export interface CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingDistribute {
    /**
     * @schema CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingDistribute#from
     */
    readonly from?: string;
    /**
     * @schema CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingDistribute#to
     */
    readonly to?: {
        [key: string]: number;
    };
}
/**
 * Converts an object of type 'CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingDistribute' to JSON representation.
 */
export declare function toJson_CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingDistribute(obj: CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingDistribute | undefined): Record<string, any> | undefined;
/**
 * @schema CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingFailover
 */
export interface CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingFailover {
    /**
     * @schema CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingFailover#from
     */
    readonly from?: string;
    /**
     * @schema CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingFailover#to
     */
    readonly to?: string;
}
/**
 * Converts an object of type 'CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingFailover' to JSON representation.
 */
export declare function toJson_CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingFailover(obj: CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingFailover | undefined): Record<string, any> | undefined;
