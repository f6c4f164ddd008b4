"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CanarySpecServiceTrafficPolicyConnectionPoolHttpH2UpgradePolicy = exports.CanarySpecServiceTrafficPolicyTlsMode = exports.CanarySpecServiceTrafficPolicyLoadBalancerSimple = exports.CanarySpecAnalysisSessionAffinitySameSite = exports.CanarySpecAnalysisWebhooksType = exports.CanarySpecAnalysisAlertsSeverity = exports.CanarySpecServiceTrafficDistribution = exports.CanarySpecUpstreamRefKind = exports.CanarySpecRouteRefKind = exports.CanarySpecIngressRefKind = exports.CanarySpecAutoscalerRefKind = exports.CanarySpecTargetRefKind = exports.CanarySpecProvider = exports.Canary = void 0;
exports.toJson_CanaryProps = toJson_CanaryProps;
exports.toJson_CanarySpec = toJson_CanarySpec;
exports.toJson_CanarySpecTargetRef = toJson_CanarySpecTargetRef;
exports.toJson_CanarySpecAutoscalerRef = toJson_CanarySpecAutoscalerRef;
exports.toJson_CanarySpecIngressRef = toJson_CanarySpecIngressRef;
exports.toJson_CanarySpecRouteRef = toJson_CanarySpecRouteRef;
exports.toJson_CanarySpecUpstreamRef = toJson_CanarySpecUpstreamRef;
exports.toJson_CanarySpecService = toJson_CanarySpecService;
exports.toJson_CanarySpecAnalysis = toJson_CanarySpecAnalysis;
exports.toJson_CanarySpecAutoscalerRefPrimaryScalerReplicas = toJson_CanarySpecAutoscalerRefPrimaryScalerReplicas;
exports.toJson_CanarySpecServiceMatch = toJson_CanarySpecServiceMatch;
exports.toJson_CanarySpecServiceRetries = toJson_CanarySpecServiceRetries;
exports.toJson_CanarySpecServiceRewrite = toJson_CanarySpecServiceRewrite;
exports.toJson_CanarySpecServiceMirror = toJson_CanarySpecServiceMirror;
exports.toJson_CanarySpecServiceHeaders = toJson_CanarySpecServiceHeaders;
exports.toJson_CanarySpecServiceGatewayRefs = toJson_CanarySpecServiceGatewayRefs;
exports.toJson_CanarySpecServiceCorsPolicy = toJson_CanarySpecServiceCorsPolicy;
exports.toJson_CanarySpecServiceTrafficPolicy = toJson_CanarySpecServiceTrafficPolicy;
exports.toJson_CanarySpecServiceApex = toJson_CanarySpecServiceApex;
exports.toJson_CanarySpecServicePrimary = toJson_CanarySpecServicePrimary;
exports.toJson_CanarySpecServiceCanary = toJson_CanarySpecServiceCanary;
exports.toJson_CanarySpecServiceUnmanagedMetadata = toJson_CanarySpecServiceUnmanagedMetadata;
exports.toJson_CanarySpecAnalysisMatch = toJson_CanarySpecAnalysisMatch;
exports.toJson_CanarySpecAnalysisMetrics = toJson_CanarySpecAnalysisMetrics;
exports.toJson_CanarySpecAnalysisAlerts = toJson_CanarySpecAnalysisAlerts;
exports.toJson_CanarySpecAnalysisWebhooks = toJson_CanarySpecAnalysisWebhooks;
exports.toJson_CanarySpecAnalysisSessionAffinity = toJson_CanarySpecAnalysisSessionAffinity;
exports.toJson_CanarySpecServiceMatchAuthority = toJson_CanarySpecServiceMatchAuthority;
exports.toJson_CanarySpecServiceMatchHeaders = toJson_CanarySpecServiceMatchHeaders;
exports.toJson_CanarySpecServiceMatchMethod = toJson_CanarySpecServiceMatchMethod;
exports.toJson_CanarySpecServiceMatchQueryParams = toJson_CanarySpecServiceMatchQueryParams;
exports.toJson_CanarySpecServiceMatchScheme = toJson_CanarySpecServiceMatchScheme;
exports.toJson_CanarySpecServiceMatchUri = toJson_CanarySpecServiceMatchUri;
exports.toJson_CanarySpecServiceMatchWithoutHeaders = toJson_CanarySpecServiceMatchWithoutHeaders;
exports.toJson_CanarySpecServiceMirrorBackendRef = toJson_CanarySpecServiceMirrorBackendRef;
exports.toJson_CanarySpecServiceHeadersRequest = toJson_CanarySpecServiceHeadersRequest;
exports.toJson_CanarySpecServiceHeadersResponse = toJson_CanarySpecServiceHeadersResponse;
exports.toJson_CanarySpecServiceCorsPolicyAllowOrigins = toJson_CanarySpecServiceCorsPolicyAllowOrigins;
exports.toJson_CanarySpecServiceTrafficPolicyConnectionPool = toJson_CanarySpecServiceTrafficPolicyConnectionPool;
exports.toJson_CanarySpecServiceTrafficPolicyLoadBalancer = toJson_CanarySpecServiceTrafficPolicyLoadBalancer;
exports.toJson_CanarySpecServiceTrafficPolicyOutlierDetection = toJson_CanarySpecServiceTrafficPolicyOutlierDetection;
exports.toJson_CanarySpecServiceTrafficPolicyTls = toJson_CanarySpecServiceTrafficPolicyTls;
exports.toJson_CanarySpecAnalysisMatchHeaders = toJson_CanarySpecAnalysisMatchHeaders;
exports.toJson_CanarySpecAnalysisMatchQueryParams = toJson_CanarySpecAnalysisMatchQueryParams;
exports.toJson_CanarySpecAnalysisMetricsThresholdRange = toJson_CanarySpecAnalysisMetricsThresholdRange;
exports.toJson_CanarySpecAnalysisMetricsTemplateRef = toJson_CanarySpecAnalysisMetricsTemplateRef;
exports.toJson_CanarySpecAnalysisAlertsProviderRef = toJson_CanarySpecAnalysisAlertsProviderRef;
exports.toJson_CanarySpecServiceTrafficPolicyConnectionPoolHttp = toJson_CanarySpecServiceTrafficPolicyConnectionPoolHttp;
exports.toJson_CanarySpecServiceTrafficPolicyLoadBalancerConsistentHash = toJson_CanarySpecServiceTrafficPolicyLoadBalancerConsistentHash;
exports.toJson_CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSetting = toJson_CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSetting;
exports.toJson_CanarySpecServiceTrafficPolicyLoadBalancerConsistentHashHttpCookie = toJson_CanarySpecServiceTrafficPolicyLoadBalancerConsistentHashHttpCookie;
exports.toJson_CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingDistribute = toJson_CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingDistribute;
exports.toJson_CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingFailover = toJson_CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingFailover;
// generated by cdk8s
const cdk8s_1 = require("cdk8s");
/**
 *
 *
 * @schema Canary
 */
