"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VirtualServiceSpecHttpRedirectDerivePort = exports.VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights = exports.VirtualService = exports.SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy = exports.SidecarSpecIngressTlsMode = exports.SidecarSpecIngressTlsMinProtocolVersion = exports.SidecarSpecIngressTlsMaxProtocolVersion = exports.SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy = exports.SidecarSpecOutboundTrafficPolicyMode = exports.SidecarSpecIngressCaptureMode = exports.SidecarSpecEgressCaptureMode = exports.Sidecar = exports.ServiceEntrySpecResolution = exports.ServiceEntrySpecLocation = exports.ServiceEntry = exports.GatewaySpecServersTlsMode = exports.GatewaySpecServersTlsMinProtocolVersion = exports.GatewaySpecServersTlsMaxProtocolVersion = exports.Gateway = exports.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy = exports.DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy = exports.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode = exports.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple = exports.DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy = exports.DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode = exports.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple = exports.DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy = exports.DestinationRuleSpecSubsetsTrafficPolicyTlsMode = exports.DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion = exports.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple = exports.DestinationRuleSpecTrafficPolicyTlsMode = exports.DestinationRuleSpecTrafficPolicyProxyProtocolVersion = exports.DestinationRuleSpecTrafficPolicyLoadBalancerSimple = exports.DestinationRule = void 0;
exports.toJson_DestinationRuleProps = toJson_DestinationRuleProps;
exports.toJson_DestinationRuleSpec = toJson_DestinationRuleSpec;
exports.toJson_DestinationRuleSpecSubsets = toJson_DestinationRuleSpecSubsets;
exports.toJson_DestinationRuleSpecTrafficPolicy = toJson_DestinationRuleSpecTrafficPolicy;
exports.toJson_DestinationRuleSpecWorkloadSelector = toJson_DestinationRuleSpecWorkloadSelector;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicy = toJson_DestinationRuleSpecSubsetsTrafficPolicy;
exports.toJson_DestinationRuleSpecTrafficPolicyConnectionPool = toJson_DestinationRuleSpecTrafficPolicyConnectionPool;
exports.toJson_DestinationRuleSpecTrafficPolicyLoadBalancer = toJson_DestinationRuleSpecTrafficPolicyLoadBalancer;
exports.toJson_DestinationRuleSpecTrafficPolicyOutlierDetection = toJson_DestinationRuleSpecTrafficPolicyOutlierDetection;
exports.toJson_DestinationRuleSpecTrafficPolicyPortLevelSettings = toJson_DestinationRuleSpecTrafficPolicyPortLevelSettings;
exports.toJson_DestinationRuleSpecTrafficPolicyProxyProtocol = toJson_DestinationRuleSpecTrafficPolicyProxyProtocol;
exports.toJson_DestinationRuleSpecTrafficPolicyRetryBudget = toJson_DestinationRuleSpecTrafficPolicyRetryBudget;
exports.toJson_DestinationRuleSpecTrafficPolicyTls = toJson_DestinationRuleSpecTrafficPolicyTls;
exports.toJson_DestinationRuleSpecTrafficPolicyTunnel = toJson_DestinationRuleSpecTrafficPolicyTunnel;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyConnectionPool = toJson_DestinationRuleSpecSubsetsTrafficPolicyConnectionPool;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer = toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection = toJson_DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings = toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol = toJson_DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyRetryBudget = toJson_DestinationRuleSpecSubsetsTrafficPolicyRetryBudget;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyTls = toJson_DestinationRuleSpecSubsetsTrafficPolicyTls;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyTunnel = toJson_DestinationRuleSpecSubsetsTrafficPolicyTunnel;
exports.toJson_DestinationRuleSpecTrafficPolicyConnectionPoolHttp = toJson_DestinationRuleSpecTrafficPolicyConnectionPoolHttp;
exports.toJson_DestinationRuleSpecTrafficPolicyConnectionPoolTcp = toJson_DestinationRuleSpecTrafficPolicyConnectionPoolTcp;
exports.toJson_DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash = toJson_DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash;
exports.toJson_DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting = toJson_DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting;
exports.toJson_DestinationRuleSpecTrafficPolicyLoadBalancerWarmup = toJson_DestinationRuleSpecTrafficPolicyLoadBalancerWarmup;
exports.toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool = toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool;
exports.toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer = toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer;
exports.toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection = toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection;
exports.toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsPort = toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsPort;
exports.toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsTls = toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsTls;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp = toJson_DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp = toJson_DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash = toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting = toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup = toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool = toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer = toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection = toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort = toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls = toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls;
exports.toJson_DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive = toJson_DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive;
exports.toJson_DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie = toJson_DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie;
exports.toJson_DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev = toJson_DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev;
exports.toJson_DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash = toJson_DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash;
exports.toJson_DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute = toJson_DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute;
exports.toJson_DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover = toJson_DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover;
exports.toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp = toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp;
exports.toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp = toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp;
exports.toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash = toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash;
exports.toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting = toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting;
exports.toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup = toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive = toJson_DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie = toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev = toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash = toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute = toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover = toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp = toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp = toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash = toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting = toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup = toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup;
exports.toJson_DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes = toJson_DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes;
exports.toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive = toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive;
exports.toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie = toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie;
exports.toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev = toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev;
exports.toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash = toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash;
exports.toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute = toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute;
exports.toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover = toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes = toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive = toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie = toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev = toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash = toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute = toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover = toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover;
exports.toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes = toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes;
exports.toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes = toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes;
exports.toJson_GatewayProps = toJson_GatewayProps;
exports.toJson_GatewaySpec = toJson_GatewaySpec;
exports.toJson_GatewaySpecServers = toJson_GatewaySpecServers;
exports.toJson_GatewaySpecServersPort = toJson_GatewaySpecServersPort;
exports.toJson_GatewaySpecServersTls = toJson_GatewaySpecServersTls;
exports.toJson_GatewaySpecServersTlsTlsCertificates = toJson_GatewaySpecServersTlsTlsCertificates;
exports.toJson_ServiceEntryProps = toJson_ServiceEntryProps;
exports.toJson_ServiceEntrySpec = toJson_ServiceEntrySpec;
exports.toJson_ServiceEntrySpecEndpoints = toJson_ServiceEntrySpecEndpoints;
exports.toJson_ServiceEntrySpecPorts = toJson_ServiceEntrySpecPorts;
exports.toJson_ServiceEntrySpecWorkloadSelector = toJson_ServiceEntrySpecWorkloadSelector;
exports.toJson_SidecarProps = toJson_SidecarProps;
exports.toJson_SidecarSpec = toJson_SidecarSpec;
exports.toJson_SidecarSpecEgress = toJson_SidecarSpecEgress;
exports.toJson_SidecarSpecInboundConnectionPool = toJson_SidecarSpecInboundConnectionPool;
exports.toJson_SidecarSpecIngress = toJson_SidecarSpecIngress;
exports.toJson_SidecarSpecOutboundTrafficPolicy = toJson_SidecarSpecOutboundTrafficPolicy;
exports.toJson_SidecarSpecWorkloadSelector = toJson_SidecarSpecWorkloadSelector;
exports.toJson_SidecarSpecEgressPort = toJson_SidecarSpecEgressPort;
exports.toJson_SidecarSpecInboundConnectionPoolHttp = toJson_SidecarSpecInboundConnectionPoolHttp;
exports.toJson_SidecarSpecInboundConnectionPoolTcp = toJson_SidecarSpecInboundConnectionPoolTcp;
exports.toJson_SidecarSpecIngressConnectionPool = toJson_SidecarSpecIngressConnectionPool;
exports.toJson_SidecarSpecIngressPort = toJson_SidecarSpecIngressPort;
exports.toJson_SidecarSpecIngressTls = toJson_SidecarSpecIngressTls;
exports.toJson_SidecarSpecOutboundTrafficPolicyEgressProxy = toJson_SidecarSpecOutboundTrafficPolicyEgressProxy;
exports.toJson_SidecarSpecInboundConnectionPoolTcpTcpKeepalive = toJson_SidecarSpecInboundConnectionPoolTcpTcpKeepalive;
exports.toJson_SidecarSpecIngressConnectionPoolHttp = toJson_SidecarSpecIngressConnectionPoolHttp;
exports.toJson_SidecarSpecIngressConnectionPoolTcp = toJson_SidecarSpecIngressConnectionPoolTcp;
exports.toJson_SidecarSpecIngressTlsTlsCertificates = toJson_SidecarSpecIngressTlsTlsCertificates;
exports.toJson_SidecarSpecOutboundTrafficPolicyEgressProxyPort = toJson_SidecarSpecOutboundTrafficPolicyEgressProxyPort;
exports.toJson_SidecarSpecIngressConnectionPoolTcpTcpKeepalive = toJson_SidecarSpecIngressConnectionPoolTcpTcpKeepalive;
exports.toJson_VirtualServiceProps = toJson_VirtualServiceProps;
exports.toJson_VirtualServiceSpec = toJson_VirtualServiceSpec;
exports.toJson_VirtualServiceSpecHttp = toJson_VirtualServiceSpecHttp;
exports.toJson_VirtualServiceSpecTcp = toJson_VirtualServiceSpecTcp;
exports.toJson_VirtualServiceSpecTls = toJson_VirtualServiceSpecTls;
exports.toJson_VirtualServiceSpecHttpCorsPolicy = toJson_VirtualServiceSpecHttpCorsPolicy;
exports.toJson_VirtualServiceSpecHttpDelegate = toJson_VirtualServiceSpecHttpDelegate;
exports.toJson_VirtualServiceSpecHttpDirectResponse = toJson_VirtualServiceSpecHttpDirectResponse;
exports.toJson_VirtualServiceSpecHttpFault = toJson_VirtualServiceSpecHttpFault;
exports.toJson_VirtualServiceSpecHttpHeaders = toJson_VirtualServiceSpecHttpHeaders;
exports.toJson_VirtualServiceSpecHttpMatch = toJson_VirtualServiceSpecHttpMatch;
exports.toJson_VirtualServiceSpecHttpMirror = toJson_VirtualServiceSpecHttpMirror;
exports.toJson_VirtualServiceSpecHttpMirrorPercentage = toJson_VirtualServiceSpecHttpMirrorPercentage;
exports.toJson_VirtualServiceSpecHttpMirrors = toJson_VirtualServiceSpecHttpMirrors;
exports.toJson_VirtualServiceSpecHttpRedirect = toJson_VirtualServiceSpecHttpRedirect;
exports.toJson_VirtualServiceSpecHttpRetries = toJson_VirtualServiceSpecHttpRetries;
exports.toJson_VirtualServiceSpecHttpRewrite = toJson_VirtualServiceSpecHttpRewrite;
exports.toJson_VirtualServiceSpecHttpRoute = toJson_VirtualServiceSpecHttpRoute;
exports.toJson_VirtualServiceSpecTcpMatch = toJson_VirtualServiceSpecTcpMatch;
exports.toJson_VirtualServiceSpecTcpRoute = toJson_VirtualServiceSpecTcpRoute;
exports.toJson_VirtualServiceSpecTlsMatch = toJson_VirtualServiceSpecTlsMatch;
exports.toJson_VirtualServiceSpecTlsRoute = toJson_VirtualServiceSpecTlsRoute;
exports.toJson_VirtualServiceSpecHttpCorsPolicyAllowOrigins = toJson_VirtualServiceSpecHttpCorsPolicyAllowOrigins;
exports.toJson_VirtualServiceSpecHttpDirectResponseBody = toJson_VirtualServiceSpecHttpDirectResponseBody;
exports.toJson_VirtualServiceSpecHttpFaultAbort = toJson_VirtualServiceSpecHttpFaultAbort;
exports.toJson_VirtualServiceSpecHttpFaultDelay = toJson_VirtualServiceSpecHttpFaultDelay;
exports.toJson_VirtualServiceSpecHttpHeadersRequest = toJson_VirtualServiceSpecHttpHeadersRequest;
exports.toJson_VirtualServiceSpecHttpHeadersResponse = toJson_VirtualServiceSpecHttpHeadersResponse;
exports.toJson_VirtualServiceSpecHttpMatchAuthority = toJson_VirtualServiceSpecHttpMatchAuthority;
exports.toJson_VirtualServiceSpecHttpMatchHeaders = toJson_VirtualServiceSpecHttpMatchHeaders;
exports.toJson_VirtualServiceSpecHttpMatchMethod = toJson_VirtualServiceSpecHttpMatchMethod;
exports.toJson_VirtualServiceSpecHttpMatchQueryParams = toJson_VirtualServiceSpecHttpMatchQueryParams;
exports.toJson_VirtualServiceSpecHttpMatchScheme = toJson_VirtualServiceSpecHttpMatchScheme;
exports.toJson_VirtualServiceSpecHttpMatchUri = toJson_VirtualServiceSpecHttpMatchUri;
exports.toJson_VirtualServiceSpecHttpMatchWithoutHeaders = toJson_VirtualServiceSpecHttpMatchWithoutHeaders;
exports.toJson_VirtualServiceSpecHttpMirrorPort = toJson_VirtualServiceSpecHttpMirrorPort;
exports.toJson_VirtualServiceSpecHttpMirrorsDestination = toJson_VirtualServiceSpecHttpMirrorsDestination;
exports.toJson_VirtualServiceSpecHttpMirrorsPercentage = toJson_VirtualServiceSpecHttpMirrorsPercentage;
exports.toJson_VirtualServiceSpecHttpRewriteUriRegexRewrite = toJson_VirtualServiceSpecHttpRewriteUriRegexRewrite;
exports.toJson_VirtualServiceSpecHttpRouteDestination = toJson_VirtualServiceSpecHttpRouteDestination;
exports.toJson_VirtualServiceSpecHttpRouteHeaders = toJson_VirtualServiceSpecHttpRouteHeaders;
exports.toJson_VirtualServiceSpecTcpRouteDestination = toJson_VirtualServiceSpecTcpRouteDestination;
exports.toJson_VirtualServiceSpecTlsRouteDestination = toJson_VirtualServiceSpecTlsRouteDestination;
exports.toJson_VirtualServiceSpecHttpFaultAbortPercentage = toJson_VirtualServiceSpecHttpFaultAbortPercentage;
exports.toJson_VirtualServiceSpecHttpFaultDelayPercentage = toJson_VirtualServiceSpecHttpFaultDelayPercentage;
exports.toJson_VirtualServiceSpecHttpMirrorsDestinationPort = toJson_VirtualServiceSpecHttpMirrorsDestinationPort;
exports.toJson_VirtualServiceSpecHttpRouteDestinationPort = toJson_VirtualServiceSpecHttpRouteDestinationPort;
exports.toJson_VirtualServiceSpecHttpRouteHeadersRequest = toJson_VirtualServiceSpecHttpRouteHeadersRequest;
exports.toJson_VirtualServiceSpecHttpRouteHeadersResponse = toJson_VirtualServiceSpecHttpRouteHeadersResponse;
exports.toJson_VirtualServiceSpecTcpRouteDestinationPort = toJson_VirtualServiceSpecTcpRouteDestinationPort;
exports.toJson_VirtualServiceSpecTlsRouteDestinationPort = toJson_VirtualServiceSpecTlsRouteDestinationPort;
// generated by cdk8s
const cdk8s_1 = require("cdk8s");
/**
 *
 *
 * @schema DestinationRule
 */
