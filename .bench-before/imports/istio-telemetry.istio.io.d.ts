import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 *
 *
 * @schema Telemetry
 */
export declare class Telemetry extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Telemetry"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Telemetry".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: TelemetryProps): any;
    /**
     * Defines a "Telemetry" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: TelemetryProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema Telemetry
 */
export interface TelemetryProps {
    /**
     * @schema Telemetry#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema Telemetry#spec
     */
    readonly spec?: TelemetrySpec;
}
/**
 * Converts an object of type 'TelemetryProps' to JSON representation.
 */
export declare function toJson_TelemetryProps(obj: TelemetryProps | undefined): Record<string, any> | undefined;
/**
 * @schema TelemetrySpec
 */
export interface TelemetrySpec {
    /**
     * @schema TelemetrySpec#accessLogging
     */
    readonly accessLogging?: TelemetrySpecAccessLogging[];
    /**
     * @schema TelemetrySpec#metrics
     */
    readonly metrics?: TelemetrySpecMetrics[];
    /**
     * @schema TelemetrySpec#selector
     */
    readonly selector?: TelemetrySpecSelector;
    /**
     * @schema TelemetrySpec#targetRef
     */
    readonly targetRef?: TelemetrySpecTargetRef;
    /**
     * @schema TelemetrySpec#targetRefs
     */
    readonly targetRefs?: TelemetrySpecTargetRefs[];
    /**
     * @schema TelemetrySpec#tracing
     */
    readonly tracing?: TelemetrySpecTracing[];
}
/**
 * Converts an object of type 'TelemetrySpec' to JSON representation.
 */
export declare function toJson_TelemetrySpec(obj: TelemetrySpec | undefined): Record<string, any> | undefined;
/**
 * @schema TelemetrySpecAccessLogging
 */
export interface TelemetrySpecAccessLogging {
    /**
     * @schema TelemetrySpecAccessLogging#disabled
     */
    readonly disabled?: boolean;
    /**
     * @schema TelemetrySpecAccessLogging#filter
     */
    readonly filter?: TelemetrySpecAccessLoggingFilter;
    /**
     * @schema TelemetrySpecAccessLogging#match
     */
    readonly match?: TelemetrySpecAccessLoggingMatch;
    /**
     * @schema TelemetrySpecAccessLogging#providers
     */
    readonly providers?: TelemetrySpecAccessLoggingProviders[];
}
/**
 * Converts an object of type 'TelemetrySpecAccessLogging' to JSON representation.
 */
export declare function toJson_TelemetrySpecAccessLogging(obj: TelemetrySpecAccessLogging | undefined): Record<string, any> | undefined;
/**
 * @schema TelemetrySpecMetrics
 */
export interface TelemetrySpecMetrics {
    /**
     * @schema TelemetrySpecMetrics#overrides
     */
    readonly overrides?: TelemetrySpecMetricsOverrides[];
    /**
     * @schema TelemetrySpecMetrics#providers
     */
    readonly providers?: TelemetrySpecMetricsProviders[];
    /**
     * @schema TelemetrySpecMetrics#reportingInterval
     */
    readonly reportingInterval?: string;
}
/**
 * Converts an object of type 'TelemetrySpecMetrics' to JSON representation.
 */
export declare function toJson_TelemetrySpecMetrics(obj: TelemetrySpecMetrics | undefined): Record<string, any> | undefined;
/**
 * @schema TelemetrySpecSelector
 */