class Canary extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "Canary"
     */
    static GVK = {
        apiVersion: 'flagger.app/v1beta1',
        kind: 'Canary',
    };
    /**
     * Renders a Kubernetes manifest for "Canary".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props = {}) {
        return {
            ...Canary.GVK,
            ...toJson_CanaryProps(props),
        };
    }
    /**
     * Defines a "Canary" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...Canary.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...Canary.GVK,
            ...toJson_CanaryProps(resolved),
        };
    }
}
exports.Canary = Canary;
/**
 * Converts an object of type 'CanaryProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanaryProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_CanarySpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'provider': obj.provider,
        'metricsServer': obj.metricsServer,
        'progressDeadlineSeconds': obj.progressDeadlineSeconds,
        'targetRef': toJson_CanarySpecTargetRef(obj.targetRef),
        'autoscalerRef': toJson_CanarySpecAutoscalerRef(obj.autoscalerRef),
        'ingressRef': toJson_CanarySpecIngressRef(obj.ingressRef),
        'routeRef': toJson_CanarySpecRouteRef(obj.routeRef),
        'upstreamRef': toJson_CanarySpecUpstreamRef(obj.upstreamRef),
        'service': toJson_CanarySpecService(obj.service),
        'skipAnalysis': obj.skipAnalysis,
        'revertOnDeletion': obj.revertOnDeletion,
        'suspend': obj.suspend,
        'analysis': toJson_CanarySpecAnalysis(obj.analysis),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema CanarySpecProvider
 */