class DestinationRule extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "DestinationRule"
     */
    static GVK = {
        apiVersion: 'networking.istio.io/v1',
        kind: 'DestinationRule',
    };
    /**
     * Renders a Kubernetes manifest for "DestinationRule".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props = {}) {
        return {
            ...DestinationRule.GVK,
            ...toJson_DestinationRuleProps(props),
        };
    }
    /**
     * Defines a "DestinationRule" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...DestinationRule.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...DestinationRule.GVK,
            ...toJson_DestinationRuleProps(resolved),
        };
    }
}
exports.DestinationRule = DestinationRule;
/**
 * Converts an object of type 'DestinationRuleProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_DestinationRuleSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exportTo': obj.exportTo?.map(y => y),
        'host': obj.host,
        'subsets': obj.subsets?.map(y => toJson_DestinationRuleSpecSubsets(y)),
        'trafficPolicy': toJson_DestinationRuleSpecTrafficPolicy(obj.trafficPolicy),
        'workloadSelector': toJson_DestinationRuleSpecWorkloadSelector(obj.workloadSelector),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsets' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsets(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'name': obj.name,
        'trafficPolicy': toJson_DestinationRuleSpecSubsetsTrafficPolicy(obj.trafficPolicy),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'connectionPool': toJson_DestinationRuleSpecTrafficPolicyConnectionPool(obj.connectionPool),
        'loadBalancer': toJson_DestinationRuleSpecTrafficPolicyLoadBalancer(obj.loadBalancer),
        'outlierDetection': toJson_DestinationRuleSpecTrafficPolicyOutlierDetection(obj.outlierDetection),
        'portLevelSettings': obj.portLevelSettings?.map(y => toJson_DestinationRuleSpecTrafficPolicyPortLevelSettings(y)),
        'proxyProtocol': toJson_DestinationRuleSpecTrafficPolicyProxyProtocol(obj.proxyProtocol),
        'retryBudget': toJson_DestinationRuleSpecTrafficPolicyRetryBudget(obj.retryBudget),
        'tls': toJson_DestinationRuleSpecTrafficPolicyTls(obj.tls),
        'tunnel': toJson_DestinationRuleSpecTrafficPolicyTunnel(obj.tunnel),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecWorkloadSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecWorkloadSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'connectionPool': toJson_DestinationRuleSpecSubsetsTrafficPolicyConnectionPool(obj.connectionPool),
        'loadBalancer': toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer(obj.loadBalancer),
        'outlierDetection': toJson_DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection(obj.outlierDetection),
        'portLevelSettings': obj.portLevelSettings?.map(y => toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings(y)),
        'proxyProtocol': toJson_DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol(obj.proxyProtocol),
        'retryBudget': toJson_DestinationRuleSpecSubsetsTrafficPolicyRetryBudget(obj.retryBudget),
        'tls': toJson_DestinationRuleSpecSubsetsTrafficPolicyTls(obj.tls),
        'tunnel': toJson_DestinationRuleSpecSubsetsTrafficPolicyTunnel(obj.tunnel),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyConnectionPool' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyConnectionPool(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'http': toJson_DestinationRuleSpecTrafficPolicyConnectionPoolHttp(obj.http),
        'tcp': toJson_DestinationRuleSpecTrafficPolicyConnectionPoolTcp(obj.tcp),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyLoadBalancer' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyLoadBalancer(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'consistentHash': toJson_DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash(obj.consistentHash),
        'localityLbSetting': toJson_DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting(obj.localityLbSetting),
        'simple': obj.simple,
        'warmup': toJson_DestinationRuleSpecTrafficPolicyLoadBalancerWarmup(obj.warmup),
        'warmupDurationSecs': obj.warmupDurationSecs,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyOutlierDetection' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyOutlierDetection(obj) {
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
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettings' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettings(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'connectionPool': toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool(obj.connectionPool),
        'loadBalancer': toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer(obj.loadBalancer),
        'outlierDetection': toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection(obj.outlierDetection),
        'port': toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsPort(obj.port),
        'tls': toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsTls(obj.tls),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyProxyProtocol' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyProxyProtocol(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'version': obj.version,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyRetryBudget' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyRetryBudget(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'minRetryConcurrency': obj.minRetryConcurrency,
        'percent': obj.percent,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyTls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caCertificates': obj.caCertificates,
        'caCrl': obj.caCrl,
        'clientCertificate': obj.clientCertificate,
        'credentialName': obj.credentialName,
        'insecureSkipVerify': obj.insecureSkipVerify,
        'mode': obj.mode,
        'privateKey': obj.privateKey,
        'sni': obj.sni,
        'subjectAltNames': obj.subjectAltNames?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyTunnel' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyTunnel(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'protocol': obj.protocol,
        'targetHost': obj.targetHost,
        'targetPort': obj.targetPort,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyConnectionPool' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyConnectionPool(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'http': toJson_DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp(obj.http),
        'tcp': toJson_DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp(obj.tcp),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'consistentHash': toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash(obj.consistentHash),
        'localityLbSetting': toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting(obj.localityLbSetting),
        'simple': obj.simple,
        'warmup': toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup(obj.warmup),
        'warmupDurationSecs': obj.warmupDurationSecs,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection(obj) {
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
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'connectionPool': toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool(obj.connectionPool),
        'loadBalancer': toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer(obj.loadBalancer),
        'outlierDetection': toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection(obj.outlierDetection),
        'port': toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort(obj.port),
        'tls': toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls(obj.tls),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'version': obj.version,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyRetryBudget' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyRetryBudget(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'minRetryConcurrency': obj.minRetryConcurrency,
        'percent': obj.percent,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyTls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caCertificates': obj.caCertificates,
        'caCrl': obj.caCrl,
        'clientCertificate': obj.clientCertificate,
        'credentialName': obj.credentialName,
        'insecureSkipVerify': obj.insecureSkipVerify,
        'mode': obj.mode,
        'privateKey': obj.privateKey,
        'sni': obj.sni,
        'subjectAltNames': obj.subjectAltNames?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyTunnel' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyTunnel(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'protocol': obj.protocol,
        'targetHost': obj.targetHost,
        'targetPort': obj.targetPort,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyConnectionPoolHttp' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyConnectionPoolHttp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'h2UpgradePolicy': obj.h2UpgradePolicy,
        'http1MaxPendingRequests': obj.http1MaxPendingRequests,
        'http2MaxRequests': obj.http2MaxRequests,
        'idleTimeout': obj.idleTimeout,
        'maxConcurrentStreams': obj.maxConcurrentStreams,
        'maxRequestsPerConnection': obj.maxRequestsPerConnection,
        'maxRetries': obj.maxRetries,
        'useClientProtocol': obj.useClientProtocol,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyConnectionPoolTcp' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyConnectionPoolTcp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'connectTimeout': obj.connectTimeout,
        'idleTimeout': obj.idleTimeout,
        'maxConnectionDuration': obj.maxConnectionDuration,
        'maxConnections': obj.maxConnections,
        'tcpKeepalive': toJson_DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive(obj.tcpKeepalive),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'httpCookie': toJson_DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie(obj.httpCookie),
        'httpHeaderName': obj.httpHeaderName,
        'httpQueryParameterName': obj.httpQueryParameterName,
        'maglev': toJson_DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev(obj.maglev),
        'minimumRingSize': obj.minimumRingSize,
        'ringHash': toJson_DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash(obj.ringHash),
        'useSourceIp': obj.useSourceIp,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'distribute': obj.distribute?.map(y => toJson_DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute(y)),
        'enabled': obj.enabled,
        'failover': obj.failover?.map(y => toJson_DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover(y)),
        'failoverPriority': obj.failoverPriority?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema DestinationRuleSpecTrafficPolicyLoadBalancerSimple
 */
