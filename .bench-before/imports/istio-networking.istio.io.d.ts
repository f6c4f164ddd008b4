import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 *
 *
 * @schema DestinationRule
 */
export declare class DestinationRule extends ApiObject {
    /**
     * Returns the apiVersion and kind for "DestinationRule"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "DestinationRule".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: DestinationRuleProps): any;
    /**
     * Defines a "DestinationRule" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: DestinationRuleProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema DestinationRule
 */
export interface DestinationRuleProps {
    /**
     * @schema DestinationRule#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema DestinationRule#spec
     */
    readonly spec?: DestinationRuleSpec;
}
/**
 * Converts an object of type 'DestinationRuleProps' to JSON representation.
 */
export declare function toJson_DestinationRuleProps(obj: DestinationRuleProps | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpec
 */
export interface DestinationRuleSpec {
    /**
     * @schema DestinationRuleSpec#exportTo
     */
    readonly exportTo?: string[];
    /**
     * @schema DestinationRuleSpec#host
     */
    readonly host: string;
    /**
     * @schema DestinationRuleSpec#subsets
     */
    readonly subsets?: DestinationRuleSpecSubsets[];
    /**
     * @schema DestinationRuleSpec#trafficPolicy
     */
    readonly trafficPolicy?: DestinationRuleSpecTrafficPolicy;
    /**
     * @schema DestinationRuleSpec#workloadSelector
     */
    readonly workloadSelector?: DestinationRuleSpecWorkloadSelector;
}
/**
 * Converts an object of type 'DestinationRuleSpec' to JSON representation.
 */
export declare function toJson_DestinationRuleSpec(obj: DestinationRuleSpec | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsets
 */
export interface DestinationRuleSpecSubsets {
    /**
     * @schema DestinationRuleSpecSubsets#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema DestinationRuleSpecSubsets#name
     */
    readonly name: string;
    /**
     * @schema DestinationRuleSpecSubsets#trafficPolicy
     */
    readonly trafficPolicy?: DestinationRuleSpecSubsetsTrafficPolicy;
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsets' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsets(obj: DestinationRuleSpecSubsets | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicy
 */
export interface DestinationRuleSpecTrafficPolicy {
    /**
     * @schema DestinationRuleSpecTrafficPolicy#connectionPool
     */
    readonly connectionPool?: DestinationRuleSpecTrafficPolicyConnectionPool;
    /**
     * @schema DestinationRuleSpecTrafficPolicy#loadBalancer
     */
    readonly loadBalancer?: DestinationRuleSpecTrafficPolicyLoadBalancer;
    /**
     * @schema DestinationRuleSpecTrafficPolicy#outlierDetection
     */
    readonly outlierDetection?: DestinationRuleSpecTrafficPolicyOutlierDetection;
    /**
     * @schema DestinationRuleSpecTrafficPolicy#portLevelSettings
     */
    readonly portLevelSettings?: DestinationRuleSpecTrafficPolicyPortLevelSettings[];
    /**
     * @schema DestinationRuleSpecTrafficPolicy#proxyProtocol
     */
    readonly proxyProtocol?: DestinationRuleSpecTrafficPolicyProxyProtocol;
    /**
     * @schema DestinationRuleSpecTrafficPolicy#retryBudget
     */
    readonly retryBudget?: DestinationRuleSpecTrafficPolicyRetryBudget;
    /**
     * @schema DestinationRuleSpecTrafficPolicy#tls
     */
    readonly tls?: DestinationRuleSpecTrafficPolicyTls;
    /**
     * @schema DestinationRuleSpecTrafficPolicy#tunnel
     */
    readonly tunnel?: DestinationRuleSpecTrafficPolicyTunnel;
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicy' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicy(obj: DestinationRuleSpecTrafficPolicy | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecWorkloadSelector
 */
export interface DestinationRuleSpecWorkloadSelector {
    /**
     * @schema DestinationRuleSpecWorkloadSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'DestinationRuleSpecWorkloadSelector' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecWorkloadSelector(obj: DestinationRuleSpecWorkloadSelector | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicy
 */
export interface DestinationRuleSpecSubsetsTrafficPolicy {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicy#connectionPool
     */
    readonly connectionPool?: DestinationRuleSpecSubsetsTrafficPolicyConnectionPool;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicy#loadBalancer
     */
    readonly loadBalancer?: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicy#outlierDetection
     */
    readonly outlierDetection?: DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicy#portLevelSettings
     */
    readonly portLevelSettings?: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings[];
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicy#proxyProtocol
     */
    readonly proxyProtocol?: DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicy#retryBudget
     */
    readonly retryBudget?: DestinationRuleSpecSubsetsTrafficPolicyRetryBudget;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicy#tls
     */
    readonly tls?: DestinationRuleSpecSubsetsTrafficPolicyTls;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicy#tunnel
     */
    readonly tunnel?: DestinationRuleSpecSubsetsTrafficPolicyTunnel;
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicy' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicy(obj: DestinationRuleSpecSubsetsTrafficPolicy | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyConnectionPool
 */
export interface DestinationRuleSpecTrafficPolicyConnectionPool {
    /**
     * @schema DestinationRuleSpecTrafficPolicyConnectionPool#http
     */
    readonly http?: DestinationRuleSpecTrafficPolicyConnectionPoolHttp;
    /**
     * @schema DestinationRuleSpecTrafficPolicyConnectionPool#tcp
     */
    readonly tcp?: DestinationRuleSpecTrafficPolicyConnectionPoolTcp;
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyConnectionPool' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyConnectionPool(obj: DestinationRuleSpecTrafficPolicyConnectionPool | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyLoadBalancer
 */
export interface DestinationRuleSpecTrafficPolicyLoadBalancer {
    /**
     * @schema DestinationRuleSpecTrafficPolicyLoadBalancer#consistentHash
     */
    readonly consistentHash?: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash;
    /**
     * @schema DestinationRuleSpecTrafficPolicyLoadBalancer#localityLbSetting
     */
    readonly localityLbSetting?: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting;
    /**
     * @schema DestinationRuleSpecTrafficPolicyLoadBalancer#simple
     */
    readonly simple?: DestinationRuleSpecTrafficPolicyLoadBalancerSimple;
    /**
     * @schema DestinationRuleSpecTrafficPolicyLoadBalancer#warmup
     */
    readonly warmup?: DestinationRuleSpecTrafficPolicyLoadBalancerWarmup;
    /**
     * @schema DestinationRuleSpecTrafficPolicyLoadBalancer#warmupDurationSecs
     */
    readonly warmupDurationSecs?: string;
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyLoadBalancer' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyLoadBalancer(obj: DestinationRuleSpecTrafficPolicyLoadBalancer | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyOutlierDetection
 */
export interface DestinationRuleSpecTrafficPolicyOutlierDetection {
    /**
     * @schema DestinationRuleSpecTrafficPolicyOutlierDetection#baseEjectionTime
     */
    readonly baseEjectionTime?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyOutlierDetection#consecutive5xxErrors
     */
    readonly consecutive5XxErrors?: number;
    /**
     * @schema DestinationRuleSpecTrafficPolicyOutlierDetection#consecutiveErrors
     */
    readonly consecutiveErrors?: number;
    /**
     * @schema DestinationRuleSpecTrafficPolicyOutlierDetection#consecutiveGatewayErrors
     */
    readonly consecutiveGatewayErrors?: number;
    /**
     * @schema DestinationRuleSpecTrafficPolicyOutlierDetection#consecutiveLocalOriginFailures
     */
    readonly consecutiveLocalOriginFailures?: number;
    /**
     * @schema DestinationRuleSpecTrafficPolicyOutlierDetection#interval
     */
    readonly interval?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyOutlierDetection#maxEjectionPercent
     */
    readonly maxEjectionPercent?: number;
    /**
     * @schema DestinationRuleSpecTrafficPolicyOutlierDetection#minHealthPercent
     */
    readonly minHealthPercent?: number;
    /**
     * @schema DestinationRuleSpecTrafficPolicyOutlierDetection#splitExternalLocalOriginErrors
     */
    readonly splitExternalLocalOriginErrors?: boolean;
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyOutlierDetection' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyOutlierDetection(obj: DestinationRuleSpecTrafficPolicyOutlierDetection | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyPortLevelSettings
 */
export interface DestinationRuleSpecTrafficPolicyPortLevelSettings {
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettings#connectionPool
     */
    readonly connectionPool?: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettings#loadBalancer
     */
    readonly loadBalancer?: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettings#outlierDetection
     */
    readonly outlierDetection?: DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettings#port
     */
    readonly port?: DestinationRuleSpecTrafficPolicyPortLevelSettingsPort;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettings#tls
     */
    readonly tls?: DestinationRuleSpecTrafficPolicyPortLevelSettingsTls;
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettings' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettings(obj: DestinationRuleSpecTrafficPolicyPortLevelSettings | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyProxyProtocol
 */
export interface DestinationRuleSpecTrafficPolicyProxyProtocol {
    /**
     * @schema DestinationRuleSpecTrafficPolicyProxyProtocol#version
     */
    readonly version?: DestinationRuleSpecTrafficPolicyProxyProtocolVersion;
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyProxyProtocol' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyProxyProtocol(obj: DestinationRuleSpecTrafficPolicyProxyProtocol | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyRetryBudget
 */
export interface DestinationRuleSpecTrafficPolicyRetryBudget {
    /**
     * @schema DestinationRuleSpecTrafficPolicyRetryBudget#minRetryConcurrency
     */
    readonly minRetryConcurrency?: number;
    /**
     * @schema DestinationRuleSpecTrafficPolicyRetryBudget#percent
     */
    readonly percent?: number;
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyRetryBudget' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyRetryBudget(obj: DestinationRuleSpecTrafficPolicyRetryBudget | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyTls
 */
export interface DestinationRuleSpecTrafficPolicyTls {
    /**
     * @schema DestinationRuleSpecTrafficPolicyTls#caCertificates
     */
    readonly caCertificates?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyTls#caCrl
     */
    readonly caCrl?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyTls#clientCertificate
     */
    readonly clientCertificate?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyTls#credentialName
     */
    readonly credentialName?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyTls#insecureSkipVerify
     */
    readonly insecureSkipVerify?: boolean;
    /**
     * @schema DestinationRuleSpecTrafficPolicyTls#mode
     */
    readonly mode?: DestinationRuleSpecTrafficPolicyTlsMode;
    /**
     * @schema DestinationRuleSpecTrafficPolicyTls#privateKey
     */
    readonly privateKey?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyTls#sni
     */
    readonly sni?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyTls#subjectAltNames
     */
    readonly subjectAltNames?: string[];
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyTls' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyTls(obj: DestinationRuleSpecTrafficPolicyTls | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyTunnel
 */
export interface DestinationRuleSpecTrafficPolicyTunnel {
    /**
     * @schema DestinationRuleSpecTrafficPolicyTunnel#protocol
     */
    readonly protocol?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyTunnel#targetHost
     */
    readonly targetHost: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyTunnel#targetPort
     */
    readonly targetPort: number;
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyTunnel' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyTunnel(obj: DestinationRuleSpecTrafficPolicyTunnel | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyConnectionPool
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyConnectionPool {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyConnectionPool#http
     */
    readonly http?: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyConnectionPool#tcp
     */
    readonly tcp?: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp;
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyConnectionPool' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyConnectionPool(obj: DestinationRuleSpecSubsetsTrafficPolicyConnectionPool | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer#consistentHash
     */
    readonly consistentHash?: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer#localityLbSetting
     */
    readonly localityLbSetting?: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer#simple
     */
    readonly simple?: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer#warmup
     */
    readonly warmup?: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer#warmupDurationSecs
     */
    readonly warmupDurationSecs?: string;
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer(obj: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#baseEjectionTime
     */
    readonly baseEjectionTime?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#consecutive5xxErrors
     */
    readonly consecutive5XxErrors?: number;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#consecutiveErrors
     */
    readonly consecutiveErrors?: number;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#consecutiveGatewayErrors
     */
    readonly consecutiveGatewayErrors?: number;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#consecutiveLocalOriginFailures
     */
    readonly consecutiveLocalOriginFailures?: number;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#interval
     */
    readonly interval?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#maxEjectionPercent
     */
    readonly maxEjectionPercent?: number;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#minHealthPercent
     */
    readonly minHealthPercent?: number;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection#splitExternalLocalOriginErrors
     */
    readonly splitExternalLocalOriginErrors?: boolean;
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection(obj: DestinationRuleSpecSubsetsTrafficPolicyOutlierDetection | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings#connectionPool
     */
    readonly connectionPool?: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings#loadBalancer
     */
    readonly loadBalancer?: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings#outlierDetection
     */
    readonly outlierDetection?: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings#port
     */
    readonly port?: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings#tls
     */
    readonly tls?: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls;
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings(obj: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettings | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol#version
     */
    readonly version?: DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion;
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol(obj: DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyRetryBudget
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyRetryBudget {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyRetryBudget#minRetryConcurrency
     */
    readonly minRetryConcurrency?: number;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyRetryBudget#percent
     */
    readonly percent?: number;
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyRetryBudget' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyRetryBudget(obj: DestinationRuleSpecSubsetsTrafficPolicyRetryBudget | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyTls
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyTls {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyTls#caCertificates
     */
    readonly caCertificates?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyTls#caCrl
     */
    readonly caCrl?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyTls#clientCertificate
     */
    readonly clientCertificate?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyTls#credentialName
     */
    readonly credentialName?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyTls#insecureSkipVerify
     */
    readonly insecureSkipVerify?: boolean;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyTls#mode
     */
    readonly mode?: DestinationRuleSpecSubsetsTrafficPolicyTlsMode;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyTls#privateKey
     */
    readonly privateKey?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyTls#sni
     */
    readonly sni?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyTls#subjectAltNames
     */
    readonly subjectAltNames?: string[];
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyTls' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyTls(obj: DestinationRuleSpecSubsetsTrafficPolicyTls | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyTunnel
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyTunnel {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyTunnel#protocol
     */
    readonly protocol?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyTunnel#targetHost
     */
    readonly targetHost: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyTunnel#targetPort
     */
    readonly targetPort: number;
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyTunnel' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyTunnel(obj: DestinationRuleSpecSubsetsTrafficPolicyTunnel | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyConnectionPoolHttp
 */
export interface DestinationRuleSpecTrafficPolicyConnectionPoolHttp {
    /**
     * @schema DestinationRuleSpecTrafficPolicyConnectionPoolHttp#h2UpgradePolicy
     */
    readonly h2UpgradePolicy?: DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy;
    /**
     * @schema DestinationRuleSpecTrafficPolicyConnectionPoolHttp#http1MaxPendingRequests
     */
    readonly http1MaxPendingRequests?: number;
    /**
     * @schema DestinationRuleSpecTrafficPolicyConnectionPoolHttp#http2MaxRequests
     */
    readonly http2MaxRequests?: number;
    /**
     * @schema DestinationRuleSpecTrafficPolicyConnectionPoolHttp#idleTimeout
     */
    readonly idleTimeout?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyConnectionPoolHttp#maxConcurrentStreams
     */
    readonly maxConcurrentStreams?: number;
    /**
     * @schema DestinationRuleSpecTrafficPolicyConnectionPoolHttp#maxRequestsPerConnection
     */
    readonly maxRequestsPerConnection?: number;
    /**
     * @schema DestinationRuleSpecTrafficPolicyConnectionPoolHttp#maxRetries
     */
    readonly maxRetries?: number;
    /**
     * @schema DestinationRuleSpecTrafficPolicyConnectionPoolHttp#useClientProtocol
     */
    readonly useClientProtocol?: boolean;
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyConnectionPoolHttp' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyConnectionPoolHttp(obj: DestinationRuleSpecTrafficPolicyConnectionPoolHttp | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyConnectionPoolTcp
 */
export interface DestinationRuleSpecTrafficPolicyConnectionPoolTcp {
    /**
     * @schema DestinationRuleSpecTrafficPolicyConnectionPoolTcp#connectTimeout
     */
    readonly connectTimeout?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyConnectionPoolTcp#idleTimeout
     */
    readonly idleTimeout?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyConnectionPoolTcp#maxConnectionDuration
     */
    readonly maxConnectionDuration?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyConnectionPoolTcp#maxConnections
     */
    readonly maxConnections?: number;
    /**
     * @schema DestinationRuleSpecTrafficPolicyConnectionPoolTcp#tcpKeepalive
     */
    readonly tcpKeepalive?: DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive;
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyConnectionPoolTcp' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyConnectionPoolTcp(obj: DestinationRuleSpecTrafficPolicyConnectionPoolTcp | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash
 */
export interface DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash {
    /**
     * @schema DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash#httpCookie
     */
    readonly httpCookie?: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie;
    /**
     * @schema DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash#httpHeaderName
     */
    readonly httpHeaderName?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash#httpQueryParameterName
     */
    readonly httpQueryParameterName?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash#maglev
     */
    readonly maglev?: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev;
    /**
     * @schema DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash#minimumRingSize
     */
    readonly minimumRingSize?: number;
    /**
     * @schema DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash#ringHash
     */
    readonly ringHash?: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash;
    /**
     * @schema DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash#useSourceIp
     */
    readonly useSourceIp?: boolean;
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash(obj: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting
 */
export interface DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting {
    /**
     * @schema DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting#distribute
     */
    readonly distribute?: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute[];
    /**
     * @schema DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting#enabled
     */
    readonly enabled?: boolean;
    /**
     * @schema DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting#failover
     */
    readonly failover?: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover[];
    /**
     * @schema DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting#failoverPriority
     */
    readonly failoverPriority?: string[];
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting(obj: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyLoadBalancerSimple
 */
export declare enum DestinationRuleSpecTrafficPolicyLoadBalancerSimple {
    /** UNSPECIFIED */
    UNSPECIFIED = "UNSPECIFIED",
    /** LEAST_CONN */
    LEAST_UNDERSCORE_CONN = "LEAST_CONN",
    /** RANDOM */
    RANDOM = "RANDOM",
    /** PASSTHROUGH */
    PASSTHROUGH = "PASSTHROUGH",
    /** ROUND_ROBIN */
    ROUND_UNDERSCORE_ROBIN = "ROUND_ROBIN",
    /** LEAST_REQUEST */
    LEAST_UNDERSCORE_REQUEST = "LEAST_REQUEST"
}
/**
 * @schema DestinationRuleSpecTrafficPolicyLoadBalancerWarmup
 */
export interface DestinationRuleSpecTrafficPolicyLoadBalancerWarmup {
    /**
     * @schema DestinationRuleSpecTrafficPolicyLoadBalancerWarmup#aggression
     */
    readonly aggression?: number;
    /**
     * @schema DestinationRuleSpecTrafficPolicyLoadBalancerWarmup#duration
     */
    readonly duration: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyLoadBalancerWarmup#minimumPercent
     */
    readonly minimumPercent?: number;
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyLoadBalancerWarmup' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyLoadBalancerWarmup(obj: DestinationRuleSpecTrafficPolicyLoadBalancerWarmup | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool
 */
export interface DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool {
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool#http
     */
    readonly http?: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool#tcp
     */
    readonly tcp?: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp;
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool(obj: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPool | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer
 */
export interface DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer {
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer#consistentHash
     */
    readonly consistentHash?: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer#localityLbSetting
     */
    readonly localityLbSetting?: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer#simple
     */
    readonly simple?: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer#warmup
     */
    readonly warmup?: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer#warmupDurationSecs
     */
    readonly warmupDurationSecs?: string;
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer(obj: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancer | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection
 */
export interface DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection {
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#baseEjectionTime
     */
    readonly baseEjectionTime?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#consecutive5xxErrors
     */
    readonly consecutive5XxErrors?: number;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#consecutiveErrors
     */
    readonly consecutiveErrors?: number;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#consecutiveGatewayErrors
     */
    readonly consecutiveGatewayErrors?: number;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#consecutiveLocalOriginFailures
     */
    readonly consecutiveLocalOriginFailures?: number;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#interval
     */
    readonly interval?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#maxEjectionPercent
     */
    readonly maxEjectionPercent?: number;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#minHealthPercent
     */
    readonly minHealthPercent?: number;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection#splitExternalLocalOriginErrors
     */
    readonly splitExternalLocalOriginErrors?: boolean;
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection(obj: DestinationRuleSpecTrafficPolicyPortLevelSettingsOutlierDetection | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsPort
 */
export interface DestinationRuleSpecTrafficPolicyPortLevelSettingsPort {
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsPort#number
     */
    readonly number?: number;
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettingsPort' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsPort(obj: DestinationRuleSpecTrafficPolicyPortLevelSettingsPort | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsTls
 */
export interface DestinationRuleSpecTrafficPolicyPortLevelSettingsTls {
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#caCertificates
     */
    readonly caCertificates?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#caCrl
     */
    readonly caCrl?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#clientCertificate
     */
    readonly clientCertificate?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#credentialName
     */
    readonly credentialName?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#insecureSkipVerify
     */
    readonly insecureSkipVerify?: boolean;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#mode
     */
    readonly mode?: DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#privateKey
     */
    readonly privateKey?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#sni
     */
    readonly sni?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsTls#subjectAltNames
     */
    readonly subjectAltNames?: string[];
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettingsTls' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsTls(obj: DestinationRuleSpecTrafficPolicyPortLevelSettingsTls | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyProxyProtocolVersion
 */
export declare enum DestinationRuleSpecTrafficPolicyProxyProtocolVersion {
    /** V1 */
    V1 = "V1",
    /** V2 */
    V2 = "V2"
}
/**
 * @schema DestinationRuleSpecTrafficPolicyTlsMode
 */
export declare enum DestinationRuleSpecTrafficPolicyTlsMode {
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
 * @schema DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp#h2UpgradePolicy
     */
    readonly h2UpgradePolicy?: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp#http1MaxPendingRequests
     */
    readonly http1MaxPendingRequests?: number;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp#http2MaxRequests
     */
    readonly http2MaxRequests?: number;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp#idleTimeout
     */
    readonly idleTimeout?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp#maxConcurrentStreams
     */
    readonly maxConcurrentStreams?: number;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp#maxRequestsPerConnection
     */
    readonly maxRequestsPerConnection?: number;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp#maxRetries
     */
    readonly maxRetries?: number;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp#useClientProtocol
     */
    readonly useClientProtocol?: boolean;
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp(obj: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttp | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp#connectTimeout
     */
    readonly connectTimeout?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp#idleTimeout
     */
    readonly idleTimeout?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp#maxConnectionDuration
     */
    readonly maxConnectionDuration?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp#maxConnections
     */
    readonly maxConnections?: number;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp#tcpKeepalive
     */
    readonly tcpKeepalive?: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive;
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp(obj: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcp | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash#httpCookie
     */
    readonly httpCookie?: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash#httpHeaderName
     */
    readonly httpHeaderName?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash#httpQueryParameterName
     */
    readonly httpQueryParameterName?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash#maglev
     */
    readonly maglev?: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash#minimumRingSize
     */
    readonly minimumRingSize?: number;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash#ringHash
     */
    readonly ringHash?: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash#useSourceIp
     */
    readonly useSourceIp?: boolean;
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash(obj: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting#distribute
     */
    readonly distribute?: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute[];
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting#enabled
     */
    readonly enabled?: boolean;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting#failover
     */
    readonly failover?: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover[];
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting#failoverPriority
     */
    readonly failoverPriority?: string[];
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting(obj: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple
 */
export declare enum DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple {
    /** UNSPECIFIED */
    UNSPECIFIED = "UNSPECIFIED",
    /** LEAST_CONN */
    LEAST_UNDERSCORE_CONN = "LEAST_CONN",
    /** RANDOM */
    RANDOM = "RANDOM",
    /** PASSTHROUGH */
    PASSTHROUGH = "PASSTHROUGH",
    /** ROUND_ROBIN */
    ROUND_UNDERSCORE_ROBIN = "ROUND_ROBIN",
    /** LEAST_REQUEST */
    LEAST_UNDERSCORE_REQUEST = "LEAST_REQUEST"
}
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup#aggression
     */
    readonly aggression?: number;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup#duration
     */
    readonly duration: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup#minimumPercent
     */
    readonly minimumPercent?: number;
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup(obj: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool#http
     */
    readonly http?: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool#tcp
     */
    readonly tcp?: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp;
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool(obj: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPool | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer#consistentHash
     */
    readonly consistentHash?: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer#localityLbSetting
     */
    readonly localityLbSetting?: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer#simple
     */
    readonly simple?: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer#warmup
     */
    readonly warmup?: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer#warmupDurationSecs
     */
    readonly warmupDurationSecs?: string;
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer(obj: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancer | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#baseEjectionTime
     */
    readonly baseEjectionTime?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#consecutive5xxErrors
     */
    readonly consecutive5XxErrors?: number;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#consecutiveErrors
     */
    readonly consecutiveErrors?: number;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#consecutiveGatewayErrors
     */
    readonly consecutiveGatewayErrors?: number;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#consecutiveLocalOriginFailures
     */
    readonly consecutiveLocalOriginFailures?: number;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#interval
     */
    readonly interval?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#maxEjectionPercent
     */
    readonly maxEjectionPercent?: number;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#minHealthPercent
     */
    readonly minHealthPercent?: number;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection#splitExternalLocalOriginErrors
     */
    readonly splitExternalLocalOriginErrors?: boolean;
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection(obj: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsOutlierDetection | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort#number
     */
    readonly number?: number;
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort(obj: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#caCertificates
     */
    readonly caCertificates?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#caCrl
     */
    readonly caCrl?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#clientCertificate
     */
    readonly clientCertificate?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#credentialName
     */
    readonly credentialName?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#insecureSkipVerify
     */
    readonly insecureSkipVerify?: boolean;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#mode
     */
    readonly mode?: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#privateKey
     */
    readonly privateKey?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#sni
     */
    readonly sni?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls#subjectAltNames
     */
    readonly subjectAltNames?: string[];
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls(obj: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTls | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion
 */
export declare enum DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion {
    /** V1 */
    V1 = "V1",
    /** V2 */
    V2 = "V2"
}
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyTlsMode
 */
export declare enum DestinationRuleSpecSubsetsTrafficPolicyTlsMode {
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
 * @schema DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy
 */
export declare enum DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy {
    /** DEFAULT */
    DEFAULT = "DEFAULT",
    /** DO_NOT_UPGRADE */
    DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE = "DO_NOT_UPGRADE",
    /** UPGRADE */
    UPGRADE = "UPGRADE"
}
/**
 * @schema DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive
 */
export interface DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive {
    /**
     * @schema DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive#interval
     */
    readonly interval?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive#probes
     */
    readonly probes?: number;
    /**
     * @schema DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive#time
     */
    readonly time?: string;
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive(obj: DestinationRuleSpecTrafficPolicyConnectionPoolTcpTcpKeepalive | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie
 */
export interface DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie {
    /**
     * @schema DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie#attributes
     */
    readonly attributes?: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes[];
    /**
     * @schema DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie#name
     */
    readonly name: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie#path
     */
    readonly path?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie#ttl
     */
    readonly ttl?: string;
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie(obj: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev
 */
export interface DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev {
    /**
     * @schema DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev#tableSize
     */
    readonly tableSize?: number;
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev(obj: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashMaglev | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash
 */
export interface DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash {
    /**
     * @schema DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash#minimumRingSize
     */
    readonly minimumRingSize?: number;
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash(obj: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashRingHash | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute
 */
export interface DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute {
    /**
     * @schema DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute#from
     */
    readonly from?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute#to
     */
    readonly to?: {
        [key: string]: number;
    };
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute(obj: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover
 */
export interface DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover {
    /**
     * @schema DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover#from
     */
    readonly from?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover#to
     */
    readonly to?: string;
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover(obj: DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp
 */
export interface DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp {
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp#h2UpgradePolicy
     */
    readonly h2UpgradePolicy?: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp#http1MaxPendingRequests
     */
    readonly http1MaxPendingRequests?: number;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp#http2MaxRequests
     */
    readonly http2MaxRequests?: number;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp#idleTimeout
     */
    readonly idleTimeout?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp#maxConcurrentStreams
     */
    readonly maxConcurrentStreams?: number;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp#maxRequestsPerConnection
     */
    readonly maxRequestsPerConnection?: number;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp#maxRetries
     */
    readonly maxRetries?: number;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp#useClientProtocol
     */
    readonly useClientProtocol?: boolean;
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp(obj: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttp | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp
 */
export interface DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp {
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp#connectTimeout
     */
    readonly connectTimeout?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp#idleTimeout
     */
    readonly idleTimeout?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp#maxConnectionDuration
     */
    readonly maxConnectionDuration?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp#maxConnections
     */
    readonly maxConnections?: number;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp#tcpKeepalive
     */
    readonly tcpKeepalive?: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive;
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp(obj: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcp | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash
 */
export interface DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash {
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#httpCookie
     */
    readonly httpCookie?: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#httpHeaderName
     */
    readonly httpHeaderName?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#httpQueryParameterName
     */
    readonly httpQueryParameterName?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#maglev
     */
    readonly maglev?: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#minimumRingSize
     */
    readonly minimumRingSize?: number;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#ringHash
     */
    readonly ringHash?: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#useSourceIp
     */
    readonly useSourceIp?: boolean;
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash(obj: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting
 */
export interface DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting {
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting#distribute
     */
    readonly distribute?: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute[];
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting#enabled
     */
    readonly enabled?: boolean;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting#failover
     */
    readonly failover?: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover[];
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting#failoverPriority
     */
    readonly failoverPriority?: string[];
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting(obj: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple
 */
export declare enum DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerSimple {
    /** UNSPECIFIED */
    UNSPECIFIED = "UNSPECIFIED",
    /** LEAST_CONN */
    LEAST_UNDERSCORE_CONN = "LEAST_CONN",
    /** RANDOM */
    RANDOM = "RANDOM",
    /** PASSTHROUGH */
    PASSTHROUGH = "PASSTHROUGH",
    /** ROUND_ROBIN */
    ROUND_UNDERSCORE_ROBIN = "ROUND_ROBIN",
    /** LEAST_REQUEST */
    LEAST_UNDERSCORE_REQUEST = "LEAST_REQUEST"
}
/**
 * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup
 */
export interface DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup {
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup#aggression
     */
    readonly aggression?: number;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup#duration
     */
    readonly duration: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup#minimumPercent
     */
    readonly minimumPercent?: number;
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup(obj: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerWarmup | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode
 */
export declare enum DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode {
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
 * @schema DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy
 */
export declare enum DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolHttpH2UpgradePolicy {
    /** DEFAULT */
    DEFAULT = "DEFAULT",
    /** DO_NOT_UPGRADE */
    DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE = "DO_NOT_UPGRADE",
    /** UPGRADE */
    UPGRADE = "UPGRADE"
}
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive#interval
     */
    readonly interval?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive#probes
     */
    readonly probes?: number;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive#time
     */
    readonly time?: string;
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive(obj: DestinationRuleSpecSubsetsTrafficPolicyConnectionPoolTcpTcpKeepalive | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie#attributes
     */
    readonly attributes?: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes[];
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie#name
     */
    readonly name: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie#path
     */
    readonly path?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie#ttl
     */
    readonly ttl?: string;
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie(obj: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookie | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev#tableSize
     */
    readonly tableSize?: number;
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev(obj: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashMaglev | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash#minimumRingSize
     */
    readonly minimumRingSize?: number;
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash(obj: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashRingHash | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute#from
     */
    readonly from?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute#to
     */
    readonly to?: {
        [key: string]: number;
    };
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute(obj: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover#from
     */
    readonly from?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover#to
     */
    readonly to?: string;
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover(obj: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingFailover | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp#h2UpgradePolicy
     */
    readonly h2UpgradePolicy?: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp#http1MaxPendingRequests
     */
    readonly http1MaxPendingRequests?: number;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp#http2MaxRequests
     */
    readonly http2MaxRequests?: number;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp#idleTimeout
     */
    readonly idleTimeout?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp#maxConcurrentStreams
     */
    readonly maxConcurrentStreams?: number;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp#maxRequestsPerConnection
     */
    readonly maxRequestsPerConnection?: number;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp#maxRetries
     */
    readonly maxRetries?: number;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp#useClientProtocol
     */
    readonly useClientProtocol?: boolean;
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp(obj: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttp | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp#connectTimeout
     */
    readonly connectTimeout?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp#idleTimeout
     */
    readonly idleTimeout?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp#maxConnectionDuration
     */
    readonly maxConnectionDuration?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp#maxConnections
     */
    readonly maxConnections?: number;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp#tcpKeepalive
     */
    readonly tcpKeepalive?: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive;
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp(obj: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcp | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#httpCookie
     */
    readonly httpCookie?: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#httpHeaderName
     */
    readonly httpHeaderName?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#httpQueryParameterName
     */
    readonly httpQueryParameterName?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#maglev
     */
    readonly maglev?: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#minimumRingSize
     */
    readonly minimumRingSize?: number;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#ringHash
     */
    readonly ringHash?: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash#useSourceIp
     */
    readonly useSourceIp?: boolean;
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash(obj: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting#distribute
     */
    readonly distribute?: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute[];
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting#enabled
     */
    readonly enabled?: boolean;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting#failover
     */
    readonly failover?: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover[];
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting#failoverPriority
     */
    readonly failoverPriority?: string[];
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting(obj: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple
 */
export declare enum DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerSimple {
    /** UNSPECIFIED */
    UNSPECIFIED = "UNSPECIFIED",
    /** LEAST_CONN */
    LEAST_UNDERSCORE_CONN = "LEAST_CONN",
    /** RANDOM */
    RANDOM = "RANDOM",
    /** PASSTHROUGH */
    PASSTHROUGH = "PASSTHROUGH",
    /** ROUND_ROBIN */
    ROUND_UNDERSCORE_ROBIN = "ROUND_ROBIN",
    /** LEAST_REQUEST */
    LEAST_UNDERSCORE_REQUEST = "LEAST_REQUEST"
}
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup#aggression
     */
    readonly aggression?: number;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup#duration
     */
    readonly duration: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup#minimumPercent
     */
    readonly minimumPercent?: number;
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup(obj: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerWarmup | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode
 */
export declare enum DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode {
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
 * @schema DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes
 */
export interface DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes {
    /**
     * @schema DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes#name
     */
    readonly name: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes(obj: DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy
 */
export declare enum DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy {
    /** DEFAULT */
    DEFAULT = "DEFAULT",
    /** DO_NOT_UPGRADE */
    DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE = "DO_NOT_UPGRADE",
    /** UPGRADE */
    UPGRADE = "UPGRADE"
}
/**
 * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive
 */
export interface DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive {
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive#interval
     */
    readonly interval?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive#probes
     */
    readonly probes?: number;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive#time
     */
    readonly time?: string;
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive(obj: DestinationRuleSpecTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie
 */
export interface DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie {
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie#attributes
     */
    readonly attributes?: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes[];
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie#name
     */
    readonly name: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie#path
     */
    readonly path?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie#ttl
     */
    readonly ttl?: string;
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie(obj: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev
 */
export interface DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev {
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev#tableSize
     */
    readonly tableSize?: number;
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev(obj: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash
 */
export interface DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash {
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash#minimumRingSize
     */
    readonly minimumRingSize?: number;
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash(obj: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute
 */
export interface DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute {
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute#from
     */
    readonly from?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute#to
     */
    readonly to?: {
        [key: string]: number;
    };
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute(obj: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover
 */
export interface DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover {
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover#from
     */
    readonly from?: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover#to
     */
    readonly to?: string;
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover(obj: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes#name
     */
    readonly name: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes(obj: DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy
 */
export declare enum DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolHttpH2UpgradePolicy {
    /** DEFAULT */
    DEFAULT = "DEFAULT",
    /** DO_NOT_UPGRADE */
    DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE = "DO_NOT_UPGRADE",
    /** UPGRADE */
    UPGRADE = "UPGRADE"
}
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive#interval
     */
    readonly interval?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive#probes
     */
    readonly probes?: number;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive#time
     */
    readonly time?: string;
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive(obj: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsConnectionPoolTcpTcpKeepalive | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie#attributes
     */
    readonly attributes?: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes[];
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie#name
     */
    readonly name: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie#path
     */
    readonly path?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie#ttl
     */
    readonly ttl?: string;
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie(obj: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev#tableSize
     */
    readonly tableSize?: number;
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev(obj: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash#minimumRingSize
     */
    readonly minimumRingSize?: number;
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash(obj: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute#from
     */
    readonly from?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute#to
     */
    readonly to?: {
        [key: string]: number;
    };
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute(obj: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover#from
     */
    readonly from?: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover#to
     */
    readonly to?: string;
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover(obj: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes
 */
export interface DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes {
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes#name
     */
    readonly name: string;
    /**
     * @schema DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes(obj: DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes | undefined): Record<string, any> | undefined;
/**
 * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes
 */
export interface DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes {
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes#name
     */
    readonly name: string;
    /**
     * @schema DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes' to JSON representation.
 */
export declare function toJson_DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes(obj: DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes | undefined): Record<string, any> | undefined;
/**
 *
 *
 * @schema Gateway
 */
export declare class Gateway extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Gateway"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Gateway".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: GatewayProps): any;
    /**
     * Defines a "Gateway" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: GatewayProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema Gateway
 */
export interface GatewayProps {
    /**
     * @schema Gateway#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema Gateway#spec
     */
    readonly spec?: GatewaySpec;
}
/**
 * Converts an object of type 'GatewayProps' to JSON representation.
 */
export declare function toJson_GatewayProps(obj: GatewayProps | undefined): Record<string, any> | undefined;
/**
 * @schema GatewaySpec
 */
export interface GatewaySpec {
    /**
     * @schema GatewaySpec#selector
     */
    readonly selector?: {
        [key: string]: string;
    };
    /**
     * @schema GatewaySpec#servers
     */
    readonly servers?: GatewaySpecServers[];
}
/**
 * Converts an object of type 'GatewaySpec' to JSON representation.
 */
export declare function toJson_GatewaySpec(obj: GatewaySpec | undefined): Record<string, any> | undefined;
/**
 * @schema GatewaySpecServers
 */
export interface GatewaySpecServers {
    /**
     * @schema GatewaySpecServers#bind
     */
    readonly bind?: string;
    /**
     * @schema GatewaySpecServers#defaultEndpoint
     */
    readonly defaultEndpoint?: string;
    /**
     * @schema GatewaySpecServers#hosts
     */
    readonly hosts: string[];
    /**
     * @schema GatewaySpecServers#name
     */
    readonly name?: string;
    /**
     * @schema GatewaySpecServers#port
     */
    readonly port: GatewaySpecServersPort;
    /**
     * @schema GatewaySpecServers#tls
     */
    readonly tls?: GatewaySpecServersTls;
}
/**
 * Converts an object of type 'GatewaySpecServers' to JSON representation.
 */
export declare function toJson_GatewaySpecServers(obj: GatewaySpecServers | undefined): Record<string, any> | undefined;
/**
 * @schema GatewaySpecServersPort
 */
export interface GatewaySpecServersPort {
    /**
     * @schema GatewaySpecServersPort#name
     */
    readonly name: string;
    /**
     * @schema GatewaySpecServersPort#number
     */
    readonly number: number;
    /**
     * @schema GatewaySpecServersPort#protocol
     */
    readonly protocol: string;
    /**
     * @schema GatewaySpecServersPort#targetPort
     */
    readonly targetPort?: number;
}
/**
 * Converts an object of type 'GatewaySpecServersPort' to JSON representation.
 */
export declare function toJson_GatewaySpecServersPort(obj: GatewaySpecServersPort | undefined): Record<string, any> | undefined;
/**
 * @schema GatewaySpecServersTls
 */
export interface GatewaySpecServersTls {
    /**
     * @schema GatewaySpecServersTls#caCertCredentialName
     */
    readonly caCertCredentialName?: string;
    /**
     * @schema GatewaySpecServersTls#caCertificates
     */
    readonly caCertificates?: string;
    /**
     * @schema GatewaySpecServersTls#caCrl
     */
    readonly caCrl?: string;
    /**
     * @schema GatewaySpecServersTls#cipherSuites
     */
    readonly cipherSuites?: string[];
    /**
     * @schema GatewaySpecServersTls#credentialName
     */
    readonly credentialName?: string;
    /**
     * @schema GatewaySpecServersTls#credentialNames
     */
    readonly credentialNames?: string[];
    /**
     * @schema GatewaySpecServersTls#httpsRedirect
     */
    readonly httpsRedirect?: boolean;
    /**
     * @schema GatewaySpecServersTls#maxProtocolVersion
     */
    readonly maxProtocolVersion?: GatewaySpecServersTlsMaxProtocolVersion;
    /**
     * @schema GatewaySpecServersTls#minProtocolVersion
     */
    readonly minProtocolVersion?: GatewaySpecServersTlsMinProtocolVersion;
    /**
     * @schema GatewaySpecServersTls#mode
     */
    readonly mode?: GatewaySpecServersTlsMode;
    /**
     * @schema GatewaySpecServersTls#privateKey
     */
    readonly privateKey?: string;
    /**
     * @schema GatewaySpecServersTls#serverCertificate
     */
    readonly serverCertificate?: string;
    /**
     * @schema GatewaySpecServersTls#subjectAltNames
     */
    readonly subjectAltNames?: string[];
    /**
     * @schema GatewaySpecServersTls#tlsCertificates
     */
    readonly tlsCertificates?: GatewaySpecServersTlsTlsCertificates[];
    /**
     * @schema GatewaySpecServersTls#verifyCertificateHash
     */
    readonly verifyCertificateHash?: string[];
    /**
     * @schema GatewaySpecServersTls#verifyCertificateSpki
     */
    readonly verifyCertificateSpki?: string[];
}
/**
 * Converts an object of type 'GatewaySpecServersTls' to JSON representation.
 */
export declare function toJson_GatewaySpecServersTls(obj: GatewaySpecServersTls | undefined): Record<string, any> | undefined;
/**
 * @schema GatewaySpecServersTlsMaxProtocolVersion
 */
export declare enum GatewaySpecServersTlsMaxProtocolVersion {
    /** TLS_AUTO */
    TLS_UNDERSCORE_AUTO = "TLS_AUTO",
    /** TLSV1_0 */
    TLSV1_UNDERSCORE_0 = "TLSV1_0",
    /** TLSV1_1 */
    TLSV1_UNDERSCORE_1 = "TLSV1_1",
    /** TLSV1_2 */
    TLSV1_UNDERSCORE_2 = "TLSV1_2",
    /** TLSV1_3 */
    TLSV1_UNDERSCORE_3 = "TLSV1_3"
}
/**
 * @schema GatewaySpecServersTlsMinProtocolVersion
 */
export declare enum GatewaySpecServersTlsMinProtocolVersion {
    /** TLS_AUTO */
    TLS_UNDERSCORE_AUTO = "TLS_AUTO",
    /** TLSV1_0 */
    TLSV1_UNDERSCORE_0 = "TLSV1_0",
    /** TLSV1_1 */
    TLSV1_UNDERSCORE_1 = "TLSV1_1",
    /** TLSV1_2 */
    TLSV1_UNDERSCORE_2 = "TLSV1_2",
    /** TLSV1_3 */
    TLSV1_UNDERSCORE_3 = "TLSV1_3"
}
/**
 * @schema GatewaySpecServersTlsMode
 */
export declare enum GatewaySpecServersTlsMode {
    /** PASSTHROUGH */
    PASSTHROUGH = "PASSTHROUGH",
    /** SIMPLE */
    SIMPLE = "SIMPLE",
    /** MUTUAL */
    MUTUAL = "MUTUAL",
    /** AUTO_PASSTHROUGH */
    AUTO_UNDERSCORE_PASSTHROUGH = "AUTO_PASSTHROUGH",
    /** ISTIO_MUTUAL */
    ISTIO_UNDERSCORE_MUTUAL = "ISTIO_MUTUAL",
    /** OPTIONAL_MUTUAL */
    OPTIONAL_UNDERSCORE_MUTUAL = "OPTIONAL_MUTUAL"
}
/**
 * @schema GatewaySpecServersTlsTlsCertificates
 */
export interface GatewaySpecServersTlsTlsCertificates {
    /**
     * @schema GatewaySpecServersTlsTlsCertificates#caCertificates
     */
    readonly caCertificates?: string;
    /**
     * @schema GatewaySpecServersTlsTlsCertificates#privateKey
     */
    readonly privateKey?: string;
    /**
     * @schema GatewaySpecServersTlsTlsCertificates#serverCertificate
     */
    readonly serverCertificate?: string;
}
/**
 * Converts an object of type 'GatewaySpecServersTlsTlsCertificates' to JSON representation.
 */
export declare function toJson_GatewaySpecServersTlsTlsCertificates(obj: GatewaySpecServersTlsTlsCertificates | undefined): Record<string, any> | undefined;
/**
 *
 *
 * @schema ServiceEntry
 */
export declare class ServiceEntry extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ServiceEntry"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ServiceEntry".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: ServiceEntryProps): any;
    /**
     * Defines a "ServiceEntry" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: ServiceEntryProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema ServiceEntry
 */
export interface ServiceEntryProps {
    /**
     * @schema ServiceEntry#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema ServiceEntry#spec
     */
    readonly spec: ServiceEntrySpec;
}
/**
 * Converts an object of type 'ServiceEntryProps' to JSON representation.
 */
export declare function toJson_ServiceEntryProps(obj: ServiceEntryProps | undefined): Record<string, any> | undefined;
/**
 * @schema ServiceEntrySpec
 */
export interface ServiceEntrySpec {
    /**
     * @schema ServiceEntrySpec#addresses
     */
    readonly addresses?: string[];
    /**
     * @schema ServiceEntrySpec#endpoints
     */
    readonly endpoints?: ServiceEntrySpecEndpoints[];
    /**
     * @schema ServiceEntrySpec#exportTo
     */
    readonly exportTo?: string[];
    /**
     * @schema ServiceEntrySpec#hosts
     */
    readonly hosts: string[];
    /**
     * @schema ServiceEntrySpec#location
     */
    readonly location?: ServiceEntrySpecLocation;
    /**
     * @schema ServiceEntrySpec#ports
     */
    readonly ports?: ServiceEntrySpecPorts[];
    /**
     * @schema ServiceEntrySpec#resolution
     */
    readonly resolution?: ServiceEntrySpecResolution;
    /**
     * @schema ServiceEntrySpec#subjectAltNames
     */
    readonly subjectAltNames?: string[];
    /**
     * @schema ServiceEntrySpec#workloadSelector
     */
    readonly workloadSelector?: ServiceEntrySpecWorkloadSelector;
}
/**
 * Converts an object of type 'ServiceEntrySpec' to JSON representation.
 */
export declare function toJson_ServiceEntrySpec(obj: ServiceEntrySpec | undefined): Record<string, any> | undefined;
/**
 * @schema ServiceEntrySpecEndpoints
 */
export interface ServiceEntrySpecEndpoints {
    /**
     * @schema ServiceEntrySpecEndpoints#address
     */
    readonly address?: string;
    /**
     * @schema ServiceEntrySpecEndpoints#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema ServiceEntrySpecEndpoints#locality
     */
    readonly locality?: string;
    /**
     * @schema ServiceEntrySpecEndpoints#network
     */
    readonly network?: string;
    /**
     * @schema ServiceEntrySpecEndpoints#ports
     */
    readonly ports?: {
        [key: string]: number;
    };
    /**
     * @schema ServiceEntrySpecEndpoints#serviceAccount
     */
    readonly serviceAccount?: string;
    /**
     * @schema ServiceEntrySpecEndpoints#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'ServiceEntrySpecEndpoints' to JSON representation.
 */
export declare function toJson_ServiceEntrySpecEndpoints(obj: ServiceEntrySpecEndpoints | undefined): Record<string, any> | undefined;
/**
 * @schema ServiceEntrySpecLocation
 */
export declare enum ServiceEntrySpecLocation {
    /** MESH_EXTERNAL */
    MESH_UNDERSCORE_EXTERNAL = "MESH_EXTERNAL",
    /** MESH_INTERNAL */
    MESH_UNDERSCORE_INTERNAL = "MESH_INTERNAL"
}
/**
 * @schema ServiceEntrySpecPorts
 */
export interface ServiceEntrySpecPorts {
    /**
     * @schema ServiceEntrySpecPorts#name
     */
    readonly name: string;
    /**
     * @schema ServiceEntrySpecPorts#number
     */
    readonly number: number;
    /**
     * @schema ServiceEntrySpecPorts#protocol
     */
    readonly protocol?: string;
    /**
     * @schema ServiceEntrySpecPorts#targetPort
     */
    readonly targetPort?: number;
}
/**
 * Converts an object of type 'ServiceEntrySpecPorts' to JSON representation.
 */
export declare function toJson_ServiceEntrySpecPorts(obj: ServiceEntrySpecPorts | undefined): Record<string, any> | undefined;
/**
 * @schema ServiceEntrySpecResolution
 */
export declare enum ServiceEntrySpecResolution {
    /** NONE */
    NONE = "NONE",
    /** STATIC */
    STATIC = "STATIC",
    /** DNS */
    DNS = "DNS",
    /** DNS_ROUND_ROBIN */
    DNS_UNDERSCORE_ROUND_UNDERSCORE_ROBIN = "DNS_ROUND_ROBIN",
    /** DYNAMIC_DNS */
    DYNAMIC_UNDERSCORE_DNS = "DYNAMIC_DNS"
}
/**
 * @schema ServiceEntrySpecWorkloadSelector
 */
export interface ServiceEntrySpecWorkloadSelector {
    /**
     * @schema ServiceEntrySpecWorkloadSelector#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ServiceEntrySpecWorkloadSelector' to JSON representation.
 */
export declare function toJson_ServiceEntrySpecWorkloadSelector(obj: ServiceEntrySpecWorkloadSelector | undefined): Record<string, any> | undefined;
/**
 *
 *
 * @schema Sidecar
 */
export declare class Sidecar extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Sidecar"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Sidecar".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: SidecarProps): any;
    /**
     * Defines a "Sidecar" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: SidecarProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema Sidecar
 */
export interface SidecarProps {
    /**
     * @schema Sidecar#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema Sidecar#spec
     */
    readonly spec?: SidecarSpec;
}
/**
 * Converts an object of type 'SidecarProps' to JSON representation.
 */
export declare function toJson_SidecarProps(obj: SidecarProps | undefined): Record<string, any> | undefined;
/**
 * @schema SidecarSpec
 */
export interface SidecarSpec {
    /**
     * @schema SidecarSpec#egress
     */
    readonly egress?: SidecarSpecEgress[];
    /**
     * @schema SidecarSpec#inboundConnectionPool
     */
    readonly inboundConnectionPool?: SidecarSpecInboundConnectionPool;
    /**
     * @schema SidecarSpec#ingress
     */
    readonly ingress?: SidecarSpecIngress[];
    /**
     * @schema SidecarSpec#outboundTrafficPolicy
     */
    readonly outboundTrafficPolicy?: SidecarSpecOutboundTrafficPolicy;
    /**
     * @schema SidecarSpec#workloadSelector
     */
    readonly workloadSelector?: SidecarSpecWorkloadSelector;
}
/**
 * Converts an object of type 'SidecarSpec' to JSON representation.
 */
export declare function toJson_SidecarSpec(obj: SidecarSpec | undefined): Record<string, any> | undefined;
/**
 * @schema SidecarSpecEgress
 */
export interface SidecarSpecEgress {
    /**
     * @schema SidecarSpecEgress#bind
     */
    readonly bind?: string;
    /**
     * @schema SidecarSpecEgress#captureMode
     */
    readonly captureMode?: SidecarSpecEgressCaptureMode;
    /**
     * @schema SidecarSpecEgress#hosts
     */
    readonly hosts: string[];
    /**
     * @schema SidecarSpecEgress#port
     */
    readonly port?: SidecarSpecEgressPort;
}
/**
 * Converts an object of type 'SidecarSpecEgress' to JSON representation.
 */
export declare function toJson_SidecarSpecEgress(obj: SidecarSpecEgress | undefined): Record<string, any> | undefined;
/**
 * @schema SidecarSpecInboundConnectionPool
 */
export interface SidecarSpecInboundConnectionPool {
    /**
     * @schema SidecarSpecInboundConnectionPool#http
     */
    readonly http?: SidecarSpecInboundConnectionPoolHttp;
    /**
     * @schema SidecarSpecInboundConnectionPool#tcp
     */
    readonly tcp?: SidecarSpecInboundConnectionPoolTcp;
}
/**
 * Converts an object of type 'SidecarSpecInboundConnectionPool' to JSON representation.
 */
export declare function toJson_SidecarSpecInboundConnectionPool(obj: SidecarSpecInboundConnectionPool | undefined): Record<string, any> | undefined;
/**
 * @schema SidecarSpecIngress
 */
export interface SidecarSpecIngress {
    /**
     * @schema SidecarSpecIngress#bind
     */
    readonly bind?: string;
    /**
     * @schema SidecarSpecIngress#captureMode
     */
    readonly captureMode?: SidecarSpecIngressCaptureMode;
    /**
     * @schema SidecarSpecIngress#connectionPool
     */
    readonly connectionPool?: SidecarSpecIngressConnectionPool;
    /**
     * @schema SidecarSpecIngress#defaultEndpoint
     */
    readonly defaultEndpoint?: string;
    /**
     * @schema SidecarSpecIngress#port
     */
    readonly port: SidecarSpecIngressPort;
    /**
     * @schema SidecarSpecIngress#tls
     */
    readonly tls?: SidecarSpecIngressTls;
}
/**
 * Converts an object of type 'SidecarSpecIngress' to JSON representation.
 */
export declare function toJson_SidecarSpecIngress(obj: SidecarSpecIngress | undefined): Record<string, any> | undefined;
/**
 * @schema SidecarSpecOutboundTrafficPolicy
 */
export interface SidecarSpecOutboundTrafficPolicy {
    /**
     * @schema SidecarSpecOutboundTrafficPolicy#egressProxy
     */
    readonly egressProxy?: SidecarSpecOutboundTrafficPolicyEgressProxy;
    /**
     * @schema SidecarSpecOutboundTrafficPolicy#mode
     */
    readonly mode?: SidecarSpecOutboundTrafficPolicyMode;
}
/**
 * Converts an object of type 'SidecarSpecOutboundTrafficPolicy' to JSON representation.
 */
export declare function toJson_SidecarSpecOutboundTrafficPolicy(obj: SidecarSpecOutboundTrafficPolicy | undefined): Record<string, any> | undefined;
/**
 * @schema SidecarSpecWorkloadSelector
 */
export interface SidecarSpecWorkloadSelector {
    /**
     * @schema SidecarSpecWorkloadSelector#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'SidecarSpecWorkloadSelector' to JSON representation.
 */
export declare function toJson_SidecarSpecWorkloadSelector(obj: SidecarSpecWorkloadSelector | undefined): Record<string, any> | undefined;
/**
 * @schema SidecarSpecEgressCaptureMode
 */
export declare enum SidecarSpecEgressCaptureMode {
    /** DEFAULT */
    DEFAULT = "DEFAULT",
    /** IPTABLES */
    IPTABLES = "IPTABLES",
    /** NONE */
    NONE = "NONE"
}
/**
 * @schema SidecarSpecEgressPort
 */
export interface SidecarSpecEgressPort {
    /**
     * @schema SidecarSpecEgressPort#name
     */
    readonly name?: string;
    /**
     * @schema SidecarSpecEgressPort#number
     */
    readonly number?: number;
    /**
     * @schema SidecarSpecEgressPort#protocol
     */
    readonly protocol?: string;
    /**
     * @schema SidecarSpecEgressPort#targetPort
     */
    readonly targetPort?: number;
}
/**
 * Converts an object of type 'SidecarSpecEgressPort' to JSON representation.
 */
export declare function toJson_SidecarSpecEgressPort(obj: SidecarSpecEgressPort | undefined): Record<string, any> | undefined;
/**
 * @schema SidecarSpecInboundConnectionPoolHttp
 */
export interface SidecarSpecInboundConnectionPoolHttp {
    /**
     * @schema SidecarSpecInboundConnectionPoolHttp#h2UpgradePolicy
     */
    readonly h2UpgradePolicy?: SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy;
    /**
     * @schema SidecarSpecInboundConnectionPoolHttp#http1MaxPendingRequests
     */
    readonly http1MaxPendingRequests?: number;
    /**
     * @schema SidecarSpecInboundConnectionPoolHttp#http2MaxRequests
     */
    readonly http2MaxRequests?: number;
    /**
     * @schema SidecarSpecInboundConnectionPoolHttp#idleTimeout
     */
    readonly idleTimeout?: string;
    /**
     * @schema SidecarSpecInboundConnectionPoolHttp#maxConcurrentStreams
     */
    readonly maxConcurrentStreams?: number;
    /**
     * @schema SidecarSpecInboundConnectionPoolHttp#maxRequestsPerConnection
     */
    readonly maxRequestsPerConnection?: number;
    /**
     * @schema SidecarSpecInboundConnectionPoolHttp#maxRetries
     */
    readonly maxRetries?: number;
    /**
     * @schema SidecarSpecInboundConnectionPoolHttp#useClientProtocol
     */
    readonly useClientProtocol?: boolean;
}
/**
 * Converts an object of type 'SidecarSpecInboundConnectionPoolHttp' to JSON representation.
 */
export declare function toJson_SidecarSpecInboundConnectionPoolHttp(obj: SidecarSpecInboundConnectionPoolHttp | undefined): Record<string, any> | undefined;
/**
 * @schema SidecarSpecInboundConnectionPoolTcp
 */
export interface SidecarSpecInboundConnectionPoolTcp {
    /**
     * @schema SidecarSpecInboundConnectionPoolTcp#connectTimeout
     */
    readonly connectTimeout?: string;
    /**
     * @schema SidecarSpecInboundConnectionPoolTcp#idleTimeout
     */
    readonly idleTimeout?: string;
    /**
     * @schema SidecarSpecInboundConnectionPoolTcp#maxConnectionDuration
     */
    readonly maxConnectionDuration?: string;
    /**
     * @schema SidecarSpecInboundConnectionPoolTcp#maxConnections
     */
    readonly maxConnections?: number;
    /**
     * @schema SidecarSpecInboundConnectionPoolTcp#tcpKeepalive
     */
    readonly tcpKeepalive?: SidecarSpecInboundConnectionPoolTcpTcpKeepalive;
}
/**
 * Converts an object of type 'SidecarSpecInboundConnectionPoolTcp' to JSON representation.
 */
export declare function toJson_SidecarSpecInboundConnectionPoolTcp(obj: SidecarSpecInboundConnectionPoolTcp | undefined): Record<string, any> | undefined;
/**
 * @schema SidecarSpecIngressCaptureMode
 */
export declare enum SidecarSpecIngressCaptureMode {
    /** DEFAULT */
    DEFAULT = "DEFAULT",
    /** IPTABLES */
    IPTABLES = "IPTABLES",
    /** NONE */
    NONE = "NONE"
}
/**
 * @schema SidecarSpecIngressConnectionPool
 */
export interface SidecarSpecIngressConnectionPool {
    /**
     * @schema SidecarSpecIngressConnectionPool#http
     */
    readonly http?: SidecarSpecIngressConnectionPoolHttp;
    /**
     * @schema SidecarSpecIngressConnectionPool#tcp
     */
    readonly tcp?: SidecarSpecIngressConnectionPoolTcp;
}
/**
 * Converts an object of type 'SidecarSpecIngressConnectionPool' to JSON representation.
 */
export declare function toJson_SidecarSpecIngressConnectionPool(obj: SidecarSpecIngressConnectionPool | undefined): Record<string, any> | undefined;
/**
 * @schema SidecarSpecIngressPort
 */
export interface SidecarSpecIngressPort {
    /**
     * @schema SidecarSpecIngressPort#name
     */
    readonly name?: string;
    /**
     * @schema SidecarSpecIngressPort#number
     */
    readonly number?: number;
    /**
     * @schema SidecarSpecIngressPort#protocol
     */
    readonly protocol?: string;
    /**
     * @schema SidecarSpecIngressPort#targetPort
     */
    readonly targetPort?: number;
}
/**
 * Converts an object of type 'SidecarSpecIngressPort' to JSON representation.
 */
export declare function toJson_SidecarSpecIngressPort(obj: SidecarSpecIngressPort | undefined): Record<string, any> | undefined;
/**
 * @schema SidecarSpecIngressTls
 */
export interface SidecarSpecIngressTls {
    /**
     * @schema SidecarSpecIngressTls#caCertCredentialName
     */
    readonly caCertCredentialName?: string;
    /**
     * @schema SidecarSpecIngressTls#caCertificates
     */
    readonly caCertificates?: string;
    /**
     * @schema SidecarSpecIngressTls#caCrl
     */
    readonly caCrl?: string;
    /**
     * @schema SidecarSpecIngressTls#cipherSuites
     */
    readonly cipherSuites?: string[];
    /**
     * @schema SidecarSpecIngressTls#credentialName
     */
    readonly credentialName?: string;
    /**
     * @schema SidecarSpecIngressTls#credentialNames
     */
    readonly credentialNames?: string[];
    /**
     * @schema SidecarSpecIngressTls#httpsRedirect
     */
    readonly httpsRedirect?: boolean;
    /**
     * @schema SidecarSpecIngressTls#maxProtocolVersion
     */
    readonly maxProtocolVersion?: SidecarSpecIngressTlsMaxProtocolVersion;
    /**
     * @schema SidecarSpecIngressTls#minProtocolVersion
     */
    readonly minProtocolVersion?: SidecarSpecIngressTlsMinProtocolVersion;
    /**
     * @schema SidecarSpecIngressTls#mode
     */
    readonly mode?: SidecarSpecIngressTlsMode;
    /**
     * @schema SidecarSpecIngressTls#privateKey
     */
    readonly privateKey?: string;
    /**
     * @schema SidecarSpecIngressTls#serverCertificate
     */
    readonly serverCertificate?: string;
    /**
     * @schema SidecarSpecIngressTls#subjectAltNames
     */
    readonly subjectAltNames?: string[];
    /**
     * @schema SidecarSpecIngressTls#tlsCertificates
     */
    readonly tlsCertificates?: SidecarSpecIngressTlsTlsCertificates[];
    /**
     * @schema SidecarSpecIngressTls#verifyCertificateHash
     */
    readonly verifyCertificateHash?: string[];
    /**
     * @schema SidecarSpecIngressTls#verifyCertificateSpki
     */
    readonly verifyCertificateSpki?: string[];
}
/**
 * Converts an object of type 'SidecarSpecIngressTls' to JSON representation.
 */
export declare function toJson_SidecarSpecIngressTls(obj: SidecarSpecIngressTls | undefined): Record<string, any> | undefined;
/**
 * @schema SidecarSpecOutboundTrafficPolicyEgressProxy
 */
export interface SidecarSpecOutboundTrafficPolicyEgressProxy {
    /**
     * @schema SidecarSpecOutboundTrafficPolicyEgressProxy#host
     */
    readonly host: string;
    /**
     * @schema SidecarSpecOutboundTrafficPolicyEgressProxy#port
     */
    readonly port?: SidecarSpecOutboundTrafficPolicyEgressProxyPort;
    /**
     * @schema SidecarSpecOutboundTrafficPolicyEgressProxy#subset
     */
    readonly subset?: string;
}
/**
 * Converts an object of type 'SidecarSpecOutboundTrafficPolicyEgressProxy' to JSON representation.
 */
export declare function toJson_SidecarSpecOutboundTrafficPolicyEgressProxy(obj: SidecarSpecOutboundTrafficPolicyEgressProxy | undefined): Record<string, any> | undefined;
/**
 * @schema SidecarSpecOutboundTrafficPolicyMode
 */
export declare enum SidecarSpecOutboundTrafficPolicyMode {
    /** REGISTRY_ONLY */
    REGISTRY_UNDERSCORE_ONLY = "REGISTRY_ONLY",
    /** ALLOW_ANY */
    ALLOW_UNDERSCORE_ANY = "ALLOW_ANY"
}
/**
 * @schema SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy
 */
export declare enum SidecarSpecInboundConnectionPoolHttpH2UpgradePolicy {
    /** DEFAULT */
    DEFAULT = "DEFAULT",
    /** DO_NOT_UPGRADE */
    DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE = "DO_NOT_UPGRADE",
    /** UPGRADE */
    UPGRADE = "UPGRADE"
}
/**
 * @schema SidecarSpecInboundConnectionPoolTcpTcpKeepalive
 */
export interface SidecarSpecInboundConnectionPoolTcpTcpKeepalive {
    /**
     * @schema SidecarSpecInboundConnectionPoolTcpTcpKeepalive#interval
     */
    readonly interval?: string;
    /**
     * @schema SidecarSpecInboundConnectionPoolTcpTcpKeepalive#probes
     */
    readonly probes?: number;
    /**
     * @schema SidecarSpecInboundConnectionPoolTcpTcpKeepalive#time
     */
    readonly time?: string;
}
/**
 * Converts an object of type 'SidecarSpecInboundConnectionPoolTcpTcpKeepalive' to JSON representation.
 */
export declare function toJson_SidecarSpecInboundConnectionPoolTcpTcpKeepalive(obj: SidecarSpecInboundConnectionPoolTcpTcpKeepalive | undefined): Record<string, any> | undefined;
/**
 * @schema SidecarSpecIngressConnectionPoolHttp
 */
export interface SidecarSpecIngressConnectionPoolHttp {
    /**
     * @schema SidecarSpecIngressConnectionPoolHttp#h2UpgradePolicy
     */
    readonly h2UpgradePolicy?: SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy;
    /**
     * @schema SidecarSpecIngressConnectionPoolHttp#http1MaxPendingRequests
     */
    readonly http1MaxPendingRequests?: number;
    /**
     * @schema SidecarSpecIngressConnectionPoolHttp#http2MaxRequests
     */
    readonly http2MaxRequests?: number;
    /**
     * @schema SidecarSpecIngressConnectionPoolHttp#idleTimeout
     */
    readonly idleTimeout?: string;
    /**
     * @schema SidecarSpecIngressConnectionPoolHttp#maxConcurrentStreams
     */
    readonly maxConcurrentStreams?: number;
    /**
     * @schema SidecarSpecIngressConnectionPoolHttp#maxRequestsPerConnection
     */
    readonly maxRequestsPerConnection?: number;
    /**
     * @schema SidecarSpecIngressConnectionPoolHttp#maxRetries
     */
    readonly maxRetries?: number;
    /**
     * @schema SidecarSpecIngressConnectionPoolHttp#useClientProtocol
     */
    readonly useClientProtocol?: boolean;
}
/**
 * Converts an object of type 'SidecarSpecIngressConnectionPoolHttp' to JSON representation.
 */
export declare function toJson_SidecarSpecIngressConnectionPoolHttp(obj: SidecarSpecIngressConnectionPoolHttp | undefined): Record<string, any> | undefined;
/**
 * @schema SidecarSpecIngressConnectionPoolTcp
 */
export interface SidecarSpecIngressConnectionPoolTcp {
    /**
     * @schema SidecarSpecIngressConnectionPoolTcp#connectTimeout
     */
    readonly connectTimeout?: string;
    /**
     * @schema SidecarSpecIngressConnectionPoolTcp#idleTimeout
     */
    readonly idleTimeout?: string;
    /**
     * @schema SidecarSpecIngressConnectionPoolTcp#maxConnectionDuration
     */
    readonly maxConnectionDuration?: string;
    /**
     * @schema SidecarSpecIngressConnectionPoolTcp#maxConnections
     */
    readonly maxConnections?: number;
    /**
     * @schema SidecarSpecIngressConnectionPoolTcp#tcpKeepalive
     */
    readonly tcpKeepalive?: SidecarSpecIngressConnectionPoolTcpTcpKeepalive;
}
/**
 * Converts an object of type 'SidecarSpecIngressConnectionPoolTcp' to JSON representation.
 */
export declare function toJson_SidecarSpecIngressConnectionPoolTcp(obj: SidecarSpecIngressConnectionPoolTcp | undefined): Record<string, any> | undefined;
/**
 * @schema SidecarSpecIngressTlsMaxProtocolVersion
 */
export declare enum SidecarSpecIngressTlsMaxProtocolVersion {
    /** TLS_AUTO */
    TLS_UNDERSCORE_AUTO = "TLS_AUTO",
    /** TLSV1_0 */
    TLSV1_UNDERSCORE_0 = "TLSV1_0",
    /** TLSV1_1 */
    TLSV1_UNDERSCORE_1 = "TLSV1_1",
    /** TLSV1_2 */
    TLSV1_UNDERSCORE_2 = "TLSV1_2",
    /** TLSV1_3 */
    TLSV1_UNDERSCORE_3 = "TLSV1_3"
}
/**
 * @schema SidecarSpecIngressTlsMinProtocolVersion
 */
export declare enum SidecarSpecIngressTlsMinProtocolVersion {
    /** TLS_AUTO */
    TLS_UNDERSCORE_AUTO = "TLS_AUTO",
    /** TLSV1_0 */
    TLSV1_UNDERSCORE_0 = "TLSV1_0",
    /** TLSV1_1 */
    TLSV1_UNDERSCORE_1 = "TLSV1_1",
    /** TLSV1_2 */
    TLSV1_UNDERSCORE_2 = "TLSV1_2",
    /** TLSV1_3 */
    TLSV1_UNDERSCORE_3 = "TLSV1_3"
}
/**
 * @schema SidecarSpecIngressTlsMode
 */
export declare enum SidecarSpecIngressTlsMode {
    /** PASSTHROUGH */
    PASSTHROUGH = "PASSTHROUGH",
    /** SIMPLE */
    SIMPLE = "SIMPLE",
    /** MUTUAL */
    MUTUAL = "MUTUAL",
    /** AUTO_PASSTHROUGH */
    AUTO_UNDERSCORE_PASSTHROUGH = "AUTO_PASSTHROUGH",
    /** ISTIO_MUTUAL */
    ISTIO_UNDERSCORE_MUTUAL = "ISTIO_MUTUAL",
    /** OPTIONAL_MUTUAL */
    OPTIONAL_UNDERSCORE_MUTUAL = "OPTIONAL_MUTUAL"
}
/**
 * @schema SidecarSpecIngressTlsTlsCertificates
 */
export interface SidecarSpecIngressTlsTlsCertificates {
    /**
     * @schema SidecarSpecIngressTlsTlsCertificates#caCertificates
     */
    readonly caCertificates?: string;
    /**
     * @schema SidecarSpecIngressTlsTlsCertificates#privateKey
     */
    readonly privateKey?: string;
    /**
     * @schema SidecarSpecIngressTlsTlsCertificates#serverCertificate
     */
    readonly serverCertificate?: string;
}
/**
 * Converts an object of type 'SidecarSpecIngressTlsTlsCertificates' to JSON representation.
 */
export declare function toJson_SidecarSpecIngressTlsTlsCertificates(obj: SidecarSpecIngressTlsTlsCertificates | undefined): Record<string, any> | undefined;
/**
 * @schema SidecarSpecOutboundTrafficPolicyEgressProxyPort
 */
export interface SidecarSpecOutboundTrafficPolicyEgressProxyPort {
    /**
     * @schema SidecarSpecOutboundTrafficPolicyEgressProxyPort#number
     */
    readonly number?: number;
}
/**
 * Converts an object of type 'SidecarSpecOutboundTrafficPolicyEgressProxyPort' to JSON representation.
 */
export declare function toJson_SidecarSpecOutboundTrafficPolicyEgressProxyPort(obj: SidecarSpecOutboundTrafficPolicyEgressProxyPort | undefined): Record<string, any> | undefined;
/**
 * @schema SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy
 */
export declare enum SidecarSpecIngressConnectionPoolHttpH2UpgradePolicy {
    /** DEFAULT */
    DEFAULT = "DEFAULT",
    /** DO_NOT_UPGRADE */
    DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE = "DO_NOT_UPGRADE",
    /** UPGRADE */
    UPGRADE = "UPGRADE"
}
/**
 * @schema SidecarSpecIngressConnectionPoolTcpTcpKeepalive
 */
export interface SidecarSpecIngressConnectionPoolTcpTcpKeepalive {
    /**
     * @schema SidecarSpecIngressConnectionPoolTcpTcpKeepalive#interval
     */
    readonly interval?: string;
    /**
     * @schema SidecarSpecIngressConnectionPoolTcpTcpKeepalive#probes
     */
    readonly probes?: number;
    /**
     * @schema SidecarSpecIngressConnectionPoolTcpTcpKeepalive#time
     */
    readonly time?: string;
}
/**
 * Converts an object of type 'SidecarSpecIngressConnectionPoolTcpTcpKeepalive' to JSON representation.
 */
export declare function toJson_SidecarSpecIngressConnectionPoolTcpTcpKeepalive(obj: SidecarSpecIngressConnectionPoolTcpTcpKeepalive | undefined): Record<string, any> | undefined;
/**
 *
 *
 * @schema VirtualService
 */
export declare class VirtualService extends ApiObject {
    /**
     * Returns the apiVersion and kind for "VirtualService"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "VirtualService".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: VirtualServiceProps): any;
    /**
     * Defines a "VirtualService" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: VirtualServiceProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema VirtualService
 */
export interface VirtualServiceProps {
    /**
     * @schema VirtualService#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema VirtualService#spec
     */
    readonly spec?: VirtualServiceSpec;
}
/**
 * Converts an object of type 'VirtualServiceProps' to JSON representation.
 */
export declare function toJson_VirtualServiceProps(obj: VirtualServiceProps | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpec
 */
export interface VirtualServiceSpec {
    /**
     * @schema VirtualServiceSpec#exportTo
     */
    readonly exportTo?: string[];
    /**
     * @schema VirtualServiceSpec#gateways
     */
    readonly gateways?: string[];
    /**
     * @schema VirtualServiceSpec#hosts
     */
    readonly hosts?: string[];
    /**
     * @schema VirtualServiceSpec#http
     */
    readonly http?: VirtualServiceSpecHttp[];
    /**
     * @schema VirtualServiceSpec#tcp
     */
    readonly tcp?: VirtualServiceSpecTcp[];
    /**
     * @schema VirtualServiceSpec#tls
     */
    readonly tls?: VirtualServiceSpecTls[];
}
/**
 * Converts an object of type 'VirtualServiceSpec' to JSON representation.
 */
export declare function toJson_VirtualServiceSpec(obj: VirtualServiceSpec | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttp
 */
export interface VirtualServiceSpecHttp {
    /**
     * @schema VirtualServiceSpecHttp#corsPolicy
     */
    readonly corsPolicy?: VirtualServiceSpecHttpCorsPolicy;
    /**
     * @schema VirtualServiceSpecHttp#delegate
     */
    readonly delegate?: VirtualServiceSpecHttpDelegate;
    /**
     * @schema VirtualServiceSpecHttp#directResponse
     */
    readonly directResponse?: VirtualServiceSpecHttpDirectResponse;
    /**
     * @schema VirtualServiceSpecHttp#fault
     */
    readonly fault?: VirtualServiceSpecHttpFault;
    /**
     * @schema VirtualServiceSpecHttp#headers
     */
    readonly headers?: VirtualServiceSpecHttpHeaders;
    /**
     * @schema VirtualServiceSpecHttp#match
     */
    readonly match?: VirtualServiceSpecHttpMatch[];
    /**
     * @schema VirtualServiceSpecHttp#mirror
     */
    readonly mirror?: VirtualServiceSpecHttpMirror;
    /**
     * @schema VirtualServiceSpecHttp#mirror_percent
     */
    readonly mirrorPercent?: number;
    /**
     * @schema VirtualServiceSpecHttp#mirrorPercentage
     */
    readonly mirrorPercentage?: VirtualServiceSpecHttpMirrorPercentage;
    /**
     * @schema VirtualServiceSpecHttp#mirrors
     */
    readonly mirrors?: VirtualServiceSpecHttpMirrors[];
    /**
     * @schema VirtualServiceSpecHttp#name
     */
    readonly name?: string;
    /**
     * @schema VirtualServiceSpecHttp#redirect
     */
    readonly redirect?: VirtualServiceSpecHttpRedirect;
    /**
     * @schema VirtualServiceSpecHttp#retries
     */
    readonly retries?: VirtualServiceSpecHttpRetries;
    /**
     * @schema VirtualServiceSpecHttp#rewrite
     */
    readonly rewrite?: VirtualServiceSpecHttpRewrite;
    /**
     * @schema VirtualServiceSpecHttp#route
     */
    readonly route?: VirtualServiceSpecHttpRoute[];
    /**
     * @schema VirtualServiceSpecHttp#timeout
     */
    readonly timeout?: string;
}
/**
 * Converts an object of type 'VirtualServiceSpecHttp' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttp(obj: VirtualServiceSpecHttp | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecTcp
 */
export interface VirtualServiceSpecTcp {
    /**
     * @schema VirtualServiceSpecTcp#match
     */
    readonly match?: VirtualServiceSpecTcpMatch[];
    /**
     * @schema VirtualServiceSpecTcp#route
     */
    readonly route?: VirtualServiceSpecTcpRoute[];
}
/**
 * Converts an object of type 'VirtualServiceSpecTcp' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecTcp(obj: VirtualServiceSpecTcp | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecTls
 */
export interface VirtualServiceSpecTls {
    /**
     * @schema VirtualServiceSpecTls#match
     */
    readonly match: VirtualServiceSpecTlsMatch[];
    /**
     * @schema VirtualServiceSpecTls#route
     */
    readonly route?: VirtualServiceSpecTlsRoute[];
}
/**
 * Converts an object of type 'VirtualServiceSpecTls' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecTls(obj: VirtualServiceSpecTls | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpCorsPolicy
 */
export interface VirtualServiceSpecHttpCorsPolicy {
    /**
     * @schema VirtualServiceSpecHttpCorsPolicy#allowCredentials
     */
    readonly allowCredentials?: boolean;
    /**
     * @schema VirtualServiceSpecHttpCorsPolicy#allowHeaders
     */
    readonly allowHeaders?: string[];
    /**
     * @schema VirtualServiceSpecHttpCorsPolicy#allowMethods
     */
    readonly allowMethods?: string[];
    /**
     * @schema VirtualServiceSpecHttpCorsPolicy#allowOrigin
     */
    readonly allowOrigin?: string[];
    /**
     * @schema VirtualServiceSpecHttpCorsPolicy#allowOrigins
     */
    readonly allowOrigins?: VirtualServiceSpecHttpCorsPolicyAllowOrigins[];
    /**
     * @schema VirtualServiceSpecHttpCorsPolicy#exposeHeaders
     */
    readonly exposeHeaders?: string[];
    /**
     * @schema VirtualServiceSpecHttpCorsPolicy#maxAge
     */
    readonly maxAge?: string;
    /**
     * @schema VirtualServiceSpecHttpCorsPolicy#unmatchedPreflights
     */
    readonly unmatchedPreflights?: VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights;
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpCorsPolicy' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpCorsPolicy(obj: VirtualServiceSpecHttpCorsPolicy | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpDelegate
 */
export interface VirtualServiceSpecHttpDelegate {
    /**
     * @schema VirtualServiceSpecHttpDelegate#name
     */
    readonly name?: string;
    /**
     * @schema VirtualServiceSpecHttpDelegate#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpDelegate' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpDelegate(obj: VirtualServiceSpecHttpDelegate | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpDirectResponse
 */
export interface VirtualServiceSpecHttpDirectResponse {
    /**
     * @schema VirtualServiceSpecHttpDirectResponse#body
     */
    readonly body?: VirtualServiceSpecHttpDirectResponseBody;
    /**
     * @schema VirtualServiceSpecHttpDirectResponse#status
     */
    readonly status: number;
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpDirectResponse' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpDirectResponse(obj: VirtualServiceSpecHttpDirectResponse | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpFault
 */
export interface VirtualServiceSpecHttpFault {
    /**
     * @schema VirtualServiceSpecHttpFault#abort
     */
    readonly abort?: VirtualServiceSpecHttpFaultAbort;
    /**
     * @schema VirtualServiceSpecHttpFault#delay
     */
    readonly delay?: VirtualServiceSpecHttpFaultDelay;
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpFault' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpFault(obj: VirtualServiceSpecHttpFault | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpHeaders
 */
export interface VirtualServiceSpecHttpHeaders {
    /**
     * @schema VirtualServiceSpecHttpHeaders#request
     */
    readonly request?: VirtualServiceSpecHttpHeadersRequest;
    /**
     * @schema VirtualServiceSpecHttpHeaders#response
     */
    readonly response?: VirtualServiceSpecHttpHeadersResponse;
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpHeaders' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpHeaders(obj: VirtualServiceSpecHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpMatch
 */
export interface VirtualServiceSpecHttpMatch {
    /**
     * @schema VirtualServiceSpecHttpMatch#authority
     */
    readonly authority?: VirtualServiceSpecHttpMatchAuthority;
    /**
     * @schema VirtualServiceSpecHttpMatch#gateways
     */
    readonly gateways?: string[];
    /**
     * @schema VirtualServiceSpecHttpMatch#headers
     */
    readonly headers?: {
        [key: string]: VirtualServiceSpecHttpMatchHeaders;
    };
    /**
     * @schema VirtualServiceSpecHttpMatch#ignoreUriCase
     */
    readonly ignoreUriCase?: boolean;
    /**
     * @schema VirtualServiceSpecHttpMatch#method
     */
    readonly method?: VirtualServiceSpecHttpMatchMethod;
    /**
     * @schema VirtualServiceSpecHttpMatch#name
     */
    readonly name?: string;
    /**
     * @schema VirtualServiceSpecHttpMatch#port
     */
    readonly port?: number;
    /**
     * @schema VirtualServiceSpecHttpMatch#queryParams
     */
    readonly queryParams?: {
        [key: string]: VirtualServiceSpecHttpMatchQueryParams;
    };
    /**
     * @schema VirtualServiceSpecHttpMatch#scheme
     */
    readonly scheme?: VirtualServiceSpecHttpMatchScheme;
    /**
     * @schema VirtualServiceSpecHttpMatch#sourceLabels
     */
    readonly sourceLabels?: {
        [key: string]: string;
    };
    /**
     * @schema VirtualServiceSpecHttpMatch#sourceNamespace
     */
    readonly sourceNamespace?: string;
    /**
     * @schema VirtualServiceSpecHttpMatch#statPrefix
     */
    readonly statPrefix?: string;
    /**
     * @schema VirtualServiceSpecHttpMatch#uri
     */
    readonly uri?: VirtualServiceSpecHttpMatchUri;
    /**
     * @schema VirtualServiceSpecHttpMatch#withoutHeaders
     */
    readonly withoutHeaders?: {
        [key: string]: VirtualServiceSpecHttpMatchWithoutHeaders;
    };
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpMatch' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpMatch(obj: VirtualServiceSpecHttpMatch | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpMirror
 */
export interface VirtualServiceSpecHttpMirror {
    /**
     * @schema VirtualServiceSpecHttpMirror#host
     */
    readonly host: string;
    /**
     * @schema VirtualServiceSpecHttpMirror#port
     */
    readonly port?: VirtualServiceSpecHttpMirrorPort;
    /**
     * @schema VirtualServiceSpecHttpMirror#subset
     */
    readonly subset?: string;
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpMirror' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpMirror(obj: VirtualServiceSpecHttpMirror | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpMirrorPercentage
 */
export interface VirtualServiceSpecHttpMirrorPercentage {
    /**
     * @schema VirtualServiceSpecHttpMirrorPercentage#value
     */
    readonly value?: number;
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpMirrorPercentage' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpMirrorPercentage(obj: VirtualServiceSpecHttpMirrorPercentage | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpMirrors
 */
export interface VirtualServiceSpecHttpMirrors {
    /**
     * @schema VirtualServiceSpecHttpMirrors#destination
     */
    readonly destination: VirtualServiceSpecHttpMirrorsDestination;
    /**
     * @schema VirtualServiceSpecHttpMirrors#percentage
     */
    readonly percentage?: VirtualServiceSpecHttpMirrorsPercentage;
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpMirrors' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpMirrors(obj: VirtualServiceSpecHttpMirrors | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpRedirect
 */
export interface VirtualServiceSpecHttpRedirect {
    /**
     * @schema VirtualServiceSpecHttpRedirect#authority
     */
    readonly authority?: string;
    /**
     * @schema VirtualServiceSpecHttpRedirect#derivePort
     */
    readonly derivePort?: VirtualServiceSpecHttpRedirectDerivePort;
    /**
     * @schema VirtualServiceSpecHttpRedirect#port
     */
    readonly port?: number;
    /**
     * @schema VirtualServiceSpecHttpRedirect#redirectCode
     */
    readonly redirectCode?: number;
    /**
     * @schema VirtualServiceSpecHttpRedirect#scheme
     */
    readonly scheme?: string;
    /**
     * @schema VirtualServiceSpecHttpRedirect#uri
     */
    readonly uri?: string;
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpRedirect' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpRedirect(obj: VirtualServiceSpecHttpRedirect | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpRetries
 */
export interface VirtualServiceSpecHttpRetries {
    /**
     * @schema VirtualServiceSpecHttpRetries#attempts
     */
    readonly attempts?: number;
    /**
     * @schema VirtualServiceSpecHttpRetries#backoff
     */
    readonly backoff?: string;
    /**
     * @schema VirtualServiceSpecHttpRetries#perTryTimeout
     */
    readonly perTryTimeout?: string;
    /**
     * @schema VirtualServiceSpecHttpRetries#retryIgnorePreviousHosts
     */
    readonly retryIgnorePreviousHosts?: boolean;
    /**
     * @schema VirtualServiceSpecHttpRetries#retryOn
     */
    readonly retryOn?: string;
    /**
     * @schema VirtualServiceSpecHttpRetries#retryRemoteLocalities
     */
    readonly retryRemoteLocalities?: boolean;
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpRetries' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpRetries(obj: VirtualServiceSpecHttpRetries | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpRewrite
 */
export interface VirtualServiceSpecHttpRewrite {
    /**
     * @schema VirtualServiceSpecHttpRewrite#authority
     */
    readonly authority?: string;
    /**
     * @schema VirtualServiceSpecHttpRewrite#uri
     */
    readonly uri?: string;
    /**
     * @schema VirtualServiceSpecHttpRewrite#uriRegexRewrite
     */
    readonly uriRegexRewrite?: VirtualServiceSpecHttpRewriteUriRegexRewrite;
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpRewrite' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpRewrite(obj: VirtualServiceSpecHttpRewrite | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpRoute
 */
export interface VirtualServiceSpecHttpRoute {
    /**
     * @schema VirtualServiceSpecHttpRoute#destination
     */
    readonly destination: VirtualServiceSpecHttpRouteDestination;
    /**
     * @schema VirtualServiceSpecHttpRoute#headers
     */
    readonly headers?: VirtualServiceSpecHttpRouteHeaders;
    /**
     * @schema VirtualServiceSpecHttpRoute#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpRoute' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpRoute(obj: VirtualServiceSpecHttpRoute | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecTcpMatch
 */
export interface VirtualServiceSpecTcpMatch {
    /**
     * @schema VirtualServiceSpecTcpMatch#destinationSubnets
     */
    readonly destinationSubnets?: string[];
    /**
     * @schema VirtualServiceSpecTcpMatch#gateways
     */
    readonly gateways?: string[];
    /**
     * @schema VirtualServiceSpecTcpMatch#port
     */
    readonly port?: number;
    /**
     * @schema VirtualServiceSpecTcpMatch#sourceLabels
     */
    readonly sourceLabels?: {
        [key: string]: string;
    };
    /**
     * @schema VirtualServiceSpecTcpMatch#sourceNamespace
     */
    readonly sourceNamespace?: string;
    /**
     * @schema VirtualServiceSpecTcpMatch#sourceSubnet
     */
    readonly sourceSubnet?: string;
}
/**
 * Converts an object of type 'VirtualServiceSpecTcpMatch' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecTcpMatch(obj: VirtualServiceSpecTcpMatch | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecTcpRoute
 */
export interface VirtualServiceSpecTcpRoute {
    /**
     * @schema VirtualServiceSpecTcpRoute#destination
     */
    readonly destination: VirtualServiceSpecTcpRouteDestination;
    /**
     * @schema VirtualServiceSpecTcpRoute#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'VirtualServiceSpecTcpRoute' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecTcpRoute(obj: VirtualServiceSpecTcpRoute | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecTlsMatch
 */
export interface VirtualServiceSpecTlsMatch {
    /**
     * @schema VirtualServiceSpecTlsMatch#destinationSubnets
     */
    readonly destinationSubnets?: string[];
    /**
     * @schema VirtualServiceSpecTlsMatch#gateways
     */
    readonly gateways?: string[];
    /**
     * @schema VirtualServiceSpecTlsMatch#port
     */
    readonly port?: number;
    /**
     * @schema VirtualServiceSpecTlsMatch#sniHosts
     */
    readonly sniHosts: string[];
    /**
     * @schema VirtualServiceSpecTlsMatch#sourceLabels
     */
    readonly sourceLabels?: {
        [key: string]: string;
    };
    /**
     * @schema VirtualServiceSpecTlsMatch#sourceNamespace
     */
    readonly sourceNamespace?: string;
}
/**
 * Converts an object of type 'VirtualServiceSpecTlsMatch' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecTlsMatch(obj: VirtualServiceSpecTlsMatch | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecTlsRoute
 */
export interface VirtualServiceSpecTlsRoute {
    /**
     * @schema VirtualServiceSpecTlsRoute#destination
     */
    readonly destination: VirtualServiceSpecTlsRouteDestination;
    /**
     * @schema VirtualServiceSpecTlsRoute#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'VirtualServiceSpecTlsRoute' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecTlsRoute(obj: VirtualServiceSpecTlsRoute | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpCorsPolicyAllowOrigins
 */
export interface VirtualServiceSpecHttpCorsPolicyAllowOrigins {
    /**
     * @schema VirtualServiceSpecHttpCorsPolicyAllowOrigins#exact
     */
    readonly exact?: string;
    /**
     * @schema VirtualServiceSpecHttpCorsPolicyAllowOrigins#prefix
     */
    readonly prefix?: string;
    /**
     * @schema VirtualServiceSpecHttpCorsPolicyAllowOrigins#regex
     */
    readonly regex?: string;
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpCorsPolicyAllowOrigins' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpCorsPolicyAllowOrigins(obj: VirtualServiceSpecHttpCorsPolicyAllowOrigins | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights
 */
export declare enum VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights {
    /** UNSPECIFIED */
    UNSPECIFIED = "UNSPECIFIED",
    /** FORWARD */
    FORWARD = "FORWARD",
    /** IGNORE */
    IGNORE = "IGNORE"
}
/**
 * @schema VirtualServiceSpecHttpDirectResponseBody
 */
export interface VirtualServiceSpecHttpDirectResponseBody {
    /**
     * @schema VirtualServiceSpecHttpDirectResponseBody#bytes
     */
    readonly bytes?: string;
    /**
     * @schema VirtualServiceSpecHttpDirectResponseBody#string
     */
    readonly string?: string;
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpDirectResponseBody' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpDirectResponseBody(obj: VirtualServiceSpecHttpDirectResponseBody | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpFaultAbort
 */
export interface VirtualServiceSpecHttpFaultAbort {
    /**
     * @schema VirtualServiceSpecHttpFaultAbort#grpcStatus
     */
    readonly grpcStatus?: string;
    /**
     * @schema VirtualServiceSpecHttpFaultAbort#http2Error
     */
    readonly http2Error?: string;
    /**
     * @schema VirtualServiceSpecHttpFaultAbort#httpStatus
     */
    readonly httpStatus?: number;
    /**
     * @schema VirtualServiceSpecHttpFaultAbort#percentage
     */
    readonly percentage?: VirtualServiceSpecHttpFaultAbortPercentage;
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpFaultAbort' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpFaultAbort(obj: VirtualServiceSpecHttpFaultAbort | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpFaultDelay
 */
export interface VirtualServiceSpecHttpFaultDelay {
    /**
     * @schema VirtualServiceSpecHttpFaultDelay#exponentialDelay
     */
    readonly exponentialDelay?: string;
    /**
     * @schema VirtualServiceSpecHttpFaultDelay#fixedDelay
     */
    readonly fixedDelay?: string;
    /**
     * @schema VirtualServiceSpecHttpFaultDelay#percent
     */
    readonly percent?: number;
    /**
     * @schema VirtualServiceSpecHttpFaultDelay#percentage
     */
    readonly percentage?: VirtualServiceSpecHttpFaultDelayPercentage;
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpFaultDelay' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpFaultDelay(obj: VirtualServiceSpecHttpFaultDelay | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpHeadersRequest
 */
export interface VirtualServiceSpecHttpHeadersRequest {
    /**
     * @schema VirtualServiceSpecHttpHeadersRequest#add
     */
    readonly add?: {
        [key: string]: string;
    };
    /**
     * @schema VirtualServiceSpecHttpHeadersRequest#remove
     */
    readonly remove?: string[];
    /**
     * @schema VirtualServiceSpecHttpHeadersRequest#set
     */
    readonly set?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpHeadersRequest' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpHeadersRequest(obj: VirtualServiceSpecHttpHeadersRequest | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpHeadersResponse
 */
export interface VirtualServiceSpecHttpHeadersResponse {
    /**
     * @schema VirtualServiceSpecHttpHeadersResponse#add
     */
    readonly add?: {
        [key: string]: string;
    };
    /**
     * @schema VirtualServiceSpecHttpHeadersResponse#remove
     */
    readonly remove?: string[];
    /**
     * @schema VirtualServiceSpecHttpHeadersResponse#set
     */
    readonly set?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpHeadersResponse' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpHeadersResponse(obj: VirtualServiceSpecHttpHeadersResponse | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpMatchAuthority
 */
export interface VirtualServiceSpecHttpMatchAuthority {
    /**
     * @schema VirtualServiceSpecHttpMatchAuthority#exact
     */
    readonly exact?: string;
    /**
     * @schema VirtualServiceSpecHttpMatchAuthority#prefix
     */
    readonly prefix?: string;
    /**
     * @schema VirtualServiceSpecHttpMatchAuthority#regex
     */
    readonly regex?: string;
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpMatchAuthority' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpMatchAuthority(obj: VirtualServiceSpecHttpMatchAuthority | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpMatchHeaders
 */
export interface VirtualServiceSpecHttpMatchHeaders {
    /**
     * @schema VirtualServiceSpecHttpMatchHeaders#exact
     */
    readonly exact?: string;
    /**
     * @schema VirtualServiceSpecHttpMatchHeaders#prefix
     */
    readonly prefix?: string;
    /**
     * @schema VirtualServiceSpecHttpMatchHeaders#regex
     */
    readonly regex?: string;
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpMatchHeaders' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpMatchHeaders(obj: VirtualServiceSpecHttpMatchHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpMatchMethod
 */
export interface VirtualServiceSpecHttpMatchMethod {
    /**
     * @schema VirtualServiceSpecHttpMatchMethod#exact
     */
    readonly exact?: string;
    /**
     * @schema VirtualServiceSpecHttpMatchMethod#prefix
     */
    readonly prefix?: string;
    /**
     * @schema VirtualServiceSpecHttpMatchMethod#regex
     */
    readonly regex?: string;
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpMatchMethod' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpMatchMethod(obj: VirtualServiceSpecHttpMatchMethod | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpMatchQueryParams
 */
export interface VirtualServiceSpecHttpMatchQueryParams {
    /**
     * @schema VirtualServiceSpecHttpMatchQueryParams#exact
     */
    readonly exact?: string;
    /**
     * @schema VirtualServiceSpecHttpMatchQueryParams#prefix
     */
    readonly prefix?: string;
    /**
     * @schema VirtualServiceSpecHttpMatchQueryParams#regex
     */
    readonly regex?: string;
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpMatchQueryParams' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpMatchQueryParams(obj: VirtualServiceSpecHttpMatchQueryParams | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpMatchScheme
 */
export interface VirtualServiceSpecHttpMatchScheme {
    /**
     * @schema VirtualServiceSpecHttpMatchScheme#exact
     */
    readonly exact?: string;
    /**
     * @schema VirtualServiceSpecHttpMatchScheme#prefix
     */
    readonly prefix?: string;
    /**
     * @schema VirtualServiceSpecHttpMatchScheme#regex
     */
    readonly regex?: string;
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpMatchScheme' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpMatchScheme(obj: VirtualServiceSpecHttpMatchScheme | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpMatchUri
 */
export interface VirtualServiceSpecHttpMatchUri {
    /**
     * @schema VirtualServiceSpecHttpMatchUri#exact
     */
    readonly exact?: string;
    /**
     * @schema VirtualServiceSpecHttpMatchUri#prefix
     */
    readonly prefix?: string;
    /**
     * @schema VirtualServiceSpecHttpMatchUri#regex
     */
    readonly regex?: string;
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpMatchUri' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpMatchUri(obj: VirtualServiceSpecHttpMatchUri | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpMatchWithoutHeaders
 */
export interface VirtualServiceSpecHttpMatchWithoutHeaders {
    /**
     * @schema VirtualServiceSpecHttpMatchWithoutHeaders#exact
     */
    readonly exact?: string;
    /**
     * @schema VirtualServiceSpecHttpMatchWithoutHeaders#prefix
     */
    readonly prefix?: string;
    /**
     * @schema VirtualServiceSpecHttpMatchWithoutHeaders#regex
     */
    readonly regex?: string;
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpMatchWithoutHeaders' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpMatchWithoutHeaders(obj: VirtualServiceSpecHttpMatchWithoutHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpMirrorPort
 */
export interface VirtualServiceSpecHttpMirrorPort {
    /**
     * @schema VirtualServiceSpecHttpMirrorPort#number
     */
    readonly number?: number;
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpMirrorPort' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpMirrorPort(obj: VirtualServiceSpecHttpMirrorPort | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpMirrorsDestination
 */
export interface VirtualServiceSpecHttpMirrorsDestination {
    /**
     * @schema VirtualServiceSpecHttpMirrorsDestination#host
     */
    readonly host: string;
    /**
     * @schema VirtualServiceSpecHttpMirrorsDestination#port
     */
    readonly port?: VirtualServiceSpecHttpMirrorsDestinationPort;
    /**
     * @schema VirtualServiceSpecHttpMirrorsDestination#subset
     */
    readonly subset?: string;
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpMirrorsDestination' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpMirrorsDestination(obj: VirtualServiceSpecHttpMirrorsDestination | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpMirrorsPercentage
 */
export interface VirtualServiceSpecHttpMirrorsPercentage {
    /**
     * @schema VirtualServiceSpecHttpMirrorsPercentage#value
     */
    readonly value?: number;
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpMirrorsPercentage' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpMirrorsPercentage(obj: VirtualServiceSpecHttpMirrorsPercentage | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpRedirectDerivePort
 */
export declare enum VirtualServiceSpecHttpRedirectDerivePort {
    /** FROM_PROTOCOL_DEFAULT */
    FROM_UNDERSCORE_PROTOCOL_UNDERSCORE_DEFAULT = "FROM_PROTOCOL_DEFAULT",
    /** FROM_REQUEST_PORT */
    FROM_UNDERSCORE_REQUEST_UNDERSCORE_PORT = "FROM_REQUEST_PORT"
}
/**
 * @schema VirtualServiceSpecHttpRewriteUriRegexRewrite
 */
export interface VirtualServiceSpecHttpRewriteUriRegexRewrite {
    /**
     * @schema VirtualServiceSpecHttpRewriteUriRegexRewrite#match
     */
    readonly match?: string;
    /**
     * @schema VirtualServiceSpecHttpRewriteUriRegexRewrite#rewrite
     */
    readonly rewrite?: string;
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpRewriteUriRegexRewrite' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpRewriteUriRegexRewrite(obj: VirtualServiceSpecHttpRewriteUriRegexRewrite | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpRouteDestination
 */
export interface VirtualServiceSpecHttpRouteDestination {
    /**
     * @schema VirtualServiceSpecHttpRouteDestination#host
     */
    readonly host: string;
    /**
     * @schema VirtualServiceSpecHttpRouteDestination#port
     */
    readonly port?: VirtualServiceSpecHttpRouteDestinationPort;
    /**
     * @schema VirtualServiceSpecHttpRouteDestination#subset
     */
    readonly subset?: string;
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpRouteDestination' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpRouteDestination(obj: VirtualServiceSpecHttpRouteDestination | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpRouteHeaders
 */
export interface VirtualServiceSpecHttpRouteHeaders {
    /**
     * @schema VirtualServiceSpecHttpRouteHeaders#request
     */
    readonly request?: VirtualServiceSpecHttpRouteHeadersRequest;
    /**
     * @schema VirtualServiceSpecHttpRouteHeaders#response
     */
    readonly response?: VirtualServiceSpecHttpRouteHeadersResponse;
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpRouteHeaders' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpRouteHeaders(obj: VirtualServiceSpecHttpRouteHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecTcpRouteDestination
 */
export interface VirtualServiceSpecTcpRouteDestination {
    /**
     * @schema VirtualServiceSpecTcpRouteDestination#host
     */
    readonly host: string;
    /**
     * @schema VirtualServiceSpecTcpRouteDestination#port
     */
    readonly port?: VirtualServiceSpecTcpRouteDestinationPort;
    /**
     * @schema VirtualServiceSpecTcpRouteDestination#subset
     */
    readonly subset?: string;
}
/**
 * Converts an object of type 'VirtualServiceSpecTcpRouteDestination' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecTcpRouteDestination(obj: VirtualServiceSpecTcpRouteDestination | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecTlsRouteDestination
 */
export interface VirtualServiceSpecTlsRouteDestination {
    /**
     * @schema VirtualServiceSpecTlsRouteDestination#host
     */
    readonly host: string;
    /**
     * @schema VirtualServiceSpecTlsRouteDestination#port
     */
    readonly port?: VirtualServiceSpecTlsRouteDestinationPort;
    /**
     * @schema VirtualServiceSpecTlsRouteDestination#subset
     */
    readonly subset?: string;
}
/**
 * Converts an object of type 'VirtualServiceSpecTlsRouteDestination' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecTlsRouteDestination(obj: VirtualServiceSpecTlsRouteDestination | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpFaultAbortPercentage
 */
export interface VirtualServiceSpecHttpFaultAbortPercentage {
    /**
     * @schema VirtualServiceSpecHttpFaultAbortPercentage#value
     */
    readonly value?: number;
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpFaultAbortPercentage' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpFaultAbortPercentage(obj: VirtualServiceSpecHttpFaultAbortPercentage | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpFaultDelayPercentage
 */
export interface VirtualServiceSpecHttpFaultDelayPercentage {
    /**
     * @schema VirtualServiceSpecHttpFaultDelayPercentage#value
     */
    readonly value?: number;
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpFaultDelayPercentage' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpFaultDelayPercentage(obj: VirtualServiceSpecHttpFaultDelayPercentage | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpMirrorsDestinationPort
 */
export interface VirtualServiceSpecHttpMirrorsDestinationPort {
    /**
     * @schema VirtualServiceSpecHttpMirrorsDestinationPort#number
     */
    readonly number?: number;
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpMirrorsDestinationPort' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpMirrorsDestinationPort(obj: VirtualServiceSpecHttpMirrorsDestinationPort | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpRouteDestinationPort
 */
export interface VirtualServiceSpecHttpRouteDestinationPort {
    /**
     * @schema VirtualServiceSpecHttpRouteDestinationPort#number
     */
    readonly number?: number;
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpRouteDestinationPort' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpRouteDestinationPort(obj: VirtualServiceSpecHttpRouteDestinationPort | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpRouteHeadersRequest
 */
export interface VirtualServiceSpecHttpRouteHeadersRequest {
    /**
     * @schema VirtualServiceSpecHttpRouteHeadersRequest#add
     */
    readonly add?: {
        [key: string]: string;
    };
    /**
     * @schema VirtualServiceSpecHttpRouteHeadersRequest#remove
     */
    readonly remove?: string[];
    /**
     * @schema VirtualServiceSpecHttpRouteHeadersRequest#set
     */
    readonly set?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpRouteHeadersRequest' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpRouteHeadersRequest(obj: VirtualServiceSpecHttpRouteHeadersRequest | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecHttpRouteHeadersResponse
 */
export interface VirtualServiceSpecHttpRouteHeadersResponse {
    /**
     * @schema VirtualServiceSpecHttpRouteHeadersResponse#add
     */
    readonly add?: {
        [key: string]: string;
    };
    /**
     * @schema VirtualServiceSpecHttpRouteHeadersResponse#remove
     */
    readonly remove?: string[];
    /**
     * @schema VirtualServiceSpecHttpRouteHeadersResponse#set
     */
    readonly set?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'VirtualServiceSpecHttpRouteHeadersResponse' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecHttpRouteHeadersResponse(obj: VirtualServiceSpecHttpRouteHeadersResponse | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecTcpRouteDestinationPort
 */
export interface VirtualServiceSpecTcpRouteDestinationPort {
    /**
     * @schema VirtualServiceSpecTcpRouteDestinationPort#number
     */
    readonly number?: number;
}
/**
 * Converts an object of type 'VirtualServiceSpecTcpRouteDestinationPort' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecTcpRouteDestinationPort(obj: VirtualServiceSpecTcpRouteDestinationPort | undefined): Record<string, any> | undefined;
/**
 * @schema VirtualServiceSpecTlsRouteDestinationPort
 */
export interface VirtualServiceSpecTlsRouteDestinationPort {
    /**
     * @schema VirtualServiceSpecTlsRouteDestinationPort#number
     */
    readonly number?: number;
}
/**
 * Converts an object of type 'VirtualServiceSpecTlsRouteDestinationPort' to JSON representation.
 */
export declare function toJson_VirtualServiceSpecTlsRouteDestinationPort(obj: VirtualServiceSpecTlsRouteDestinationPort | undefined): Record<string, any> | undefined;