var CanarySpecProvider;
(function (CanarySpecProvider) {
    /** apisix */
    CanarySpecProvider["APISIX"] = "apisix";
    /** appmesh */
    CanarySpecProvider["APPMESH"] = "appmesh";
    /** appmesh:v1beta2 */
    CanarySpecProvider["APPMESH_V1BETA2"] = "appmesh:v1beta2";
    /** contour */
    CanarySpecProvider["CONTOUR"] = "contour";
    /** gatewayapi:v1 */
    CanarySpecProvider["GATEWAYAPI_V1"] = "gatewayapi:v1";
    /** gatewayapi:v1beta1 */
    CanarySpecProvider["GATEWAYAPI_V1BETA1"] = "gatewayapi:v1beta1";
    /** gloo */
    CanarySpecProvider["GLOO"] = "gloo";
    /** istio */
    CanarySpecProvider["ISTIO"] = "istio";
    /** knative */
    CanarySpecProvider["KNATIVE"] = "knative";
    /** kubernetes */
    CanarySpecProvider["KUBERNETES"] = "kubernetes";
    /** kuma */
    CanarySpecProvider["KUMA"] = "kuma";
    /** linkerd */
    CanarySpecProvider["LINKERD"] = "linkerd";
    /** nginx */
    CanarySpecProvider["NGINX"] = "nginx";
    /** osm */
    CanarySpecProvider["OSM"] = "osm";
    /** skipper */
    CanarySpecProvider["SKIPPER"] = "skipper";
    /** smi:v1alpha1 */
    CanarySpecProvider["SMI_V1ALPHA1"] = "smi:v1alpha1";
    /** smi:v1alpha2 */
    CanarySpecProvider["SMI_V1ALPHA2"] = "smi:v1alpha2";
    /** smi:v1alpha3 */
    CanarySpecProvider["SMI_V1ALPHA3"] = "smi:v1alpha3";
    /** traefik */
    CanarySpecProvider["TRAEFIK"] = "traefik";
})(CanarySpecProvider || (exports.CanarySpecProvider = CanarySpecProvider = {}));
/**
 * Converts an object of type 'CanarySpecTargetRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecTargetRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'kind': obj.kind,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecAutoscalerRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecAutoscalerRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'kind': obj.kind,
        'name': obj.name,
        'primaryScalerQueries': ((obj.primaryScalerQueries) === undefined) ? undefined : (Object.entries(obj.primaryScalerQueries).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'primaryScalerReplicas': toJson_CanarySpecAutoscalerRefPrimaryScalerReplicas(obj.primaryScalerReplicas),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecIngressRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecIngressRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'kind': obj.kind,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecRouteRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecRouteRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'kind': obj.kind,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecUpstreamRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecUpstreamRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecService' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecService(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'port': obj.port,
        'portName': obj.portName,
        'appProtocol': obj.appProtocol,
        'trafficDistribution': obj.trafficDistribution,
        'targetPort': obj.targetPort,
        'portDiscovery': obj.portDiscovery,
        'headless': obj.headless,
        'timeout': obj.timeout,
        'backendTimeout': obj.backendTimeout,
        'meshName': obj.meshName,
        'backends': obj.backends?.map(y => y),
        'hosts': obj.hosts?.map(y => y),
        'delegation': obj.delegation,
        'match': obj.match?.map(y => toJson_CanarySpecServiceMatch(y)),
        'retries': toJson_CanarySpecServiceRetries(obj.retries),
        'rewrite': toJson_CanarySpecServiceRewrite(obj.rewrite),
        'mirror': obj.mirror?.map(y => toJson_CanarySpecServiceMirror(y)),
        'headers': toJson_CanarySpecServiceHeaders(obj.headers),
        'gateways': obj.gateways?.map(y => y),
        'gatewayRefs': obj.gatewayRefs?.map(y => toJson_CanarySpecServiceGatewayRefs(y)),
        'corsPolicy': toJson_CanarySpecServiceCorsPolicy(obj.corsPolicy),
        'trafficPolicy': toJson_CanarySpecServiceTrafficPolicy(obj.trafficPolicy),
        'apex': toJson_CanarySpecServiceApex(obj.apex),
        'primary': toJson_CanarySpecServicePrimary(obj.primary),
        'canary': toJson_CanarySpecServiceCanary(obj.canary),
        'unmanagedMetadata': toJson_CanarySpecServiceUnmanagedMetadata(obj.unmanagedMetadata),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecAnalysis' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecAnalysis(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'interval': obj.interval,
        'iterations': obj.iterations,
        'threshold': obj.threshold,
        'maxWeight': obj.maxWeight,
        'stepWeight': obj.stepWeight,
        'stepWeights': obj.stepWeights?.map(y => y),
        'stepWeightPromotion': obj.stepWeightPromotion,
        'mirror': obj.mirror,
        'mirrorWeight': obj.mirrorWeight,
        'primaryReadyThreshold': obj.primaryReadyThreshold,
        'canaryReadyThreshold': obj.canaryReadyThreshold,
        'match': obj.match?.map(y => toJson_CanarySpecAnalysisMatch(y)),
        'metrics': obj.metrics?.map(y => toJson_CanarySpecAnalysisMetrics(y)),
        'alerts': obj.alerts?.map(y => toJson_CanarySpecAnalysisAlerts(y)),
        'webhooks': obj.webhooks?.map(y => toJson_CanarySpecAnalysisWebhooks(y)),
        'sessionAffinity': toJson_CanarySpecAnalysisSessionAffinity(obj.sessionAffinity),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema CanarySpecTargetRefKind
 */
