import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { AuthorizationPolicy, PeerAuthentication } from '../../imports/istio-security.istio.io';
import { CallerIdentity } from './caller-identity';
import { Waypoint } from './waypoint';
import { DataplaneMode, MtlsMode } from './modes';
import { PortMtlsException } from './port-exception';
/** Props for `StrictMtlsNamespace`. */
export interface StrictMtlsNamespaceProps {
    /** The namespace's name (a DNS-1123 label). Its policies are written into it whatever the chart's namespace. */
    readonly name: string;
    /**
     * The istiod revision (or revision tag) that injects the sidecars: labels the namespace `istio.io/rev=<revision>`
     * instead of `istio-injection=enabled`. Sidecar data plane only.
     * @default - the default revision (`istio-injection=enabled`)
     */
    readonly revision?: string;
    /**
     * The data plane that captures the namespace's pods.
     * @default DataplaneMode.SIDECAR
     */
    readonly dataplane?: DataplaneMode;
    /**
     * The namespace-wide mTLS mode. PERMISSIVE is for the migration stage while workloads without a sidecar remain.
     * @default MtlsMode.STRICT
     */
    readonly mode?: MtlsMode;
    /**
     * Container ports of selected workloads whose mode differs from `mode` (e.g. a metrics port left PERMISSIVE).
     * More can be added with `addPortException`.
     * @default - none
     */
    readonly portExceptions?: PortMtlsException[];
    /**
     * The mesh's root namespace (`meshConfig.rootNamespace`). Policies there act mesh-wide and selector policies
     * there are ignored, so this namespace may not be it when it has port exceptions or `denyByDefault`.
     * @default 'istio-system'
     */
    readonly rootNamespace?: string;
    /**
     * Zero trust beyond encryption: add an allow-nothing AuthorizationPolicy (`allow-nothing`, `spec: {}`), so only
     * callers let in with `allowFrom` / `allowedCallers` reach the namespace's workloads. Off by default because it
     * blocks all traffic that is not allowed explicitly.
     * @default false
     */
    readonly denyByDefault?: boolean;
    /**
     * Callers allowed in when `denyByDefault` is true (more can be added with `allowFrom`).
     * @default - none
     */
    readonly allowedCallers?: CallerIdentity[];
    /**
     * The mesh's trust domain, used in the principals of service-account callers.
     * @default 'cluster.local'
     */
    readonly trustDomain?: string;
    /**
     * Ambient only: add a waypoint (Gateway `waypoint` of class `istio-waypoint`) and label the Namespace
     * `istio.io/use-waypoint: waypoint`, so that L7 routing (a CanaryService's HTTPRoute) and L7 policies apply
     * to its services. With `denyByDefault`, the allowed callers are then let in at the waypoint (an ALLOW policy
     * with `targetRefs`) and the waypoint's identity at the pods.
     * @default false
     */
    readonly waypoint?: boolean;
    /**
     * Extra labels for the Namespace. The data-plane labels (`istio-injection`, `istio.io/rev`,
     * `istio.io/dataplane-mode`) come from `revision` / `dataplane` and may not be set here.
     * @default - none
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Extra annotations for the Namespace.
     * @default - none
     */
    readonly annotations?: {
        [key: string]: string;
    };
}
/**
 * A namespace whose pods all join exactly one data plane and accept only mutual TLS: a Namespace labelled for
 * sidecar injection (or ambient), plus the namespace-wide PeerAuthentication `default` (STRICT). Optional port
 * exceptions become workload-scoped PeerAuthentications; optional deny-by-default adds an allow-nothing
 * AuthorizationPolicy and an allow-list of callers.
 */
export declare class StrictMtlsNamespace extends Construct {
    /** Istio's default trust domain, used in principals when `trustDomain` is not given. */
    static readonly DEFAULT_TRUST_DOMAIN = "cluster.local";
    /** The namespace's name. */
    readonly name: string;
    /** The injection revision; undefined when the default revision (or ambient) is used. */
    readonly revision?: string;
    /** The data plane the namespace is labelled for. */
    readonly dataplane: DataplaneMode;
    /** The namespace-wide mTLS mode. */
    readonly mode: MtlsMode;
    /** The mesh root namespace the root-namespace checks use. */
    readonly rootNamespace: string;
    /** Whether the allow-nothing AuthorizationPolicy is emitted. */
    readonly denyByDefault: boolean;
    /** The trust domain in service-account principals. */
    readonly trustDomain: string;
    /** The Namespace object (cluster-scoped: no metadata.namespace). */
    readonly kubeNamespace: ApiObject;
    /** The namespace-wide PeerAuthentication `default`. */
    readonly peerAuthentication: PeerAuthentication;
    /** The allow-nothing AuthorizationPolicy; undefined unless `denyByDefault`. */
    readonly allowNothingPolicy?: AuthorizationPolicy;
    /** The namespace's waypoint; undefined unless `waypoint`. */
    readonly waypoint?: Waypoint;
    /**
     * The ALLOW AuthorizationPolicy `allowed-callers-waypoint` that the waypoint enforces (allow-nothing there until
     * a caller is allowed); undefined unless `waypoint` and `denyByDefault`.
     */
    readonly waypointCallerPolicy?: AuthorizationPolicy;
    private readonly errors;
    private readonly exceptions;
    private readonly exceptionList;
    private readonly exceptionPolicies;
    private readonly plaintextPolicies;
    private readonly callers;
    private allowPolicy?;
    constructor(scope: Construct, id: string, props: StrictMtlsNamespaceProps);
    /** The port exceptions added so far, in order. */
    get portExceptions(): PortMtlsException[];
    /** The workload-scoped PeerAuthentications, one per distinct port-exception selector. */
    get portExceptionPolicies(): PeerAuthentication[];
    /** The ALLOW AuthorizationPolicy `allowed-callers`; undefined until a caller is allowed. */
    get callerPolicy(): AuthorizationPolicy | undefined;
    /** The callers allowed so far, in order, without duplicates. */
    get allowedCallers(): CallerIdentity[];
    /** Adds a port exception (same rules as the `portExceptions` prop, where errors name its next index). */
    addPortException(exception: PortMtlsException): void;
    /**
     * Under `denyByDefault`, the ALLOW AuthorizationPolicies (one per port-exception selector, named like its
     * PeerAuthentication) that let every source reach the PERMISSIVE / DISABLE ports.
     */
    get portExceptionAllowPolicies(): AuthorizationPolicy[];
    /**
     * Lets callers reach every workload of the namespace despite `denyByDefault` (which must be true): adds them to
     * the ALLOW AuthorizationPolicy `allowed-callers`. Identities come from mTLS certificates, so pair this with STRICT.
     */
    allowFrom(...callers: CallerIdentity[]): void;
    private addCallers;
    /**
     * The caller rules. At the pods (ztunnel in ambient), traffic through the waypoint carries the waypoint's
     * identity, not the caller's, so the waypoint's principal is allowed there and the callers are checked at the
     * waypoint itself (`atWaypoint`).
     */
    private renderCallerRules;
    private plaintextPortPolicy;
    /** ALLOW at the waypoint (targetRefs): the allowed callers, or nobody (no rules) until one is allowed. */
    private waypointPolicy;
    private portExceptionPolicy;
    private namespaceLabels;
    private checkRevision;
    private checkAnnotations;
    private checkAgainstMeshWidePolicies;
    /**
     * Deny-by-default behind a waypoint this construct does not manage: the pods would have to let the waypoint in,
     * and nothing would check the callers at the waypoint, so any caller could pass through it.
     */
    private checkSeparateWaypoint;
    private check;
}
