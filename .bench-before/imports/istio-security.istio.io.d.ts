import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 *
 *
 * @schema AuthorizationPolicy
 */
export declare class AuthorizationPolicy extends ApiObject {
    /**
     * Returns the apiVersion and kind for "AuthorizationPolicy"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "AuthorizationPolicy".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: AuthorizationPolicyProps): any;
    /**
     * Defines a "AuthorizationPolicy" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: AuthorizationPolicyProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema AuthorizationPolicy
 */
export interface AuthorizationPolicyProps {
    /**
     * @schema AuthorizationPolicy#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema AuthorizationPolicy#spec
     */
    readonly spec?: AuthorizationPolicySpec;
}
/**
 * Converts an object of type 'AuthorizationPolicyProps' to JSON representation.
 */
export declare function toJson_AuthorizationPolicyProps(obj: AuthorizationPolicyProps | undefined): Record<string, any> | undefined;
/**
 * @schema AuthorizationPolicySpec
 */
export interface AuthorizationPolicySpec {
    /**
     * @schema AuthorizationPolicySpec#action
     */
    readonly action?: AuthorizationPolicySpecAction;
    /**
     * @schema AuthorizationPolicySpec#provider
     */
    readonly provider?: AuthorizationPolicySpecProvider;
    /**
     * @schema AuthorizationPolicySpec#rules
     */
    readonly rules?: AuthorizationPolicySpecRules[];
    /**
     * @schema AuthorizationPolicySpec#selector
     */
    readonly selector?: AuthorizationPolicySpecSelector;
    /**
     * @schema AuthorizationPolicySpec#targetRef
     */
    readonly targetRef?: AuthorizationPolicySpecTargetRef;
    /**
     * @schema AuthorizationPolicySpec#targetRefs
     */
    readonly targetRefs?: AuthorizationPolicySpecTargetRefs[];
}
/**
 * Converts an object of type 'AuthorizationPolicySpec' to JSON representation.
 */
export declare function toJson_AuthorizationPolicySpec(obj: AuthorizationPolicySpec | undefined): Record<string, any> | undefined;
/**
 * @schema AuthorizationPolicySpecAction
 */
export declare enum AuthorizationPolicySpecAction {
    /** ALLOW */
    ALLOW = "ALLOW",
    /** DENY */
    DENY = "DENY",
    /** AUDIT */
    AUDIT = "AUDIT",
    /** CUSTOM */
    CUSTOM = "CUSTOM"
}
/**
 * @schema AuthorizationPolicySpecProvider
 */
export interface AuthorizationPolicySpecProvider {
    /**
     * @schema AuthorizationPolicySpecProvider#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'AuthorizationPolicySpecProvider' to JSON representation.
 */
export declare function toJson_AuthorizationPolicySpecProvider(obj: AuthorizationPolicySpecProvider | undefined): Record<string, any> | undefined;
/**
 * @schema AuthorizationPolicySpecRules
 */
export interface AuthorizationPolicySpecRules {
    /**
     * @schema AuthorizationPolicySpecRules#from
     */
    readonly from?: AuthorizationPolicySpecRulesFrom[];
    /**
     * @schema AuthorizationPolicySpecRules#to
     */
    readonly to?: AuthorizationPolicySpecRulesTo[];
    /**
     * @schema AuthorizationPolicySpecRules#when
     */
    readonly when?: AuthorizationPolicySpecRulesWhen[];
}
/**
 * Converts an object of type 'AuthorizationPolicySpecRules' to JSON representation.
 */
export declare function toJson_AuthorizationPolicySpecRules(obj: AuthorizationPolicySpecRules | undefined): Record<string, any> | undefined;
/**
 * @schema AuthorizationPolicySpecSelector
 */
export interface AuthorizationPolicySpecSelector {
    /**
     * @schema AuthorizationPolicySpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'AuthorizationPolicySpecSelector' to JSON representation.
 */
export declare function toJson_AuthorizationPolicySpecSelector(obj: AuthorizationPolicySpecSelector | undefined): Record<string, any> | undefined;
/**
 * @schema AuthorizationPolicySpecTargetRef
 */
export interface AuthorizationPolicySpecTargetRef {
    /**
     * @schema AuthorizationPolicySpecTargetRef#group
     */
    readonly group?: string;
    /**
     * @schema AuthorizationPolicySpecTargetRef#kind
     */
    readonly kind: string;
    /**
     * @schema AuthorizationPolicySpecTargetRef#name
     */
    readonly name: string;
    /**
     * @schema AuthorizationPolicySpecTargetRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'AuthorizationPolicySpecTargetRef' to JSON representation.
 */
export declare function toJson_AuthorizationPolicySpecTargetRef(obj: AuthorizationPolicySpecTargetRef | undefined): Record<string, any> | undefined;
/**
 * @schema AuthorizationPolicySpecTargetRefs
 */
export interface AuthorizationPolicySpecTargetRefs {
    /**
     * @schema AuthorizationPolicySpecTargetRefs#group
     */
    readonly group?: string;
    /**
     * @schema AuthorizationPolicySpecTargetRefs#kind
     */
    readonly kind: string;
    /**
     * @schema AuthorizationPolicySpecTargetRefs#name
     */
    readonly name: string;
    /**
     * @schema AuthorizationPolicySpecTargetRefs#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'AuthorizationPolicySpecTargetRefs' to JSON representation.
 */
export declare function toJson_AuthorizationPolicySpecTargetRefs(obj: AuthorizationPolicySpecTargetRefs | undefined): Record<string, any> | undefined;
/**
 * @schema AuthorizationPolicySpecRulesFrom
 */
export interface AuthorizationPolicySpecRulesFrom {
    /**
     * @schema AuthorizationPolicySpecRulesFrom#source
     */
    readonly source?: AuthorizationPolicySpecRulesFromSource;
}
/**
 * Converts an object of type 'AuthorizationPolicySpecRulesFrom' to JSON representation.
 */
export declare function toJson_AuthorizationPolicySpecRulesFrom(obj: AuthorizationPolicySpecRulesFrom | undefined): Record<string, any> | undefined;
/**
 * @schema AuthorizationPolicySpecRulesTo
 */
export interface AuthorizationPolicySpecRulesTo {
    /**
     * @schema AuthorizationPolicySpecRulesTo#operation
     */
    readonly operation?: AuthorizationPolicySpecRulesToOperation;
}
/**
 * Converts an object of type 'AuthorizationPolicySpecRulesTo' to JSON representation.
 */
export declare function toJson_AuthorizationPolicySpecRulesTo(obj: AuthorizationPolicySpecRulesTo | undefined): Record<string, any> | undefined;
/**
 * @schema AuthorizationPolicySpecRulesWhen
 */
export interface AuthorizationPolicySpecRulesWhen {
    /**
     * @schema AuthorizationPolicySpecRulesWhen#key
     */
    readonly key: string;
    /**
     * @schema AuthorizationPolicySpecRulesWhen#notValues
     */
    readonly notValues?: string[];
    /**
     * @schema AuthorizationPolicySpecRulesWhen#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AuthorizationPolicySpecRulesWhen' to JSON representation.
 */
export declare function toJson_AuthorizationPolicySpecRulesWhen(obj: AuthorizationPolicySpecRulesWhen | undefined): Record<string, any> | undefined;
/**
 * @schema AuthorizationPolicySpecRulesFromSource
 */
export interface AuthorizationPolicySpecRulesFromSource {
    /**
     * @schema AuthorizationPolicySpecRulesFromSource#ipBlocks
     */
    readonly ipBlocks?: string[];
    /**
     * @schema AuthorizationPolicySpecRulesFromSource#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema AuthorizationPolicySpecRulesFromSource#notIpBlocks
     */
    readonly notIpBlocks?: string[];
    /**
     * @schema AuthorizationPolicySpecRulesFromSource#notNamespaces
     */
    readonly notNamespaces?: string[];
    /**
     * @schema AuthorizationPolicySpecRulesFromSource#notPrincipals
     */
    readonly notPrincipals?: string[];
    /**
     * @schema AuthorizationPolicySpecRulesFromSource#notRemoteIpBlocks
     */
    readonly notRemoteIpBlocks?: string[];
    /**
     * @schema AuthorizationPolicySpecRulesFromSource#notRequestPrincipals
     */
    readonly notRequestPrincipals?: string[];
    /**
     * @schema AuthorizationPolicySpecRulesFromSource#notServiceAccounts
     */
    readonly notServiceAccounts?: string[];
    /**
     * @schema AuthorizationPolicySpecRulesFromSource#notTrustDomains
     */
    readonly notTrustDomains?: string[];
    /**
     * @schema AuthorizationPolicySpecRulesFromSource#principals
     */
    readonly principals?: string[];
    /**
     * @schema AuthorizationPolicySpecRulesFromSource#remoteIpBlocks
     */
    readonly remoteIpBlocks?: string[];
    /**
     * @schema AuthorizationPolicySpecRulesFromSource#requestPrincipals
     */
    readonly requestPrincipals?: string[];
    /**
     * @schema AuthorizationPolicySpecRulesFromSource#serviceAccounts
     */
    readonly serviceAccounts?: string[];
    /**
     * @schema AuthorizationPolicySpecRulesFromSource#trustDomains
     */
    readonly trustDomains?: string[];
}
/**
 * Converts an object of type 'AuthorizationPolicySpecRulesFromSource' to JSON representation.
 */
export declare function toJson_AuthorizationPolicySpecRulesFromSource(obj: AuthorizationPolicySpecRulesFromSource | undefined): Record<string, any> | undefined;
/**
 * @schema AuthorizationPolicySpecRulesToOperation
 */
export interface AuthorizationPolicySpecRulesToOperation {
    /**
     * @schema AuthorizationPolicySpecRulesToOperation#hosts
     */
    readonly hosts?: string[];
    /**
     * @schema AuthorizationPolicySpecRulesToOperation#methods
     */
    readonly methods?: string[];
    /**
     * @schema AuthorizationPolicySpecRulesToOperation#notHosts
     */
    readonly notHosts?: string[];
    /**
     * @schema AuthorizationPolicySpecRulesToOperation#notMethods
     */
    readonly notMethods?: string[];
    /**
     * @schema AuthorizationPolicySpecRulesToOperation#notPaths
     */
    readonly notPaths?: string[];
    /**
     * @schema AuthorizationPolicySpecRulesToOperation#notPorts
     */
    readonly notPorts?: string[];
    /**
     * @schema AuthorizationPolicySpecRulesToOperation#paths
     */
    readonly paths?: string[];
    /**
     * @schema AuthorizationPolicySpecRulesToOperation#ports
     */
    readonly ports?: string[];
}
/**
 * Converts an object of type 'AuthorizationPolicySpecRulesToOperation' to JSON representation.
 */
export declare function toJson_AuthorizationPolicySpecRulesToOperation(obj: AuthorizationPolicySpecRulesToOperation | undefined): Record<string, any> | undefined;
/**
 *
 *
 * @schema PeerAuthentication
 */
export declare class PeerAuthentication extends ApiObject {
    /**
     * Returns the apiVersion and kind for "PeerAuthentication"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "PeerAuthentication".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: PeerAuthenticationProps): any;
    /**
     * Defines a "PeerAuthentication" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: PeerAuthenticationProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema PeerAuthentication
 */
export interface PeerAuthenticationProps {
    /**
     * @schema PeerAuthentication#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema PeerAuthentication#spec
     */
    readonly spec?: PeerAuthenticationSpec;
}
/**
 * Converts an object of type 'PeerAuthenticationProps' to JSON representation.
 */
export declare function toJson_PeerAuthenticationProps(obj: PeerAuthenticationProps | undefined): Record<string, any> | undefined;
/**
 * @schema PeerAuthenticationSpec
 */
export interface PeerAuthenticationSpec {
    /**
     * @schema PeerAuthenticationSpec#mtls
     */
    readonly mtls?: PeerAuthenticationSpecMtls;
    /**
     * @schema PeerAuthenticationSpec#portLevelMtls
     */
    readonly portLevelMtls?: {
        [key: string]: PeerAuthenticationSpecPortLevelMtls;
    };
    /**
     * @schema PeerAuthenticationSpec#selector
     */
    readonly selector?: PeerAuthenticationSpecSelector;
}
/**
 * Converts an object of type 'PeerAuthenticationSpec' to JSON representation.
 */
export declare function toJson_PeerAuthenticationSpec(obj: PeerAuthenticationSpec | undefined): Record<string, any> | undefined;
/**
 * @schema PeerAuthenticationSpecMtls
 */
export interface PeerAuthenticationSpecMtls {
    /**
     * @schema PeerAuthenticationSpecMtls#mode
     */
    readonly mode?: PeerAuthenticationSpecMtlsMode;
}
/**
 * Converts an object of type 'PeerAuthenticationSpecMtls' to JSON representation.
 */
export declare function toJson_PeerAuthenticationSpecMtls(obj: PeerAuthenticationSpecMtls | undefined): Record<string, any> | undefined;
/**
 * @schema PeerAuthenticationSpecPortLevelMtls
 */
export interface PeerAuthenticationSpecPortLevelMtls {
    /**
     * @schema PeerAuthenticationSpecPortLevelMtls#mode
     */
    readonly mode?: PeerAuthenticationSpecPortLevelMtlsMode;
}
/**
 * Converts an object of type 'PeerAuthenticationSpecPortLevelMtls' to JSON representation.
 */
export declare function toJson_PeerAuthenticationSpecPortLevelMtls(obj: PeerAuthenticationSpecPortLevelMtls | undefined): Record<string, any> | undefined;
/**
 * @schema PeerAuthenticationSpecSelector
 */
export interface PeerAuthenticationSpecSelector {
    /**
     * @schema PeerAuthenticationSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'PeerAuthenticationSpecSelector' to JSON representation.
 */
export declare function toJson_PeerAuthenticationSpecSelector(obj: PeerAuthenticationSpecSelector | undefined): Record<string, any> | undefined;
/**
 * @schema PeerAuthenticationSpecMtlsMode
 */
export declare enum PeerAuthenticationSpecMtlsMode {
    /** UNSET */
    UNSET = "UNSET",
    /** DISABLE */
    DISABLE = "DISABLE",
    /** PERMISSIVE */
    PERMISSIVE = "PERMISSIVE",
    /** STRICT */
    STRICT = "STRICT"
}
/**
 * @schema PeerAuthenticationSpecPortLevelMtlsMode
 */
export declare enum PeerAuthenticationSpecPortLevelMtlsMode {
    /** UNSET */
    UNSET = "UNSET",
    /** DISABLE */
    DISABLE = "DISABLE",
    /** PERMISSIVE */
    PERMISSIVE = "PERMISSIVE",
    /** STRICT */
    STRICT = "STRICT"
}
/**
 *
 *
 * @schema RequestAuthentication
 */
export declare class RequestAuthentication extends ApiObject {
    /**
     * Returns the apiVersion and kind for "RequestAuthentication"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "RequestAuthentication".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: RequestAuthenticationProps): any;
    /**
     * Defines a "RequestAuthentication" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: RequestAuthenticationProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema RequestAuthentication
 */
export interface RequestAuthenticationProps {
    /**
     * @schema RequestAuthentication#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema RequestAuthentication#spec
     */
    readonly spec?: RequestAuthenticationSpec;
}
/**
 * Converts an object of type 'RequestAuthenticationProps' to JSON representation.
 */
export declare function toJson_RequestAuthenticationProps(obj: RequestAuthenticationProps | undefined): Record<string, any> | undefined;
/**
 * @schema RequestAuthenticationSpec
 */
export interface RequestAuthenticationSpec {
    /**
     * @schema RequestAuthenticationSpec#jwtRules
     */
    readonly jwtRules?: RequestAuthenticationSpecJwtRules[];
    /**
     * @schema RequestAuthenticationSpec#selector
     */
    readonly selector?: RequestAuthenticationSpecSelector;
    /**
     * @schema RequestAuthenticationSpec#targetRef
     */
    readonly targetRef?: RequestAuthenticationSpecTargetRef;
    /**
     * @schema RequestAuthenticationSpec#targetRefs
     */
    readonly targetRefs?: RequestAuthenticationSpecTargetRefs[];
}
/**
 * Converts an object of type 'RequestAuthenticationSpec' to JSON representation.
 */
export declare function toJson_RequestAuthenticationSpec(obj: RequestAuthenticationSpec | undefined): Record<string, any> | undefined;
/**
 * @schema RequestAuthenticationSpecJwtRules
 */
export interface RequestAuthenticationSpecJwtRules {
    /**
     * @schema RequestAuthenticationSpecJwtRules#audiences
     */
    readonly audiences?: string[];
    /**
     * @schema RequestAuthenticationSpecJwtRules#forwardOriginalToken
     */
    readonly forwardOriginalToken?: boolean;
    /**
     * @schema RequestAuthenticationSpecJwtRules#fromCookies
     */
    readonly fromCookies?: string[];
    /**
     * @schema RequestAuthenticationSpecJwtRules#fromHeaders
     */
    readonly fromHeaders?: RequestAuthenticationSpecJwtRulesFromHeaders[];
    /**
     * @schema RequestAuthenticationSpecJwtRules#fromParams
     */
    readonly fromParams?: string[];
    /**
     * @schema RequestAuthenticationSpecJwtRules#issuer
     */
    readonly issuer?: string;
    /**
     * @schema RequestAuthenticationSpecJwtRules#jwks
     */
    readonly jwks?: string;
    /**
     * @schema RequestAuthenticationSpecJwtRules#jwks_uri
     */
    readonly jwksUri?: string;
    /**
     * @schema RequestAuthenticationSpecJwtRules#outputClaimToHeaders
     */
    readonly outputClaimToHeaders?: RequestAuthenticationSpecJwtRulesOutputClaimToHeaders[];
    /**
     * @schema RequestAuthenticationSpecJwtRules#outputPayloadToHeader
     */
    readonly outputPayloadToHeader?: string;
    /**
     * @schema RequestAuthenticationSpecJwtRules#spaceDelimitedClaims
     */
    readonly spaceDelimitedClaims?: string[];
    /**
     * @schema RequestAuthenticationSpecJwtRules#timeout
     */
    readonly timeout?: string;
}
/**
 * Converts an object of type 'RequestAuthenticationSpecJwtRules' to JSON representation.
 */
export declare function toJson_RequestAuthenticationSpecJwtRules(obj: RequestAuthenticationSpecJwtRules | undefined): Record<string, any> | undefined;
/**
 * @schema RequestAuthenticationSpecSelector
 */
export interface RequestAuthenticationSpecSelector {
    /**
     * @schema RequestAuthenticationSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'RequestAuthenticationSpecSelector' to JSON representation.
 */
export declare function toJson_RequestAuthenticationSpecSelector(obj: RequestAuthenticationSpecSelector | undefined): Record<string, any> | undefined;
/**
 * @schema RequestAuthenticationSpecTargetRef
 */
export interface RequestAuthenticationSpecTargetRef {
    /**
     * @schema RequestAuthenticationSpecTargetRef#group
     */
    readonly group?: string;
    /**
     * @schema RequestAuthenticationSpecTargetRef#kind
     */
    readonly kind: string;
    /**
     * @schema RequestAuthenticationSpecTargetRef#name
     */
    readonly name: string;
    /**
     * @schema RequestAuthenticationSpecTargetRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'RequestAuthenticationSpecTargetRef' to JSON representation.
 */
export declare function toJson_RequestAuthenticationSpecTargetRef(obj: RequestAuthenticationSpecTargetRef | undefined): Record<string, any> | undefined;
/**
 * @schema RequestAuthenticationSpecTargetRefs
 */
export interface RequestAuthenticationSpecTargetRefs {
    /**
     * @schema RequestAuthenticationSpecTargetRefs#group
     */
    readonly group?: string;
    /**
     * @schema RequestAuthenticationSpecTargetRefs#kind
     */
    readonly kind: string;
    /**
     * @schema RequestAuthenticationSpecTargetRefs#name
     */
    readonly name: string;
    /**
     * @schema RequestAuthenticationSpecTargetRefs#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'RequestAuthenticationSpecTargetRefs' to JSON representation.
 */
export declare function toJson_RequestAuthenticationSpecTargetRefs(obj: RequestAuthenticationSpecTargetRefs | undefined): Record<string, any> | undefined;
/**
 * @schema RequestAuthenticationSpecJwtRulesFromHeaders
 */
export interface RequestAuthenticationSpecJwtRulesFromHeaders {
    /**
     * @schema RequestAuthenticationSpecJwtRulesFromHeaders#name
     */
    readonly name: string;
    /**
     * @schema RequestAuthenticationSpecJwtRulesFromHeaders#prefix
     */
    readonly prefix?: string;
}
/**
 * Converts an object of type 'RequestAuthenticationSpecJwtRulesFromHeaders' to JSON representation.
 */
export declare function toJson_RequestAuthenticationSpecJwtRulesFromHeaders(obj: RequestAuthenticationSpecJwtRulesFromHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema RequestAuthenticationSpecJwtRulesOutputClaimToHeaders
 */
export interface RequestAuthenticationSpecJwtRulesOutputClaimToHeaders {
    /**
     * @schema RequestAuthenticationSpecJwtRulesOutputClaimToHeaders#claim
     */
    readonly claim: string;
    /**
     * @schema RequestAuthenticationSpecJwtRulesOutputClaimToHeaders#header
     */
    readonly header: string;
}
/**
 * Converts an object of type 'RequestAuthenticationSpecJwtRulesOutputClaimToHeaders' to JSON representation.
 */
export declare function toJson_RequestAuthenticationSpecJwtRulesOutputClaimToHeaders(obj: RequestAuthenticationSpecJwtRulesOutputClaimToHeaders | undefined): Record<string, any> | undefined;