var CanarySpecTargetRefKind;
(function (CanarySpecTargetRefKind) {
    /** DaemonSet */
    CanarySpecTargetRefKind["DAEMON_SET"] = "DaemonSet";
    /** Deployment */
    CanarySpecTargetRefKind["DEPLOYMENT"] = "Deployment";
    /** Service */
    CanarySpecTargetRefKind["SERVICE"] = "Service";
})(CanarySpecTargetRefKind || (exports.CanarySpecTargetRefKind = CanarySpecTargetRefKind = {}));
/**
 * @schema CanarySpecAutoscalerRefKind
 */
var CanarySpecAutoscalerRefKind;
(function (CanarySpecAutoscalerRefKind) {
    /** HorizontalPodAutoscaler */
    CanarySpecAutoscalerRefKind["HORIZONTAL_POD_AUTOSCALER"] = "HorizontalPodAutoscaler";
    /** ScaledObject */
    CanarySpecAutoscalerRefKind["SCALED_OBJECT"] = "ScaledObject";
})(CanarySpecAutoscalerRefKind || (exports.CanarySpecAutoscalerRefKind = CanarySpecAutoscalerRefKind = {}));
/**
 * Converts an object of type 'CanarySpecAutoscalerRefPrimaryScalerReplicas' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecAutoscalerRefPrimaryScalerReplicas(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'minReplicas': obj.minReplicas,
        'maxReplicas': obj.maxReplicas,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema CanarySpecIngressRefKind
 */
var CanarySpecIngressRefKind;
(function (CanarySpecIngressRefKind) {
    /** Ingress */
    CanarySpecIngressRefKind["INGRESS"] = "Ingress";
})(CanarySpecIngressRefKind || (exports.CanarySpecIngressRefKind = CanarySpecIngressRefKind = {}));
/**
 * @schema CanarySpecRouteRefKind
 */
var CanarySpecRouteRefKind;
(function (CanarySpecRouteRefKind) {
    /** ApisixRoute */
    CanarySpecRouteRefKind["APISIX_ROUTE"] = "ApisixRoute";
})(CanarySpecRouteRefKind || (exports.CanarySpecRouteRefKind = CanarySpecRouteRefKind = {}));
/**
 * @schema CanarySpecUpstreamRefKind
 */
var CanarySpecUpstreamRefKind;
(function (CanarySpecUpstreamRefKind) {
    /** Upstream */
    CanarySpecUpstreamRefKind["UPSTREAM"] = "Upstream";
})(CanarySpecUpstreamRefKind || (exports.CanarySpecUpstreamRefKind = CanarySpecUpstreamRefKind = {}));
/**
 * @schema CanarySpecServiceTrafficDistribution
 */