var DestinationRuleSpecTrafficPolicyLoadBalancerSimple;
(function (DestinationRuleSpecTrafficPolicyLoadBalancerSimple) {
    /** UNSPECIFIED */
    DestinationRuleSpecTrafficPolicyLoadBalancerSimple["UNSPECIFIED"] = "UNSPECIFIED";
    /** LEAST_CONN */
    DestinationRuleSpecTrafficPolicyLoadBalancerSimple["LEAST_UNDERSCORE_CONN"] = "LEAST_CONN";
    /** RANDOM */
    DestinationRuleSpecTrafficPolicyLoadBalancerSimple["RANDOM"] = "RANDOM";
    /** PASSTHROUGH */
    DestinationRuleSpecTrafficPolicyLoadBalancerSimple["PASSTHROUGH"] = "PASSTHROUGH";
    /** ROUND_ROBIN */
    DestinationRuleSpecTrafficPolicyLoadBalancerSimple["ROUND_UNDERSCORE_ROBIN"] = "ROUND_ROBIN";
    /** LEAST_REQUEST */
    DestinationRuleSpecTrafficPolicyLoadBalancerSimple["LEAST_UNDERSCORE_REQUEST"] = "LEAST_REQUEST";
})(DestinationRuleSpecTrafficPolicyLoadBalancerSimple || (exports.DestinationRuleSpecTrafficPolicyLoadBalancerSimple = DestinationRuleSpecTrafficPolicyLoadBalancerSimple = {}));
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyLoadBalancerWarmup' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyLoadBalancerWarmup(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'aggression': obj.aggression,
        'duration': obj.duration,
        'minimumPercent': obj.minimumPercent,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'http': toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp(obj.http),
        'tcp': toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp(obj.tcp),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'consistentHash': toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash(obj.consistentHash),
        'localityLbSetting': toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting(obj.localityLbSetting),
        'simple': obj.simple,
        'warmup': toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup(obj.warmup),
        'warmupDurationSecs': obj.warmupDurationSecs,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection(obj) {
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
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettingsPort' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsPort(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'number': obj.number,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettingsTls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caCertificates': obj.caCertificates,
        'caCrl': obj.caCrl,
        'clientCertificate': obj.clientCertificate,
        'credentialName': obj.credentialName,
        'insecureSkipVerify': obj.insecureSkipVerify,
        'mode': obj.mode,
        'privateKey': obj.privateKey,
        'sni': obj.sni,
        'subjectAltNames': obj.subjectAltNames?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema DestinationRuleSpecTrafficPolicyProxyProtocolVersion
 */
var DestinationRuleSpecTrafficPolicyProxyProtocolVersion;
(function (DestinationRuleSpecTrafficPolicyProxyProtocolVersion) {
    /** V1 */
    DestinationRuleSpecTrafficPolicyProxyProtocolVersion["V1"] = "V1";
    /** V2 */
    DestinationRuleSpecTrafficPolicyProxyProtocolVersion["V2"] = "V2";
})(DestinationRuleSpecTrafficPolicyProxyProtocolVersion || (exports.DestinationRuleSpecTrafficPolicyProxyProtocolVersion = DestinationRuleSpecTrafficPolicyProxyProtocolVersion = {}));
/**
 * @schema DestinationRuleSpecTrafficPolicyTlsMode
 */
var DestinationRuleSpecTrafficPolicyTlsMode;
(function (DestinationRuleSpecTrafficPolicyTlsMode) {
    /** DISABLE */
    DestinationRuleSpecTrafficPolicyTlsMode["DISABLE"] = "DISABLE";
    /** SIMPLE */
    DestinationRuleSpecTrafficPolicyTlsMode["SIMPLE"] = "SIMPLE";
    /** MUTUAL */
    DestinationRuleSpecTrafficPolicyTlsMode["MUTUAL"] = "MUTUAL";
    /** ISTIO_MUTUAL */
    DestinationRuleSpecTrafficPolicyTlsMode["ISTIO_UNDERSCORE_MUTUAL"] = "ISTIO_MUTUAL";
})(DestinationRuleSpecTrafficPolicyTlsMode || (exports.DestinationRuleSpecTrafficPolicyTlsMode = DestinationRuleSpecTrafficPolicyTlsMode = {}));
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'h2UpgradePolicy': obj.h2UpgradePolicy,
        'http1MaxPendingRequests': obj.http1MaxPendingRequests,
        'http2MaxRequests': obj.http2MaxRequests,
        'idleTimeout': obj.idleTimeout,
        'maxConcurrentStreams': obj.maxConcurrentStreams,
        'maxRequestsPerConnection': obj.maxRequestsPerConnection,
        'maxRetries': obj.maxRetries,
        'useClientProtocol': obj.useClientProtocol,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'connectTimeout': obj.connectTimeout,
        'idleTimeout': obj.idleTimeout,
        'maxConnectionDuration': obj.maxConnectionDuration,
        'maxConnections': obj.maxConnections,
        'tcpKeepalive': toJson_DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive(obj.tcpKeepalive),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'httpCookie': toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie(obj.httpCookie),
        'httpHeaderName': obj.httpHeaderName,
        'httpQueryParameterName': obj.httpQueryParameterName,
        'maglev': toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev(obj.maglev),
        'minimumRingSize': obj.minimumRingSize,
        'ringHash': toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash(obj.ringHash),
        'useSourceIp': obj.useSourceIp,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'distribute': obj.distribute?.map(y => toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute(y)),
        'enabled': obj.enabled,
        'failover': obj.failover?.map(y => toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover(y)),
        'failoverPriority': obj.failoverPriority?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple
 */
var DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple;
(function (DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple) {
    /** UNSPECIFIED */
    DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple["UNSPECIFIED"] = "UNSPECIFIED";
    /** LEAST_CONN */
    DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple["LEAST_UNDERSCORE_CONN"] = "LEAST_CONN";
    /** RANDOM */
    DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple["RANDOM"] = "RANDOM";
    /** PASSTHROUGH */
    DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple["PASSTHROUGH"] = "PASSTHROUGH";
    /** ROUND_ROBIN */
    DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple["ROUND_UNDERSCORE_ROBIN"] = "ROUND_ROBIN";
    /** LEAST_REQUEST */
    DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple["LEAST_UNDERSCORE_REQUEST"] = "LEAST_REQUEST";
})(DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple || (exports.DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple = DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple = {}));
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'aggression': obj.aggression,
        'duration': obj.duration,
        'minimumPercent': obj.minimumPercent,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'http': toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp(obj.http),
        'tcp': toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp(obj.tcp),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'consistentHash': toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash(obj.consistentHash),
        'localityLbSetting': toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting(obj.localityLbSetting),
        'simple': obj.simple,
        'warmup': toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup(obj.warmup),
        'warmupDurationSecs': obj.warmupDurationSecs,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection(obj) {
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
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'number': obj.number,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caCertificates': obj.caCertificates,
        'caCrl': obj.caCrl,
        'clientCertificate': obj.clientCertificate,
        'credentialName': obj.credentialName,
        'insecureSkipVerify': obj.insecureSkipVerify,
        'mode': obj.mode,
        'privateKey': obj.privateKey,
        'sni': obj.sni,
        'subjectAltNames': obj.subjectAltNames?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion
 */
var DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion;
(function (DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion) {
    /** V1 */
    DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion["V1"] = "V1";
    /** V2 */
    DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion["V2"] = "V2";
})(DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion || (exports.DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion = DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion = {}));
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyTlsMode
 */
var DestinationRuleSpecSubsetsTrafficPolicyTlsMode;
(function (DestinationRuleSpecSubsetsTrafficPolicyTlsMode) {
    /** DISABLE */
    DestinationRuleSpecSubsetsTrafficPolicyTlsMode["DISABLE"] = "DISABLE";
    /** SIMPLE */
    DestinationRuleSpecSubsetsTrafficPolicyTlsMode["SIMPLE"] = "SIMPLE";
    /** MUTUAL */
    DestinationRuleSpecSubsetsTrafficPolicyTlsMode["MUTUAL"] = "MUTUAL";
    /** ISTIO_MUTUAL */
    DestinationRuleSpecSubsetsTrafficPolicyTlsMode["ISTIO_UNDERSCORE_MUTUAL"] = "ISTIO_MUTUAL";
})(DestinationRuleSpecSubsetsTrafficPolicyTlsMode || (exports.DestinationRuleSpecSubsetsTrafficPolicyTlsMode = DestinationRuleSpecSubsetsTrafficPolicyTlsMode = {}));
/**
 * @schema DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy
 */
var DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy;
(function (DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy) {
    /** DEFAULT */
    DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy["DEFAULT"] = "DEFAULT";
    /** DO_NOT_UPGRADE */
    DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy["DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE"] = "DO_NOT_UPGRADE";
    /** UPGRADE */
    DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy["UPGRADE"] = "UPGRADE";
})(DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy || (exports.DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy = DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy = {}));
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'interval': obj.interval,
        'probes': obj.probes,
        'time': obj.time,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'attributes': obj.attributes?.map(y => toJson_DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes(y)),
        'name': obj.name,
        'path': obj.path,
        'ttl': obj.ttl,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'tableSize': obj.tableSize,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'minimumRingSize': obj.minimumRingSize,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute(obj) {
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
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover(obj) {
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
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'h2UpgradePolicy': obj.h2UpgradePolicy,
        'http1MaxPendingRequests': obj.http1MaxPendingRequests,
        'http2MaxRequests': obj.http2MaxRequests,
        'idleTimeout': obj.idleTimeout,
        'maxConcurrentStreams': obj.maxConcurrentStreams,
        'maxRequestsPerConnection': obj.maxRequestsPerConnection,
        'maxRetries': obj.maxRetries,
        'useClientProtocol': obj.useClientProtocol,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'connectTimeout': obj.connectTimeout,
        'idleTimeout': obj.idleTimeout,
        'maxConnectionDuration': obj.maxConnectionDuration,
        'maxConnections': obj.maxConnections,
        'tcpKeepalive': toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive(obj.tcpKeepalive),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'httpCookie': toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie(obj.httpCookie),
        'httpHeaderName': obj.httpHeaderName,
        'httpQueryParameterName': obj.httpQueryParameterName,
        'maglev': toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev(obj.maglev),
        'minimumRingSize': obj.minimumRingSize,
        'ringHash': toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash(obj.ringHash),
        'useSourceIp': obj.useSourceIp,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'distribute': obj.distribute?.map(y => toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute(y)),
        'enabled': obj.enabled,
        'failover': obj.failover?.map(y => toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover(y)),
        'failoverPriority': obj.failoverPriority?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple
 */
var DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple;
(function (DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple) {
    /** UNSPECIFIED */
    DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple["UNSPECIFIED"] = "UNSPECIFIED";
    /** LEAST_CONN */
    DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple["LEAST_UNDERSCORE_CONN"] = "LEAST_CONN";
    /** RANDOM */
    DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple["RANDOM"] = "RANDOM";
    /** PASSTHROUGH */
    DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple["PASSTHROUGH"] = "PASSTHROUGH";
    /** ROUND_ROBIN */
    DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple["ROUND_UNDERSCORE_ROBIN"] = "ROUND_ROBIN";
    /** LEAST_REQUEST */
    DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple["LEAST_UNDERSCORE_REQUEST"] = "LEAST_REQUEST";
})(DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple || (exports.DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple = DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple = {}));
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'aggression': obj.aggression,
        'duration': obj.duration,
        'minimumPercent': obj.minimumPercent,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode
 */
var DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode;
(function (DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode) {
    /** DISABLE */
    DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode["DISABLE"] = "DISABLE";
    /** SIMPLE */
    DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode["SIMPLE"] = "SIMPLE";
    /** MUTUAL */
    DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode["MUTUAL"] = "MUTUAL";
    /** ISTIO_MUTUAL */
    DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode["ISTIO_UNDERSCORE_MUTUAL"] = "ISTIO_MUTUAL";
})(DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode || (exports.DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode = DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode = {}));
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy
 */
var DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy;
(function (DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy) {
    /** DEFAULT */
    DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy["DEFAULT"] = "DEFAULT";
    /** DO_NOT_UPGRADE */
    DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy["DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE"] = "DO_NOT_UPGRADE";
    /** UPGRADE */
    DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy["UPGRADE"] = "UPGRADE";
})(DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy || (exports.DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy = DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy = {}));
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'interval': obj.interval,
        'probes': obj.probes,
        'time': obj.time,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'attributes': obj.attributes?.map(y => toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes(y)),
        'name': obj.name,
        'path': obj.path,
        'ttl': obj.ttl,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'tableSize': obj.tableSize,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'minimumRingSize': obj.minimumRingSize,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute(obj) {
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
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover(obj) {
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
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'h2UpgradePolicy': obj.h2UpgradePolicy,
        'http1MaxPendingRequests': obj.http1MaxPendingRequests,
        'http2MaxRequests': obj.http2MaxRequests,
        'idleTimeout': obj.idleTimeout,
        'maxConcurrentStreams': obj.maxConcurrentStreams,
        'maxRequestsPerConnection': obj.maxRequestsPerConnection,
        'maxRetries': obj.maxRetries,
        'useClientProtocol': obj.useClientProtocol,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'connectTimeout': obj.connectTimeout,
        'idleTimeout': obj.idleTimeout,
        'maxConnectionDuration': obj.maxConnectionDuration,
        'maxConnections': obj.maxConnections,
        'tcpKeepalive': toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive(obj.tcpKeepalive),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'httpCookie': toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie(obj.httpCookie),
        'httpHeaderName': obj.httpHeaderName,
        'httpQueryParameterName': obj.httpQueryParameterName,
        'maglev': toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev(obj.maglev),
        'minimumRingSize': obj.minimumRingSize,
        'ringHash': toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash(obj.ringHash),
        'useSourceIp': obj.useSourceIp,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'distribute': obj.distribute?.map(y => toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute(y)),
        'enabled': obj.enabled,
        'failover': obj.failover?.map(y => toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover(y)),
        'failoverPriority': obj.failoverPriority?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple
 */
var DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple;
(function (DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple) {
    /** UNSPECIFIED */
    DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple["UNSPECIFIED"] = "UNSPECIFIED";
    /** LEAST_CONN */
    DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple["LEAST_UNDERSCORE_CONN"] = "LEAST_CONN";
    /** RANDOM */
    DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple["RANDOM"] = "RANDOM";
    /** PASSTHROUGH */
    DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple["PASSTHROUGH"] = "PASSTHROUGH";
    /** ROUND_ROBIN */
    DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple["ROUND_UNDERSCORE_ROBIN"] = "ROUND_ROBIN";
    /** LEAST_REQUEST */
    DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple["LEAST_UNDERSCORE_REQUEST"] = "LEAST_REQUEST";
})(DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple || (exports.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple = {}));
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'aggression': obj.aggression,
        'duration': obj.duration,
        'minimumPercent': obj.minimumPercent,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode
 */
var DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode;
(function (DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode) {
    /** DISABLE */
    DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode["DISABLE"] = "DISABLE";
    /** SIMPLE */
    DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode["SIMPLE"] = "SIMPLE";
    /** MUTUAL */
    DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode["MUTUAL"] = "MUTUAL";
    /** ISTIO_MUTUAL */
    DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode["ISTIO_UNDERSCORE_MUTUAL"] = "ISTIO_MUTUAL";
})(DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode || (exports.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode = {}));
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy
 */
var DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy;
(function (DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy) {
    /** DEFAULT */
    DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy["DEFAULT"] = "DEFAULT";
    /** DO_NOT_UPGRADE */
    DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy["DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE"] = "DO_NOT_UPGRADE";
    /** UPGRADE */
    DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy["UPGRADE"] = "UPGRADE";
})(DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy || (exports.DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy = DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy = {}));
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'interval': obj.interval,
        'probes': obj.probes,
        'time': obj.time,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'attributes': obj.attributes?.map(y => toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes(y)),
        'name': obj.name,
        'path': obj.path,
        'ttl': obj.ttl,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'tableSize': obj.tableSize,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'minimumRingSize': obj.minimumRingSize,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute(obj) {
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
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover(obj) {
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
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy
 */
var DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy;
(function (DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy) {
    /** DEFAULT */
    DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy["DEFAULT"] = "DEFAULT";
    /** DO_NOT_UPGRADE */
    DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy["DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE"] = "DO_NOT_UPGRADE";
    /** UPGRADE */
    DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy["UPGRADE"] = "UPGRADE";
})(DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy || (exports.DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy = DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy = {}));
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'interval': obj.interval,
        'probes': obj.probes,
        'time': obj.time,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'attributes': obj.attributes?.map(y => toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes(y)),
        'name': obj.name,
        'path': obj.path,
        'ttl': obj.ttl,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'tableSize': obj.tableSize,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'minimumRingSize': obj.minimumRingSize,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute(obj) {
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
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover(obj) {
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
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 *
 *
 * @schema Gateway
 */
class Gateway extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "Gateway"
     */
    static GVK = {
        apiVersion: 'networking.istio.io/v1',
        kind: 'Gateway',
    };
    /**
     * Renders a Kubernetes manifest for "Gateway".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props = {}) {
        return {
            ...Gateway.GVK,
            ...toJson_GatewayProps(props),
        };
    }
    /**
     * Defines a "Gateway" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...Gateway.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...Gateway.GVK,
            ...toJson_GatewayProps(resolved),
        };
    }
}
exports.Gateway = Gateway;
/**
 * Converts an object of type 'GatewayProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewayProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_GatewaySpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewaySpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewaySpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'selector': ((obj.selector) === undefined) ? undefined : (Object.entries(obj.selector).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'servers': obj.servers?.map(y => toJson_GatewaySpecServers(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewaySpecServers' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewaySpecServers(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'bind': obj.bind,
        'defaultEndpoint': obj.defaultEndpoint,
        'hosts': obj.hosts?.map(y => y),
        'name': obj.name,
        'port': toJson_GatewaySpecServersPort(obj.port),
        'tls': toJson_GatewaySpecServersTls(obj.tls),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewaySpecServersPort' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewaySpecServersPort(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'number': obj.number,
        'protocol': obj.protocol,
        'targetPort': obj.targetPort,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'GatewaySpecServersTls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewaySpecServersTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caCertCredentialName': obj.caCertCredentialName,
        'caCertificates': obj.caCertificates,
        'caCrl': obj.caCrl,
        'cipherSuites': obj.cipherSuites?.map(y => y),
        'credentialName': obj.credentialName,
        'credentialNames': obj.credentialNames?.map(y => y),
        'httpsRedirect': obj.httpsRedirect,
        'maxProtocolVersion': obj.maxProtocolVersion,
        'minProtocolVersion': obj.minProtocolVersion,
        'mode': obj.mode,
        'privateKey': obj.privateKey,
        'serverCertificate': obj.serverCertificate,
        'subjectAltNames': obj.subjectAltNames?.map(y => y),
        'tlsCertificates': obj.tlsCertificates?.map(y => toJson_GatewaySpecServersTlsTlsCertificates(y)),
        'verifyCertificateHash': obj.verifyCertificateHash?.map(y => y),
        'verifyCertificateSpki': obj.verifyCertificateSpki?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema GatewaySpecServersTlsMaxProtocolVersion
 */
var GatewaySpecServersTlsMaxProtocolVersion;
(function (GatewaySpecServersTlsMaxProtocolVersion) {
    /** TLS_AUTO */
    GatewaySpecServersTlsMaxProtocolVersion["TLS_UNDERSCORE_AUTO"] = "TLS_AUTO";
    /** TLSV1_0 */
    GatewaySpecServersTlsMaxProtocolVersion["TLSV1_UNDERSCORE_0"] = "TLSV1_0";
    /** TLSV1_1 */
    GatewaySpecServersTlsMaxProtocolVersion["TLSV1_UNDERSCORE_1"] = "TLSV1_1";
    /** TLSV1_2 */
    GatewaySpecServersTlsMaxProtocolVersion["TLSV1_UNDERSCORE_2"] = "TLSV1_2";
    /** TLSV1_3 */
    GatewaySpecServersTlsMaxProtocolVersion["TLSV1_UNDERSCORE_3"] = "TLSV1_3";
})(GatewaySpecServersTlsMaxProtocolVersion || (exports.GatewaySpecServersTlsMaxProtocolVersion = GatewaySpecServersTlsMaxProtocolVersion = {}));
/**
 * @schema GatewaySpecServersTlsMinProtocolVersion
 */
var GatewaySpecServersTlsMinProtocolVersion;
(function (GatewaySpecServersTlsMinProtocolVersion) {
    /** TLS_AUTO */
    GatewaySpecServersTlsMinProtocolVersion["TLS_UNDERSCORE_AUTO"] = "TLS_AUTO";
    /** TLSV1_0 */
    GatewaySpecServersTlsMinProtocolVersion["TLSV1_UNDERSCORE_0"] = "TLSV1_0";
    /** TLSV1_1 */
    GatewaySpecServersTlsMinProtocolVersion["TLSV1_UNDERSCORE_1"] = "TLSV1_1";
    /** TLSV1_2 */
    GatewaySpecServersTlsMinProtocolVersion["TLSV1_UNDERSCORE_2"] = "TLSV1_2";
    /** TLSV1_3 */
    GatewaySpecServersTlsMinProtocolVersion["TLSV1_UNDERSCORE_3"] = "TLSV1_3";
})(GatewaySpecServersTlsMinProtocolVersion || (exports.GatewaySpecServersTlsMinProtocolVersion = GatewaySpecServersTlsMinProtocolVersion = {}));
/**
 * @schema GatewaySpecServersTlsMode
 */
var GatewaySpecServersTlsMode;
(function (GatewaySpecServersTlsMode) {
    /** PASSTHROUGH */
    GatewaySpecServersTlsMode["PASSTHROUGH"] = "PASSTHROUGH";
    /** SIMPLE */
    GatewaySpecServersTlsMode["SIMPLE"] = "SIMPLE";
    /** MUTUAL */
    GatewaySpecServersTlsMode["MUTUAL"] = "MUTUAL";
    /** AUTO_PASSTHROUGH */
    GatewaySpecServersTlsMode["AUTO_UNDERSCORE_PASSTHROUGH"] = "AUTO_PASSTHROUGH";
    /** ISTIO_MUTUAL */
    GatewaySpecServersTlsMode["ISTIO_UNDERSCORE_MUTUAL"] = "ISTIO_MUTUAL";
    /** OPTIONAL_MUTUAL */
    GatewaySpecServersTlsMode["OPTIONAL_UNDERSCORE_MUTUAL"] = "OPTIONAL_MUTUAL";
})(GatewaySpecServersTlsMode || (exports.GatewaySpecServersTlsMode = GatewaySpecServersTlsMode = {}));
/**
 * Converts an object of type 'GatewaySpecServersTlsTlsCertificates' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_GatewaySpecServersTlsTlsCertificates(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caCertificates': obj.caCertificates,
        'privateKey': obj.privateKey,
        'serverCertificate': obj.serverCertificate,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 *
 *
 * @schema ServiceEntry
 */
class ServiceEntry extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "ServiceEntry"
     */
    static GVK = {
        apiVersion: 'networking.istio.io/v1',
        kind: 'ServiceEntry',
    };
    /**
     * Renders a Kubernetes manifest for "ServiceEntry".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props) {
        return {
            ...ServiceEntry.GVK,
            ...toJson_ServiceEntryProps(props),
        };
    }
    /**
     * Defines a "ServiceEntry" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props) {
        super(scope, id, {
            ...ServiceEntry.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...ServiceEntry.GVK,
            ...toJson_ServiceEntryProps(resolved),
        };
    }
}
exports.ServiceEntry = ServiceEntry;
/**
 * Converts an object of type 'ServiceEntryProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceEntryProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ServiceEntrySpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceEntrySpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceEntrySpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'addresses': obj.addresses?.map(y => y),
        'endpoints': obj.endpoints?.map(y => toJson_ServiceEntrySpecEndpoints(y)),
        'exportTo': obj.exportTo?.map(y => y),
        'hosts': obj.hosts?.map(y => y),
        'location': obj.location,
        'ports': obj.ports?.map(y => toJson_ServiceEntrySpecPorts(y)),
        'resolution': obj.resolution,
        'subjectAltNames': obj.subjectAltNames?.map(y => y),
        'workloadSelector': toJson_ServiceEntrySpecWorkloadSelector(obj.workloadSelector),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'ServiceEntrySpecEndpoints' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceEntrySpecEndpoints(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'address': obj.address,
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'locality': obj.locality,
        'network': obj.network,
        'ports': ((obj.ports) === undefined) ? undefined : (Object.entries(obj.ports).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'serviceAccount': obj.serviceAccount,
        'weight': obj.weight,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema ServiceEntrySpecLocation
 */
var ServiceEntrySpecLocation;
(function (ServiceEntrySpecLocation) {
    /** MESH_EXTERNAL */
    ServiceEntrySpecLocation["MESH_UNDERSCORE_EXTERNAL"] = "MESH_EXTERNAL";
    /** MESH_INTERNAL */
    ServiceEntrySpecLocation["MESH_UNDERSCORE_INTERNAL"] = "MESH_INTERNAL";
})(ServiceEntrySpecLocation || (exports.ServiceEntrySpecLocation = ServiceEntrySpecLocation = {}));
/**
 * Converts an object of type 'ServiceEntrySpecPorts' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceEntrySpecPorts(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'number': obj.number,
        'protocol': obj.protocol,
        'targetPort': obj.targetPort,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema ServiceEntrySpecResolution
 */
var ServiceEntrySpecResolution;
(function (ServiceEntrySpecResolution) {
    /** NONE */
    ServiceEntrySpecResolution["NONE"] = "NONE";
    /** STATIC */
    ServiceEntrySpecResolution["STATIC"] = "STATIC";
    /** DNS */
    ServiceEntrySpecResolution["DNS"] = "DNS";
    /** DNS_ROUND_ROBIN */
    ServiceEntrySpecResolution["DNS_UNDERSCORE_ROUND_UNDERSCORE_ROBIN"] = "DNS_ROUND_ROBIN";
    /** DYNAMIC_DNS */
    ServiceEntrySpecResolution["DYNAMIC_UNDERSCORE_DNS"] = "DYNAMIC_DNS";
})(ServiceEntrySpecResolution || (exports.ServiceEntrySpecResolution = ServiceEntrySpecResolution = {}));
/**
 * Converts an object of type 'ServiceEntrySpecWorkloadSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_ServiceEntrySpecWorkloadSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 *
 *
 * @schema Sidecar
 */
class Sidecar extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "Sidecar"
     */
    static GVK = {
        apiVersion: 'networking.istio.io/v1',
        kind: 'Sidecar',
    };
    /**
     * Renders a Kubernetes manifest for "Sidecar".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props = {}) {
        return {
            ...Sidecar.GVK,
            ...toJson_SidecarProps(props),
        };
    }
    /**
     * Defines a "Sidecar" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...Sidecar.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...Sidecar.GVK,
            ...toJson_SidecarProps(resolved),
        };
    }
}
exports.Sidecar = Sidecar;
/**
 * Converts an object of type 'SidecarProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_SidecarProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_SidecarSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'SidecarSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_SidecarSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'egress': obj.egress?.map(y => toJson_SidecarSpecEgress(y)),
        'inboundConnectionPool': toJson_SidecarSpecInboundConnectionPool(obj.inboundConnectionPool),
        'ingress': obj.ingress?.map(y => toJson_SidecarSpecIngress(y)),
        'outboundTrafficPolicy': toJson_SidecarSpecOutboundTrafficPolicy(obj.outboundTrafficPolicy),
        'workloadSelector': toJson_SidecarSpecWorkloadSelector(obj.workloadSelector),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'SidecarSpecEgress' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_SidecarSpecEgress(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'bind': obj.bind,
        'captureMode': obj.captureMode,
        'hosts': obj.hosts?.map(y => y),
        'port': toJson_SidecarSpecEgressPort(obj.port),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'SidecarSpecInboundConnectionPool' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_SidecarSpecInboundConnectionPool(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'http': toJson_SidecarSpecInboundConnectionPoolHttp(obj.http),
        'tcp': toJson_SidecarSpecInboundConnectionPoolTcp(obj.tcp),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'SidecarSpecIngress' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_SidecarSpecIngress(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'bind': obj.bind,
        'captureMode': obj.captureMode,
        'connectionPool': toJson_SidecarSpecIngressConnectionPool(obj.connectionPool),
        'defaultEndpoint': obj.defaultEndpoint,
        'port': toJson_SidecarSpecIngressPort(obj.port),
        'tls': toJson_SidecarSpecIngressTls(obj.tls),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'SidecarSpecOutboundTrafficPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_SidecarSpecOutboundTrafficPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'egressProxy': toJson_SidecarSpecOutboundTrafficPolicyEgressProxy(obj.egressProxy),
        'mode': obj.mode,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'SidecarSpecWorkloadSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_SidecarSpecWorkloadSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema SidecarSpecEgressCaptureMode
 */
var SidecarSpecEgressCaptureMode;
(function (SidecarSpecEgressCaptureMode) {
    /** DEFAULT */
    SidecarSpecEgressCaptureMode["DEFAULT"] = "DEFAULT";
    /** IPTABLES */
    SidecarSpecEgressCaptureMode["IPTABLES"] = "IPTABLES";
    /** NONE */
    SidecarSpecEgressCaptureMode["NONE"] = "NONE";
})(SidecarSpecEgressCaptureMode || (exports.SidecarSpecEgressCaptureMode = SidecarSpecEgressCaptureMode = {}));
/**
 * Converts an object of type 'SidecarSpecEgressPort' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_SidecarSpecEgressPort(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'number': obj.number,
        'protocol': obj.protocol,
        'targetPort': obj.targetPort,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'SidecarSpecInboundConnectionPoolHttp' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_SidecarSpecInboundConnectionPoolHttp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'h2UpgradePolicy': obj.h2UpgradePolicy,
        'http1MaxPendingRequests': obj.http1MaxPendingRequests,
        'http2MaxRequests': obj.http2MaxRequests,
        'idleTimeout': obj.idleTimeout,
        'maxConcurrentStreams': obj.maxConcurrentStreams,
        'maxRequestsPerConnection': obj.maxRequestsPerConnection,
        'maxRetries': obj.maxRetries,
        'useClientProtocol': obj.useClientProtocol,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'SidecarSpecInboundConnectionPoolTcp' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_SidecarSpecInboundConnectionPoolTcp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'connectTimeout': obj.connectTimeout,
        'idleTimeout': obj.idleTimeout,
        'maxConnectionDuration': obj.maxConnectionDuration,
        'maxConnections': obj.maxConnections,
        'tcpKeepalive': toJson_SidecarSpecInboundConnectionPoolTcpTcpKeepalive(obj.tcpKeepalive),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema SidecarSpecIngressCaptureMode
 */
var SidecarSpecIngressCaptureMode;
(function (SidecarSpecIngressCaptureMode) {
    /** DEFAULT */
    SidecarSpecIngressCaptureMode["DEFAULT"] = "DEFAULT";
    /** IPTABLES */
    SidecarSpecIngressCaptureMode["IPTABLES"] = "IPTABLES";
    /** NONE */
    SidecarSpecIngressCaptureMode["NONE"] = "NONE";
})(SidecarSpecIngressCaptureMode || (exports.SidecarSpecIngressCaptureMode = SidecarSpecIngressCaptureMode = {}));
/**
 * Converts an object of type 'SidecarSpecIngressConnectionPool' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_SidecarSpecIngressConnectionPool(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'http': toJson_SidecarSpecIngressConnectionPoolHttp(obj.http),
        'tcp': toJson_SidecarSpecIngressConnectionPoolTcp(obj.tcp),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'SidecarSpecIngressPort' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_SidecarSpecIngressPort(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'number': obj.number,
        'protocol': obj.protocol,
        'targetPort': obj.targetPort,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'SidecarSpecIngressTls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_SidecarSpecIngressTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caCertCredentialName': obj.caCertCredentialName,
        'caCertificates': obj.caCertificates,
        'caCrl': obj.caCrl,
        'cipherSuites': obj.cipherSuites?.map(y => y),
        'credentialName': obj.credentialName,
        'credentialNames': obj.credentialNames?.map(y => y),
        'httpsRedirect': obj.httpsRedirect,
        'maxProtocolVersion': obj.maxProtocolVersion,
        'minProtocolVersion': obj.minProtocolVersion,
        'mode': obj.mode,
        'privateKey': obj.privateKey,
        'serverCertificate': obj.serverCertificate,
        'subjectAltNames': obj.subjectAltNames?.map(y => y),
        'tlsCertificates': obj.tlsCertificates?.map(y => toJson_SidecarSpecIngressTlsTlsCertificates(y)),
        'verifyCertificateHash': obj.verifyCertificateHash?.map(y => y),
        'verifyCertificateSpki': obj.verifyCertificateSpki?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'SidecarSpecOutboundTrafficPolicyEgressProxy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_SidecarSpecOutboundTrafficPolicyEgressProxy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'host': obj.host,
        'port': toJson_SidecarSpecOutboundTrafficPolicyEgressProxyPort(obj.port),
        'subset': obj.subset,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema SidecarSpecOutboundTrafficPolicyMode
 */
var SidecarSpecOutboundTrafficPolicyMode;
(function (SidecarSpecOutboundTrafficPolicyMode) {
    /** REGISTRY_ONLY */
    SidecarSpecOutboundTrafficPolicyMode["REGISTRY_UNDERSCORE_ONLY"] = "REGISTRY_ONLY";
    /** ALLOW_ANY */
    SidecarSpecOutboundTrafficPolicyMode["ALLOW_UNDERSCORE_ANY"] = "ALLOW_ANY";
})(SidecarSpecOutboundTrafficPolicyMode || (exports.SidecarSpecOutboundTrafficPolicyMode = SidecarSpecOutboundTrafficPolicyMode = {}));
/**
 * @schema SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy
 */
var SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy;
(function (SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy) {
    /** DEFAULT */
    SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy["DEFAULT"] = "DEFAULT";
    /** DO_NOT_UPGRADE */
    SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy["DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE"] = "DO_NOT_UPGRADE";
    /** UPGRADE */
    SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy["UPGRADE"] = "UPGRADE";
})(SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy || (exports.SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy = SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy = {}));
/**
 * Converts an object of type 'SidecarSpecInboundConnectionPoolTcpTcpKeepalive' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_SidecarSpecInboundConnectionPoolTcpTcpKeepalive(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'interval': obj.interval,
        'probes': obj.probes,
        'time': obj.time,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'SidecarSpecIngressConnectionPoolHttp' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_SidecarSpecIngressConnectionPoolHttp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'h2UpgradePolicy': obj.h2UpgradePolicy,
        'http1MaxPendingRequests': obj.http1MaxPendingRequests,
        'http2MaxRequests': obj.http2MaxRequests,
        'idleTimeout': obj.idleTimeout,
        'maxConcurrentStreams': obj.maxConcurrentStreams,
        'maxRequestsPerConnection': obj.maxRequestsPerConnection,
        'maxRetries': obj.maxRetries,
        'useClientProtocol': obj.useClientProtocol,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'SidecarSpecIngressConnectionPoolTcp' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_SidecarSpecIngressConnectionPoolTcp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'connectTimeout': obj.connectTimeout,
        'idleTimeout': obj.idleTimeout,
        'maxConnectionDuration': obj.maxConnectionDuration,
        'maxConnections': obj.maxConnections,
        'tcpKeepalive': toJson_SidecarSpecIngressConnectionPoolTcpTcpKeepalive(obj.tcpKeepalive),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema SidecarSpecIngressTlsMaxProtocolVersion
 */
var SidecarSpecIngressTlsMaxProtocolVersion;
(function (SidecarSpecIngressTlsMaxProtocolVersion) {
    /** TLS_AUTO */
    SidecarSpecIngressTlsMaxProtocolVersion["TLS_UNDERSCORE_AUTO"] = "TLS_AUTO";
    /** TLSV1_0 */
    SidecarSpecIngressTlsMaxProtocolVersion["TLSV1_UNDERSCORE_0"] = "TLSV1_0";
    /** TLSV1_1 */
    SidecarSpecIngressTlsMaxProtocolVersion["TLSV1_UNDERSCORE_1"] = "TLSV1_1";
    /** TLSV1_2 */
    SidecarSpecIngressTlsMaxProtocolVersion["TLSV1_UNDERSCORE_2"] = "TLSV1_2";
    /** TLSV1_3 */
    SidecarSpecIngressTlsMaxProtocolVersion["TLSV1_UNDERSCORE_3"] = "TLSV1_3";
})(SidecarSpecIngressTlsMaxProtocolVersion || (exports.SidecarSpecIngressTlsMaxProtocolVersion = SidecarSpecIngressTlsMaxProtocolVersion = {}));
/**
 * @schema SidecarSpecIngressTlsMinProtocolVersion
 */
var SidecarSpecIngressTlsMinProtocolVersion;
(function (SidecarSpecIngressTlsMinProtocolVersion) {
    /** TLS_AUTO */
    SidecarSpecIngressTlsMinProtocolVersion["TLS_UNDERSCORE_AUTO"] = "TLS_AUTO";
    /** TLSV1_0 */
    SidecarSpecIngressTlsMinProtocolVersion["TLSV1_UNDERSCORE_0"] = "TLSV1_0";
    /** TLSV1_1 */
    SidecarSpecIngressTlsMinProtocolVersion["TLSV1_UNDERSCORE_1"] = "TLSV1_1";
    /** TLSV1_2 */
    SidecarSpecIngressTlsMinProtocolVersion["TLSV1_UNDERSCORE_2"] = "TLSV1_2";
    /** TLSV1_3 */
    SidecarSpecIngressTlsMinProtocolVersion["TLSV1_UNDERSCORE_3"] = "TLSV1_3";
})(SidecarSpecIngressTlsMinProtocolVersion || (exports.SidecarSpecIngressTlsMinProtocolVersion = SidecarSpecIngressTlsMinProtocolVersion = {}));
/**
 * @schema SidecarSpecIngressTlsMode
 */
var SidecarSpecIngressTlsMode;
(function (SidecarSpecIngressTlsMode) {
    /** PASSTHROUGH */
    SidecarSpecIngressTlsMode["PASSTHROUGH"] = "PASSTHROUGH";
    /** SIMPLE */
    SidecarSpecIngressTlsMode["SIMPLE"] = "SIMPLE";
    /** MUTUAL */
    SidecarSpecIngressTlsMode["MUTUAL"] = "MUTUAL";
    /** AUTO_PASSTHROUGH */
    SidecarSpecIngressTlsMode["AUTO_UNDERSCORE_PASSTHROUGH"] = "AUTO_PASSTHROUGH";
    /** ISTIO_MUTUAL */
    SidecarSpecIngressTlsMode["ISTIO_UNDERSCORE_MUTUAL"] = "ISTIO_MUTUAL";
    /** OPTIONAL_MUTUAL */
    SidecarSpecIngressTlsMode["OPTIONAL_UNDERSCORE_MUTUAL"] = "OPTIONAL_MUTUAL";
})(SidecarSpecIngressTlsMode || (exports.SidecarSpecIngressTlsMode = SidecarSpecIngressTlsMode = {}));
/**
 * Converts an object of type 'SidecarSpecIngressTlsTlsCertificates' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_SidecarSpecIngressTlsTlsCertificates(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caCertificates': obj.caCertificates,
        'privateKey': obj.privateKey,
        'serverCertificate': obj.serverCertificate,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'SidecarSpecOutboundTrafficPolicyEgressProxyPort' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_SidecarSpecOutboundTrafficPolicyEgressProxyPort(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'number': obj.number,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy
 */
var SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy;
(function (SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy) {
    /** DEFAULT */
    SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy["DEFAULT"] = "DEFAULT";
    /** DO_NOT_UPGRADE */
    SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy["DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE"] = "DO_NOT_UPGRADE";
    /** UPGRADE */
    SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy["UPGRADE"] = "UPGRADE";
})(SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy || (exports.SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy = SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy = {}));
/**
 * Converts an object of type 'SidecarSpecIngressConnectionPoolTcpTcpKeepalive' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_SidecarSpecIngressConnectionPoolTcpTcpKeepalive(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'interval': obj.interval,
        'probes': obj.probes,
        'time': obj.time,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 *
 *
 * @schema VirtualService
 */
class VirtualService extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "VirtualService"
     */
    static GVK = {
        apiVersion: 'networking.istio.io/v1',
        kind: 'VirtualService',
    };
    /**
     * Renders a Kubernetes manifest for "VirtualService".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props = {}) {
        return {
            ...VirtualService.GVK,
            ...toJson_VirtualServiceProps(props),
        };
    }
    /**
     * Defines a "VirtualService" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...VirtualService.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...VirtualService.GVK,
            ...toJson_VirtualServiceProps(resolved),
        };
    }
}
exports.VirtualService = VirtualService;
/**
 * Converts an object of type 'VirtualServiceProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_VirtualServiceSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exportTo': obj.exportTo?.map(y => y),
        'gateways': obj.gateways?.map(y => y),
        'hosts': obj.hosts?.map(y => y),
        'http': obj.http?.map(y => toJson_VirtualServiceSpecHttp(y)),
        'tcp': obj.tcp?.map(y => toJson_VirtualServiceSpecTcp(y)),
        'tls': obj.tls?.map(y => toJson_VirtualServiceSpecTls(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpecHttp' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'corsPolicy': toJson_VirtualServiceSpecHttpCorsPolicy(obj.corsPolicy),
        'delegate': toJson_VirtualServiceSpecHttpDelegate(obj.delegate),
        'directResponse': toJson_VirtualServiceSpecHttpDirectResponse(obj.directResponse),
        'fault': toJson_VirtualServiceSpecHttpFault(obj.fault),
        'headers': toJson_VirtualServiceSpecHttpHeaders(obj.headers),
        'match': obj.match?.map(y => toJson_VirtualServiceSpecHttpMatch(y)),
        'mirror': toJson_VirtualServiceSpecHttpMirror(obj.mirror),
        'mirror_percent': obj.mirrorPercent,
        'mirrorPercentage': toJson_VirtualServiceSpecHttpMirrorPercentage(obj.mirrorPercentage),
        'mirrors': obj.mirrors?.map(y => toJson_VirtualServiceSpecHttpMirrors(y)),
        'name': obj.name,
        'redirect': toJson_VirtualServiceSpecHttpRedirect(obj.redirect),
        'retries': toJson_VirtualServiceSpecHttpRetries(obj.retries),
        'rewrite': toJson_VirtualServiceSpecHttpRewrite(obj.rewrite),
        'route': obj.route?.map(y => toJson_VirtualServiceSpecHttpRoute(y)),
        'timeout': obj.timeout,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpecTcp' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecTcp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'match': obj.match?.map(y => toJson_VirtualServiceSpecTcpMatch(y)),
        'route': obj.route?.map(y => toJson_VirtualServiceSpecTcpRoute(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpecTls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'match': obj.match?.map(y => toJson_VirtualServiceSpecTlsMatch(y)),
        'route': obj.route?.map(y => toJson_VirtualServiceSpecTlsRoute(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpCorsPolicy' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpCorsPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowCredentials': obj.allowCredentials,
        'allowHeaders': obj.allowHeaders?.map(y => y),
        'allowMethods': obj.allowMethods?.map(y => y),
        'allowOrigin': obj.allowOrigin?.map(y => y),
        'allowOrigins': obj.allowOrigins?.map(y => toJson_VirtualServiceSpecHttpCorsPolicyAllowOrigins(y)),
        'exposeHeaders': obj.exposeHeaders?.map(y => y),
        'maxAge': obj.maxAge,
        'unmatchedPreflights': obj.unmatchedPreflights,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpDelegate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpDelegate(obj) {
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
/**
 * Converts an object of type 'VirtualServiceSpecHttpDirectResponse' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpDirectResponse(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'body': toJson_VirtualServiceSpecHttpDirectResponseBody(obj.body),
        'status': obj.status,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpFault' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpFault(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'abort': toJson_VirtualServiceSpecHttpFaultAbort(obj.abort),
        'delay': toJson_VirtualServiceSpecHttpFaultDelay(obj.delay),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpHeaders' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpHeaders(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'request': toJson_VirtualServiceSpecHttpHeadersRequest(obj.request),
        'response': toJson_VirtualServiceSpecHttpHeadersResponse(obj.response),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpMatch' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpMatch(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'authority': toJson_VirtualServiceSpecHttpMatchAuthority(obj.authority),
        'gateways': obj.gateways?.map(y => y),
        'headers': ((obj.headers) === undefined) ? undefined : (Object.entries(obj.headers).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_VirtualServiceSpecHttpMatchHeaders(i[1]) }), {})),
        'ignoreUriCase': obj.ignoreUriCase,
        'method': toJson_VirtualServiceSpecHttpMatchMethod(obj.method),
        'name': obj.name,
        'port': obj.port,
        'queryParams': ((obj.queryParams) === undefined) ? undefined : (Object.entries(obj.queryParams).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_VirtualServiceSpecHttpMatchQueryParams(i[1]) }), {})),
        'scheme': toJson_VirtualServiceSpecHttpMatchScheme(obj.scheme),
        'sourceLabels': ((obj.sourceLabels) === undefined) ? undefined : (Object.entries(obj.sourceLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'sourceNamespace': obj.sourceNamespace,
        'statPrefix': obj.statPrefix,
        'uri': toJson_VirtualServiceSpecHttpMatchUri(obj.uri),
        'withoutHeaders': ((obj.withoutHeaders) === undefined) ? undefined : (Object.entries(obj.withoutHeaders).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: toJson_VirtualServiceSpecHttpMatchWithoutHeaders(i[1]) }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpMirror' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpMirror(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'host': obj.host,
        'port': toJson_VirtualServiceSpecHttpMirrorPort(obj.port),
        'subset': obj.subset,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpMirrorPercentage' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpMirrorPercentage(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpMirrors' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpMirrors(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'destination': toJson_VirtualServiceSpecHttpMirrorsDestination(obj.destination),
        'percentage': toJson_VirtualServiceSpecHttpMirrorsPercentage(obj.percentage),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpRedirect' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpRedirect(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'authority': obj.authority,
        'derivePort': obj.derivePort,
        'port': obj.port,
        'redirectCode': obj.redirectCode,
        'scheme': obj.scheme,
        'uri': obj.uri,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpRetries' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpRetries(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'attempts': obj.attempts,
        'backoff': obj.backoff,
        'perTryTimeout': obj.perTryTimeout,
        'retryIgnorePreviousHosts': obj.retryIgnorePreviousHosts,
        'retryOn': obj.retryOn,
        'retryRemoteLocalities': obj.retryRemoteLocalities,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpRewrite' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpRewrite(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'authority': obj.authority,
        'uri': obj.uri,
        'uriRegexRewrite': toJson_VirtualServiceSpecHttpRewriteUriRegexRewrite(obj.uriRegexRewrite),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpRoute' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpRoute(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'destination': toJson_VirtualServiceSpecHttpRouteDestination(obj.destination),
        'headers': toJson_VirtualServiceSpecHttpRouteHeaders(obj.headers),
        'weight': obj.weight,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpecTcpMatch' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecTcpMatch(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'destinationSubnets': obj.destinationSubnets?.map(y => y),
        'gateways': obj.gateways?.map(y => y),
        'port': obj.port,
        'sourceLabels': ((obj.sourceLabels) === undefined) ? undefined : (Object.entries(obj.sourceLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'sourceNamespace': obj.sourceNamespace,
        'sourceSubnet': obj.sourceSubnet,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpecTcpRoute' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecTcpRoute(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'destination': toJson_VirtualServiceSpecTcpRouteDestination(obj.destination),
        'weight': obj.weight,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpecTlsMatch' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecTlsMatch(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'destinationSubnets': obj.destinationSubnets?.map(y => y),
        'gateways': obj.gateways?.map(y => y),
        'port': obj.port,
        'sniHosts': obj.sniHosts?.map(y => y),
        'sourceLabels': ((obj.sourceLabels) === undefined) ? undefined : (Object.entries(obj.sourceLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'sourceNamespace': obj.sourceNamespace,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpecTlsRoute' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecTlsRoute(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'destination': toJson_VirtualServiceSpecTlsRouteDestination(obj.destination),
        'weight': obj.weight,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpCorsPolicyAllowOrigins' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpCorsPolicyAllowOrigins(obj) {
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
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights
 */
var VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights;
(function (VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights) {
    /** UNSPECIFIED */
    VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights["UNSPECIFIED"] = "UNSPECIFIED";
    /** FORWARD */
    VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights["FORWARD"] = "FORWARD";
    /** IGNORE */
    VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights["IGNORE"] = "IGNORE";
})(VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights || (exports.VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights = VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights = {}));
/**
 * Converts an object of type 'VirtualServiceSpecHttpDirectResponseBody' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpDirectResponseBody(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'bytes': obj.bytes,
        'string': obj.string,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpFaultAbort' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpFaultAbort(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'grpcStatus': obj.grpcStatus,
        'http2Error': obj.http2Error,
        'httpStatus': obj.httpStatus,
        'percentage': toJson_VirtualServiceSpecHttpFaultAbortPercentage(obj.percentage),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpFaultDelay' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpFaultDelay(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exponentialDelay': obj.exponentialDelay,
        'fixedDelay': obj.fixedDelay,
        'percent': obj.percent,
        'percentage': toJson_VirtualServiceSpecHttpFaultDelayPercentage(obj.percentage),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpHeadersRequest' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpHeadersRequest(obj) {
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
 * Converts an object of type 'VirtualServiceSpecHttpHeadersResponse' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpHeadersResponse(obj) {
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
 * Converts an object of type 'VirtualServiceSpecHttpMatchAuthority' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpMatchAuthority(obj) {
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
 * Converts an object of type 'VirtualServiceSpecHttpMatchHeaders' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpMatchHeaders(obj) {
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
 * Converts an object of type 'VirtualServiceSpecHttpMatchMethod' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpMatchMethod(obj) {
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
 * Converts an object of type 'VirtualServiceSpecHttpMatchQueryParams' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpMatchQueryParams(obj) {
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
 * Converts an object of type 'VirtualServiceSpecHttpMatchScheme' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpMatchScheme(obj) {
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
 * Converts an object of type 'VirtualServiceSpecHttpMatchUri' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpMatchUri(obj) {
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
 * Converts an object of type 'VirtualServiceSpecHttpMatchWithoutHeaders' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpMatchWithoutHeaders(obj) {
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
 * Converts an object of type 'VirtualServiceSpecHttpMirrorPort' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpMirrorPort(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'number': obj.number,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpMirrorsDestination' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpMirrorsDestination(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'host': obj.host,
        'port': toJson_VirtualServiceSpecHttpMirrorsDestinationPort(obj.port),
        'subset': obj.subset,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpMirrorsPercentage' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpMirrorsPercentage(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema VirtualServiceSpecHttpRedirectDerivePort
 */
var VirtualServiceSpecHttpRedirectDerivePort;
(function (VirtualServiceSpecHttpRedirectDerivePort) {
    /** FROM_PROTOCOL_DEFAULT */
    VirtualServiceSpecHttpRedirectDerivePort["FROM_UNDERSCORE_PROTOCOL_UNDERSCORE_DEFAULT"] = "FROM_PROTOCOL_DEFAULT";
    /** FROM_REQUEST_PORT */
    VirtualServiceSpecHttpRedirectDerivePort["FROM_UNDERSCORE_REQUEST_UNDERSCORE_PORT"] = "FROM_REQUEST_PORT";
})(VirtualServiceSpecHttpRedirectDerivePort || (exports.VirtualServiceSpecHttpRedirectDerivePort = VirtualServiceSpecHttpRedirectDerivePort = {}));
/**
 * Converts an object of type 'VirtualServiceSpecHttpRewriteUriRegexRewrite' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpRewriteUriRegexRewrite(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'match': obj.match,
        'rewrite': obj.rewrite,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpRouteDestination' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpRouteDestination(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'host': obj.host,
        'port': toJson_VirtualServiceSpecHttpRouteDestinationPort(obj.port),
        'subset': obj.subset,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpRouteHeaders' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpRouteHeaders(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'request': toJson_VirtualServiceSpecHttpRouteHeadersRequest(obj.request),
        'response': toJson_VirtualServiceSpecHttpRouteHeadersResponse(obj.response),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpecTcpRouteDestination' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecTcpRouteDestination(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'host': obj.host,
        'port': toJson_VirtualServiceSpecTcpRouteDestinationPort(obj.port),
        'subset': obj.subset,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpecTlsRouteDestination' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecTlsRouteDestination(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'host': obj.host,
        'port': toJson_VirtualServiceSpecTlsRouteDestinationPort(obj.port),
        'subset': obj.subset,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpFaultAbortPercentage' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpFaultAbortPercentage(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpFaultDelayPercentage' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpFaultDelayPercentage(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpMirrorsDestinationPort' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpMirrorsDestinationPort(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'number': obj.number,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpRouteDestinationPort' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpRouteDestinationPort(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'number': obj.number,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpRouteHeadersRequest' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpRouteHeadersRequest(obj) {
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
 * Converts an object of type 'VirtualServiceSpecHttpRouteHeadersResponse' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecHttpRouteHeadersResponse(obj) {
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
 * Converts an object of type 'VirtualServiceSpecTcpRouteDestinationPort' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecTcpRouteDestinationPort(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'number': obj.number,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'VirtualServiceSpecTlsRouteDestinationPort' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_VirtualServiceSpecTlsRouteDestinationPort(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'number': obj.number,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
//# sourceMappingURL=istio-networking.istio.io.js.map