export interface TelemetrySpecSelector {
    /**
     * @schema TelemetrySpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TelemetrySpecSelector' to JSON representation.
 */
export declare function toJson_TelemetrySpecSelector(obj: TelemetrySpecSelector | undefined): Record<string, any> | undefined;
/**
 * @schema TelemetrySpecTargetRef
 */
export interface TelemetrySpecTargetRef {
    /**
     * @schema TelemetrySpecTargetRef#group
     */
    readonly group?: string;
    /**
     * @schema TelemetrySpecTargetRef#kind
     */
    readonly kind: string;
    /**
     * @schema TelemetrySpecTargetRef#name
     */
    readonly name: string;
    /**
     * @schema TelemetrySpecTargetRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'TelemetrySpecTargetRef' to JSON representation.
 */
export declare function toJson_TelemetrySpecTargetRef(obj: TelemetrySpecTargetRef | undefined): Record<string, any> | undefined;
/**
 * @schema TelemetrySpecTargetRefs
 */
export interface TelemetrySpecTargetRefs {
    /**
     * @schema TelemetrySpecTargetRefs#group
     */
    readonly group?: string;
    /**
     * @schema TelemetrySpecTargetRefs#kind
     */
    readonly kind: string;
    /**
     * @schema TelemetrySpecTargetRefs#name
     */
    readonly name: string;
    /**
     * @schema TelemetrySpecTargetRefs#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'TelemetrySpecTargetRefs' to JSON representation.
 */
export declare function toJson_TelemetrySpecTargetRefs(obj: TelemetrySpecTargetRefs | undefined): Record<string, any> | undefined;
/**
 * @schema TelemetrySpecTracing
 */
export interface TelemetrySpecTracing {
    /**
     * @schema TelemetrySpecTracing#customTags
     */
    readonly customTags?: {
        [key: string]: TelemetrySpecTracingCustomTags;
    };
    /**
     * @schema TelemetrySpecTracing#disableContextPropagation
     */
    readonly disableContextPropagation?: boolean;
    /**
     * @schema TelemetrySpecTracing#disableSpanReporting
     */
    readonly disableSpanReporting?: boolean;
    /**
     * @schema TelemetrySpecTracing#enableIstioTags
     */
    readonly enableIstioTags?: boolean;
    /**
     * @schema TelemetrySpecTracing#match
     */
    readonly match?: TelemetrySpecTracingMatch;
    /**
     * @schema TelemetrySpecTracing#providers
     */
    readonly providers?: TelemetrySpecTracingProviders[];
    /**
     * @schema TelemetrySpecTracing#randomSamplingPercentage
     */
    readonly randomSamplingPercentage?: number;
    /**
     * @schema TelemetrySpecTracing#useRequestIdForTraceSampling
     */
    readonly useRequestIdForTraceSampling?: boolean;
}
/**
 * Converts an object of type 'TelemetrySpecTracing' to JSON representation.
 */
export declare function toJson_TelemetrySpecTracing(obj: TelemetrySpecTracing | undefined): Record<string, any> | undefined;
/**
 * @schema TelemetrySpecAccessLoggingFilter
 */
export interface TelemetrySpecAccessLoggingFilter {
    /**
     * @schema TelemetrySpecAccessLoggingFilter#expression
     */
    readonly expression?: string;
}
/**
 * Converts an object of type 'TelemetrySpecAccessLoggingFilter' to JSON representation.
 */
export declare function toJson_TelemetrySpecAccessLoggingFilter(obj: TelemetrySpecAccessLoggingFilter | undefined): Record<string, any> | undefined;
/**
 * @schema TelemetrySpecAccessLoggingMatch
 */
export interface TelemetrySpecAccessLoggingMatch {
    /**
     * @schema TelemetrySpecAccessLoggingMatch#mode
     */
    readonly mode?: TelemetrySpecAccessLoggingMatchMode;
}
/**
 * Converts an object of type 'TelemetrySpecAccessLoggingMatch' to JSON representation.
 */
export declare function toJson_TelemetrySpecAccessLoggingMatch(obj: TelemetrySpecAccessLoggingMatch | undefined): Record<string, any> | undefined;
/**
 * @schema TelemetrySpecAccessLoggingProviders
 */
export interface TelemetrySpecAccessLoggingProviders {
    /**
     * @schema TelemetrySpecAccessLoggingProviders#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'TelemetrySpecAccessLoggingProviders' to JSON representation.
 */
export declare function toJson_TelemetrySpecAccessLoggingProviders(obj: TelemetrySpecAccessLoggingProviders | undefined): Record<string, any> | undefined;
/**
 * @schema TelemetrySpecMetricsOverrides
 */
export interface TelemetrySpecMetricsOverrides {
    /**
     * @schema TelemetrySpecMetricsOverrides#disabled
     */
    readonly disabled?: boolean;
    /**
     * @schema TelemetrySpecMetricsOverrides#match
     */
    readonly match?: TelemetrySpecMetricsOverridesMatch;
    /**
     * @schema TelemetrySpecMetricsOverrides#tagOverrides
     */
    readonly tagOverrides?: {
        [key: string]: TelemetrySpecMetricsOverridesTagOverrides;
    };
}
/**
 * Converts an object of type 'TelemetrySpecMetricsOverrides' to JSON representation.
 */
export declare function toJson_TelemetrySpecMetricsOverrides(obj: TelemetrySpecMetricsOverrides | undefined): Record<string, any> | undefined;
/**
 * @schema TelemetrySpecMetricsProviders
 */
export interface TelemetrySpecMetricsProviders {
    /**
     * @schema TelemetrySpecMetricsProviders#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'TelemetrySpecMetricsProviders' to JSON representation.
 */
export declare function toJson_TelemetrySpecMetricsProviders(obj: TelemetrySpecMetricsProviders | undefined): Record<string, any> | undefined;
/**
 * @schema TelemetrySpecTracingCustomTags
 */
export interface TelemetrySpecTracingCustomTags {
    /**
     * @schema TelemetrySpecTracingCustomTags#environment
     */
    readonly environment?: TelemetrySpecTracingCustomTagsEnvironment;
    /**
     * @schema TelemetrySpecTracingCustomTags#formatter
     */
    readonly formatter?: TelemetrySpecTracingCustomTagsFormatter;
    /**
     * @schema TelemetrySpecTracingCustomTags#header
     */
    readonly header?: TelemetrySpecTracingCustomTagsHeader;
    /**
     * @schema TelemetrySpecTracingCustomTags#literal
     */
    readonly literal?: TelemetrySpecTracingCustomTagsLiteral;
}
/**
 * Converts an object of type 'TelemetrySpecTracingCustomTags' to JSON representation.
 */
export declare function toJson_TelemetrySpecTracingCustomTags(obj: TelemetrySpecTracingCustomTags | undefined): Record<string, any> | undefined;
/**
 * @schema TelemetrySpecTracingMatch
 */
export interface TelemetrySpecTracingMatch {
    /**
     * @schema TelemetrySpecTracingMatch#mode
     */
    readonly mode?: TelemetrySpecTracingMatchMode;
}
/**
 * Converts an object of type 'TelemetrySpecTracingMatch' to JSON representation.
 */
export declare function toJson_TelemetrySpecTracingMatch(obj: TelemetrySpecTracingMatch | undefined): Record<string, any> | undefined;
/**
 * @schema TelemetrySpecTracingProviders
 */
export interface TelemetrySpecTracingProviders {
    /**
     * @schema TelemetrySpecTracingProviders#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'TelemetrySpecTracingProviders' to JSON representation.
 */
export declare function toJson_TelemetrySpecTracingProviders(obj: TelemetrySpecTracingProviders | undefined): Record<string, any> | undefined;
/**
 * @schema TelemetrySpecAccessLoggingMatchMode
 */
export declare enum TelemetrySpecAccessLoggingMatchMode {
    /** CLIENT_AND_SERVER */
    CLIENT_UNDERSCORE_AND_UNDERSCORE_SERVER = "CLIENT_AND_SERVER",
    /** CLIENT */
    CLIENT = "CLIENT",
    /** SERVER */
    SERVER = "SERVER"
}
/**
 * @schema TelemetrySpecMetricsOverridesMatch
 */
export interface TelemetrySpecMetricsOverridesMatch {
    /**
     * @schema TelemetrySpecMetricsOverridesMatch#customMetric
     */
    readonly customMetric?: string;
    /**
     * @schema TelemetrySpecMetricsOverridesMatch#metric
     */
    readonly metric?: TelemetrySpecMetricsOverridesMatchMetric;
    /**
     * @schema TelemetrySpecMetricsOverridesMatch#mode
     */
    readonly mode?: TelemetrySpecMetricsOverridesMatchMode;
}
/**
 * Converts an object of type 'TelemetrySpecMetricsOverridesMatch' to JSON representation.
 */
export declare function toJson_TelemetrySpecMetricsOverridesMatch(obj: TelemetrySpecMetricsOverridesMatch | undefined): Record<string, any> | undefined;
/**
 * @schema TelemetrySpecMetricsOverridesTagOverrides
 */
export interface TelemetrySpecMetricsOverridesTagOverrides {
    /**
     * @schema TelemetrySpecMetricsOverridesTagOverrides#operation
     */
    readonly operation?: TelemetrySpecMetricsOverridesTagOverridesOperation;
    /**
     * @schema TelemetrySpecMetricsOverridesTagOverrides#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'TelemetrySpecMetricsOverridesTagOverrides' to JSON representation.
 */
export declare function toJson_TelemetrySpecMetricsOverridesTagOverrides(obj: TelemetrySpecMetricsOverridesTagOverrides | undefined): Record<string, any> | undefined;
/**
 * @schema TelemetrySpecTracingCustomTagsEnvironment
 */
export interface TelemetrySpecTracingCustomTagsEnvironment {
    /**
     * @schema TelemetrySpecTracingCustomTagsEnvironment#defaultValue
     */
    readonly defaultValue?: string;
    /**
     * @schema TelemetrySpecTracingCustomTagsEnvironment#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'TelemetrySpecTracingCustomTagsEnvironment' to JSON representation.
 */
export declare function toJson_TelemetrySpecTracingCustomTagsEnvironment(obj: TelemetrySpecTracingCustomTagsEnvironment | undefined): Record<string, any> | undefined;
/**
 * @schema TelemetrySpecTracingCustomTagsFormatter
 */
export interface TelemetrySpecTracingCustomTagsFormatter {
    /**
     * @schema TelemetrySpecTracingCustomTagsFormatter#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'TelemetrySpecTracingCustomTagsFormatter' to JSON representation.
 */
export declare function toJson_TelemetrySpecTracingCustomTagsFormatter(obj: TelemetrySpecTracingCustomTagsFormatter | undefined): Record<string, any> | undefined;
/**
 * @schema TelemetrySpecTracingCustomTagsHeader
 */
export interface TelemetrySpecTracingCustomTagsHeader {
    /**
     * @schema TelemetrySpecTracingCustomTagsHeader#defaultValue
     */
    readonly defaultValue?: string;
    /**
     * @schema TelemetrySpecTracingCustomTagsHeader#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'TelemetrySpecTracingCustomTagsHeader' to JSON representation.
 */
export declare function toJson_TelemetrySpecTracingCustomTagsHeader(obj: TelemetrySpecTracingCustomTagsHeader | undefined): Record<string, any> | undefined;
/**
 * @schema TelemetrySpecTracingCustomTagsLiteral
 */
export interface TelemetrySpecTracingCustomTagsLiteral {
    /**
     * @schema TelemetrySpecTracingCustomTagsLiteral#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'TelemetrySpecTracingCustomTagsLiteral' to JSON representation.
 */
export declare function toJson_TelemetrySpecTracingCustomTagsLiteral(obj: TelemetrySpecTracingCustomTagsLiteral | undefined): Record<string, any> | undefined;
/**
 * @schema TelemetrySpecTracingMatchMode
 */
export declare enum TelemetrySpecTracingMatchMode {
    /** CLIENT_AND_SERVER */
    CLIENT_UNDERSCORE_AND_UNDERSCORE_SERVER = "CLIENT_AND_SERVER",
    /** CLIENT */
    CLIENT = "CLIENT",
    /** SERVER */
    SERVER = "SERVER"
}
/**
 * @schema TelemetrySpecMetricsOverridesMatchMetric
 */
export declare enum TelemetrySpecMetricsOverridesMatchMetric {
    /** ALL_METRICS */
    ALL_UNDERSCORE_METRICS = "ALL_METRICS",
    /** REQUEST_COUNT */
    REQUEST_UNDERSCORE_COUNT = "REQUEST_COUNT",
    /** REQUEST_DURATION */
    REQUEST_UNDERSCORE_DURATION = "REQUEST_DURATION",
    /** REQUEST_SIZE */
    REQUEST_UNDERSCORE_SIZE = "REQUEST_SIZE",
    /** RESPONSE_SIZE */
    RESPONSE_UNDERSCORE_SIZE = "RESPONSE_SIZE",
    /** TCP_OPENED_CONNECTIONS */
    TCP_UNDERSCORE_OPENED_UNDERSCORE_CONNECTIONS = "TCP_OPENED_CONNECTIONS",
    /** TCP_CLOSED_CONNECTIONS */
    TCP_UNDERSCORE_CLOSED_UNDERSCORE_CONNECTIONS = "TCP_CLOSED_CONNECTIONS",
    /** TCP_SENT_BYTES */
    TCP_UNDERSCORE_SENT_UNDERSCORE_BYTES = "TCP_SENT_BYTES",
    /** TCP_RECEIVED_BYTES */
    TCP_UNDERSCORE_RECEIVED_UNDERSCORE_BYTES = "TCP_RECEIVED_BYTES",
    /** GRPC_REQUEST_MESSAGES */
    GRPC_UNDERSCORE_REQUEST_UNDERSCORE_MESSAGES = "GRPC_REQUEST_MESSAGES",
    /** GRPC_RESPONSE_MESSAGES */
    GRPC_UNDERSCORE_RESPONSE_UNDERSCORE_MESSAGES = "GRPC_RESPONSE_MESSAGES"
}
/**
 * @schema TelemetrySpecMetricsOverridesMatchMode
 */
export declare enum TelemetrySpecMetricsOverridesMatchMode {
    /** CLIENT_AND_SERVER */
    CLIENT_UNDERSCORE_AND_UNDERSCORE_SERVER = "CLIENT_AND_SERVER",
    /** CLIENT */
    CLIENT = "CLIENT",
    /** SERVER */
    SERVER = "SERVER"
}
/**
 * @schema TelemetrySpecMetricsOverridesTagOverridesOperation
 */
export declare enum TelemetrySpecMetricsOverridesTagOverridesOperation {
    /** UPSERT */
    UPSERT = "UPSERT",
    /** REMOVE */
    REMOVE = "REMOVE"
}