var CanarySpecServiceTrafficDistribution;
(function (CanarySpecServiceTrafficDistribution) {
    /** PreferClose */
    CanarySpecServiceTrafficDistribution["PREFER_CLOSE"] = "PreferClose";
    /** PreferSameZone */
    CanarySpecServiceTrafficDistribution["PREFER_SAME_ZONE"] = "PreferSameZone";
    /** PreferSameNode */
    CanarySpecServiceTrafficDistribution["PREFER_SAME_NODE"] = "PreferSameNode";
})(CanarySpecServiceTrafficDistribution || (exports.CanarySpecServiceTrafficDistribution = CanarySpecServiceTrafficDistribution = {}));
/**
 * Converts an object of type 'CanarySpecServiceMatch' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecServiceMatch(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'authority': toJson_CanarySpecServiceMatchAuthority(obj.authority),
        'gateways': obj.gateways?.map(y => y),
        'headers': ((obj.headers) === undefined) ? undefined : (Object.entries(obj.headers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_CanarySpecServiceMatchHeaders(i[1]) }), {})),
        'ignoreUriCase': obj.ignoreUriCase,
        'method': toJson_CanarySpecServiceMatchMethod(obj.method),
        'name': obj.name,
        'port': obj.port,
        'queryParams': ((obj.queryParams) === undefined) ? undefined : (Object.entries(obj.queryParams).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_CanarySpecServiceMatchQueryParams(i[1]) }), {})),
        'scheme': toJson_CanarySpecServiceMatchScheme(obj.scheme),
        'sourceLabels': ((obj.sourceLabels) === undefined) ? undefined : (Object.entries(obj.sourceLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'sourceNamespace': obj.sourceNamespace,
        'uri': toJson_CanarySpecServiceMatchUri(obj.uri),
        'withoutHeaders': ((obj.withoutHeaders) === undefined) ? undefined : (Object.entries(obj.withoutHeaders).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_CanarySpecServiceMatchWithoutHeaders(i[1]) }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecServiceRetries' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecServiceRetries(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'attempts': obj.attempts,
        'perTryTimeout': obj.perTryTimeout,
        'retryOn': obj.retryOn,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecServiceRewrite' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecServiceRewrite(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'uri': obj.uri,
        'authority': obj.authority,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecServiceMirror' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecServiceMirror(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backendRef': toJson_CanarySpecServiceMirrorBackendRef(obj.backendRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecServiceHeaders' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecServiceHeaders(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'request': toJson_CanarySpecServiceHeadersRequest(obj.request),
        'response': toJson_CanarySpecServiceHeadersResponse(obj.response),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecServiceGatewayRefs' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecServiceGatewayRefs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
        'sectionName': obj.sectionName,
        'port': obj.port,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecServiceCorsPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecServiceCorsPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowCredentials': obj.allowCredentials,
        'allowHeaders': obj.allowHeaders?.map(y => y),
        'allowMethods': obj.allowMethods?.map(y => y),
        'allowOrigin': obj.allowOrigin?.map(y => y),
        'allowOrigins': obj.allowOrigins?.map(y => toJson_CanarySpecServiceCorsPolicyAllowOrigins(y)),
        'exposeHeaders': obj.exposeHeaders?.map(y => y),
        'maxAge': obj.maxAge,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecServiceTrafficPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecServiceTrafficPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'connectionPool': toJson_CanarySpecServiceTrafficPolicyConnectionPool(obj.connectionPool),
        'loadBalancer': toJson_CanarySpecServiceTrafficPolicyLoadBalancer(obj.loadBalancer),
        'outlierDetection': toJson_CanarySpecServiceTrafficPolicyOutlierDetection(obj.outlierDetection),
        'tls': toJson_CanarySpecServiceTrafficPolicyTls(obj.tls),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecServiceApex' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecServiceApex(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecServicePrimary' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecServicePrimary(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecServiceCanary' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecServiceCanary(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecServiceUnmanagedMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecServiceUnmanagedMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': obj.annotations?.map(y => y),
        'labels': obj.labels?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecAnalysisMatch' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecAnalysisMatch(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'headers': ((obj.headers) === undefined) ? undefined : (Object.entries(obj.headers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_CanarySpecAnalysisMatchHeaders(i[1]) }), {})),
        'queryParams': ((obj.queryParams) === undefined) ? undefined : (Object.entries(obj.queryParams).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_CanarySpecAnalysisMatchQueryParams(i[1]) }), {})),
        'sourceLabels': ((obj.sourceLabels) === undefined) ? undefined : (Object.entries(obj.sourceLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecAnalysisMetrics' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecAnalysisMetrics(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'interval': obj.interval,
        'threshold': obj.threshold,
        'thresholdRange': toJson_CanarySpecAnalysisMetricsThresholdRange(obj.thresholdRange),
        'query': obj.query,
        'templateRef': toJson_CanarySpecAnalysisMetricsTemplateRef(obj.templateRef),
        'templateVariables': ((obj.templateVariables) === undefined) ? undefined : (Object.entries(obj.templateVariables).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecAnalysisAlerts' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecAnalysisAlerts(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'severity': obj.severity,
        'providerRef': toJson_CanarySpecAnalysisAlertsProviderRef(obj.providerRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecAnalysisWebhooks' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecAnalysisWebhooks(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'type': obj.type,
        'muteAlert': obj.muteAlert,
        'url': obj.url,
        'timeout': obj.timeout,
        'retries': obj.retries,
        'disableTLS': obj.disableTls,
        'metadata': ((obj.metadata) === undefined) ? undefined : (Object.entries(obj.metadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecAnalysisSessionAffinity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecAnalysisSessionAffinity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cookieName': obj.cookieName,
        'primaryCookieName': obj.primaryCookieName,
        'domain': obj.domain,
        'httpOnly': obj.httpOnly,
        'maxAge': obj.maxAge,
        'partitioned': obj.partitioned,
        'path': obj.path,
        'sameSite': obj.sameSite,
        'secure': obj.secure,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecServiceMatchAuthority' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecServiceMatchAuthority(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exact': obj.exact,
        'prefix': obj.prefix,
        'regex': obj.regex,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecServiceMatchHeaders' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecServiceMatchHeaders(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exact': obj.exact,
        'prefix': obj.prefix,
        'regex': obj.regex,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecServiceMatchMethod' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecServiceMatchMethod(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exact': obj.exact,
        'prefix': obj.prefix,
        'regex': obj.regex,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecServiceMatchQueryParams' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecServiceMatchQueryParams(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exact': obj.exact,
        'prefix': obj.prefix,
        'regex': obj.regex,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecServiceMatchScheme' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecServiceMatchScheme(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exact': obj.exact,
        'prefix': obj.prefix,
        'regex': obj.regex,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecServiceMatchUri' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecServiceMatchUri(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exact': obj.exact,
        'prefix': obj.prefix,
        'regex': obj.regex,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecServiceMatchWithoutHeaders' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecServiceMatchWithoutHeaders(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exact': obj.exact,
        'prefix': obj.prefix,
        'regex': obj.regex,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecServiceMirrorBackendRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecServiceMirrorBackendRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
        'port': obj.port,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecServiceHeadersRequest' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecServiceHeadersRequest(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'add': ((obj.add) === undefined) ? undefined : (Object.entries(obj.add).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'remove': obj.remove?.map(y => y),
        'set': ((obj.set) === undefined) ? undefined : (Object.entries(obj.set).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecServiceHeadersResponse' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecServiceHeadersResponse(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'add': ((obj.add) === undefined) ? undefined : (Object.entries(obj.add).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'remove': obj.remove?.map(y => y),
        'set': ((obj.set) === undefined) ? undefined : (Object.entries(obj.set).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecServiceCorsPolicyAllowOrigins' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecServiceCorsPolicyAllowOrigins(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exact': obj.exact,
        'prefix': obj.prefix,
        'regex': obj.regex,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecServiceTrafficPolicyConnectionPool' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecServiceTrafficPolicyConnectionPool(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'http': toJson_CanarySpecServiceTrafficPolicyConnectionPoolHttp(obj.http),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecServiceTrafficPolicyLoadBalancer' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecServiceTrafficPolicyLoadBalancer(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'consistentHash': toJson_CanarySpecServiceTrafficPolicyLoadBalancerConsistentHash(obj.consistentHash),
        'localityLbSetting': toJson_CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSetting(obj.localityLbSetting),
        'simple': obj.simple,
        'warmupDurationSecs': obj.warmupDurationSecs,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecServiceTrafficPolicyOutlierDetection' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecServiceTrafficPolicyOutlierDetection(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'baseEjectionTime': obj.baseEjectionTime,
        'consecutive5xxErrors': obj.consecutive5XxErrors,
        'consecutiveErrors': obj.consecutiveErrors,
        'consecutiveGatewayErrors': obj.consecutiveGatewayErrors,
        'consecutiveLocalOriginFailures': obj.consecutiveLocalOriginFailures,
        'interval': obj.interval,
        'maxEjectionPercent': obj.maxEjectionPercent,
        'minHealthPercent': obj.minHealthPercent,
        'splitExternalLocalOriginErrors': obj.splitExternalLocalOriginErrors,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecServiceTrafficPolicyTls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecServiceTrafficPolicyTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caCertificates': obj.caCertificates,
        'clientCertificate': obj.clientCertificate,
        'mode': obj.mode,
        'privateKey': obj.privateKey,
        'sni': obj.sni,
        'subjectAltNames': obj.subjectAltNames?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecAnalysisMatchHeaders' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecAnalysisMatchHeaders(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exact': obj.exact,
        'prefix': obj.prefix,
        'suffix': obj.suffix,
        'regex': obj.regex,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecAnalysisMatchQueryParams' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecAnalysisMatchQueryParams(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exact': obj.exact,
        'prefix': obj.prefix,
        'regex': obj.regex,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecAnalysisMetricsThresholdRange' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecAnalysisMetricsThresholdRange(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'min': obj.min,
        'max': obj.max,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecAnalysisMetricsTemplateRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecAnalysisMetricsTemplateRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema CanarySpecAnalysisAlertsSeverity
 */
var CanarySpecAnalysisAlertsSeverity;
(function (CanarySpecAnalysisAlertsSeverity) {
    /** info */
    CanarySpecAnalysisAlertsSeverity["INFO"] = "info";
    /** warn */
    CanarySpecAnalysisAlertsSeverity["WARN"] = "warn";
    /** error */
    CanarySpecAnalysisAlertsSeverity["ERROR"] = "error";
})(CanarySpecAnalysisAlertsSeverity || (exports.CanarySpecAnalysisAlertsSeverity = CanarySpecAnalysisAlertsSeverity = {}));
/**
 * Converts an object of type 'CanarySpecAnalysisAlertsProviderRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecAnalysisAlertsProviderRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'namespace': obj.namespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema CanarySpecAnalysisWebhooksType
 */
var CanarySpecAnalysisWebhooksType;
(function (CanarySpecAnalysisWebhooksType) {
    /** confirm-rollout */
    CanarySpecAnalysisWebhooksType["CONFIRM_HYPHEN_ROLLOUT"] = "confirm-rollout";
    /** pre-rollout */
    CanarySpecAnalysisWebhooksType["PRE_HYPHEN_ROLLOUT"] = "pre-rollout";
    /** rollout */
    CanarySpecAnalysisWebhooksType["ROLLOUT"] = "rollout";
    /** confirm-promotion */
    CanarySpecAnalysisWebhooksType["CONFIRM_HYPHEN_PROMOTION"] = "confirm-promotion";
    /** post-rollout */
    CanarySpecAnalysisWebhooksType["POST_HYPHEN_ROLLOUT"] = "post-rollout";
    /** event */
    CanarySpecAnalysisWebhooksType["EVENT"] = "event";
    /** rollback */
    CanarySpecAnalysisWebhooksType["ROLLBACK"] = "rollback";
    /** confirm-traffic-increase */
    CanarySpecAnalysisWebhooksType["CONFIRM_HYPHEN_TRAFFIC_HYPHEN_INCREASE"] = "confirm-traffic-increase";
})(CanarySpecAnalysisWebhooksType || (exports.CanarySpecAnalysisWebhooksType = CanarySpecAnalysisWebhooksType = {}));
/**
 * @schema CanarySpecAnalysisSessionAffinitySameSite
 */
var CanarySpecAnalysisSessionAffinitySameSite;
(function (CanarySpecAnalysisSessionAffinitySameSite) {
    /** Strict */
    CanarySpecAnalysisSessionAffinitySameSite["STRICT"] = "Strict";
    /** Lax */
    CanarySpecAnalysisSessionAffinitySameSite["LAX"] = "Lax";
    /** None */
    CanarySpecAnalysisSessionAffinitySameSite["NONE"] = "None";
})(CanarySpecAnalysisSessionAffinitySameSite || (exports.CanarySpecAnalysisSessionAffinitySameSite = CanarySpecAnalysisSessionAffinitySameSite = {}));
/**
 * Converts an object of type 'CanarySpecServiceTrafficPolicyConnectionPoolHttp' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecServiceTrafficPolicyConnectionPoolHttp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'h2UpgradePolicy': obj.h2UpgradePolicy,
        'http1MaxPendingRequests': obj.http1MaxPendingRequests,
        'http2MaxRequests': obj.http2MaxRequests,
        'idleTimeout': obj.idleTimeout,
        'maxRequestsPerConnection': obj.maxRequestsPerConnection,
        'maxRetries': obj.maxRetries,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecServiceTrafficPolicyLoadBalancerConsistentHash' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecServiceTrafficPolicyLoadBalancerConsistentHash(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'httpCookie': toJson_CanarySpecServiceTrafficPolicyLoadBalancerConsistentHashHttpCookie(obj.httpCookie),
        'httpHeaderName': obj.httpHeaderName,
        'httpQueryParameterName': obj.httpQueryParameterName,
        'minimumRingSize': obj.minimumRingSize,
        'useSourceIp': obj.useSourceIp,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSetting' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSetting(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'distribute': obj.distribute?.map(y => toJson_CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingDistribute(y)),
        'enabled': obj.enabled,
        'failover': obj.failover?.map(y => toJson_CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingFailover(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema CanarySpecServiceTrafficPolicyLoadBalancerSimple
 */
var CanarySpecServiceTrafficPolicyLoadBalancerSimple;
(function (CanarySpecServiceTrafficPolicyLoadBalancerSimple) {
    /** ROUND_ROBIN */
    CanarySpecServiceTrafficPolicyLoadBalancerSimple["ROUND_UNDERSCORE_ROBIN"] = "ROUND_ROBIN";
    /** LEAST_CONN */
    CanarySpecServiceTrafficPolicyLoadBalancerSimple["LEAST_UNDERSCORE_CONN"] = "LEAST_CONN";
    /** RANDOM */
    CanarySpecServiceTrafficPolicyLoadBalancerSimple["RANDOM"] = "RANDOM";
    /** PASSTHROUGH */
    CanarySpecServiceTrafficPolicyLoadBalancerSimple["PASSTHROUGH"] = "PASSTHROUGH";
    /** LEAST_REQUEST */
    CanarySpecServiceTrafficPolicyLoadBalancerSimple["LEAST_UNDERSCORE_REQUEST"] = "LEAST_REQUEST";
})(CanarySpecServiceTrafficPolicyLoadBalancerSimple || (exports.CanarySpecServiceTrafficPolicyLoadBalancerSimple = CanarySpecServiceTrafficPolicyLoadBalancerSimple = {}));
/**
 * @schema CanarySpecServiceTrafficPolicyTlsMode
 */
var CanarySpecServiceTrafficPolicyTlsMode;
(function (CanarySpecServiceTrafficPolicyTlsMode) {
    /** DISABLE */
    CanarySpecServiceTrafficPolicyTlsMode["DISABLE"] = "DISABLE";
    /** SIMPLE */
    CanarySpecServiceTrafficPolicyTlsMode["SIMPLE"] = "SIMPLE";
    /** MUTUAL */
    CanarySpecServiceTrafficPolicyTlsMode["MUTUAL"] = "MUTUAL";
    /** ISTIO_MUTUAL */
    CanarySpecServiceTrafficPolicyTlsMode["ISTIO_UNDERSCORE_MUTUAL"] = "ISTIO_MUTUAL";
})(CanarySpecServiceTrafficPolicyTlsMode || (exports.CanarySpecServiceTrafficPolicyTlsMode = CanarySpecServiceTrafficPolicyTlsMode = {}));
/**
 * @schema CanarySpecServiceTrafficPolicyConnectionPoolHttpH2UpgradePolicy
 */
var CanarySpecServiceTrafficPolicyConnectionPoolHttpH2UpgradePolicy;
(function (CanarySpecServiceTrafficPolicyConnectionPoolHttpH2UpgradePolicy) {
    /** DEFAULT */
    CanarySpecServiceTrafficPolicyConnectionPoolHttpH2UpgradePolicy["DEFAULT"] = "DEFAULT";
    /** DO_NOT_UPGRADE */
    CanarySpecServiceTrafficPolicyConnectionPoolHttpH2UpgradePolicy["DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE"] = "DO_NOT_UPGRADE";
    /** UPGRADE */
    CanarySpecServiceTrafficPolicyConnectionPoolHttpH2UpgradePolicy["UPGRADE"] = "UPGRADE";
})(CanarySpecServiceTrafficPolicyConnectionPoolHttpH2UpgradePolicy || (exports.CanarySpecServiceTrafficPolicyConnectionPoolHttpH2UpgradePolicy = CanarySpecServiceTrafficPolicyConnectionPoolHttpH2UpgradePolicy = {}));
/**
 * Converts an object of type 'CanarySpecServiceTrafficPolicyLoadBalancerConsistentHashHttpCookie' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecServiceTrafficPolicyLoadBalancerConsistentHashHttpCookie(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'path': obj.path,
        'ttl': obj.ttl,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingDistribute' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingDistribute(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'from': obj.from,
        'to': ((obj.to) === undefined) ? undefined : (Object.entries(obj.to).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingFailover' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_CanarySpecServiceTrafficPolicyLoadBalancerLocalityLbSettingFailover(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'from': obj.from,
        'to': obj.to,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
//# sourceMappingURL=flagger-flagger.app.js.map