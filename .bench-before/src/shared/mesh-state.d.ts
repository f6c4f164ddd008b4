import { Construct, IConstruct } from 'constructs';
import { DataplaneMode } from './dataplane-mode';
/**
 * Facts about one namespace that several constructs need: recorded by the constructs that own them (StrictMtlsNamespace
 * records the data plane and trust domain, Waypoint the waypoint), read at render time by the others (CanaryService).
 */
export interface NamespaceFacts {
    /**
     * The data plane that captures the namespace's pods.
     * @default - not recorded
     */
    readonly dataplane?: DataplaneMode;
    /**
     * Who declared the data plane, e.g. `StrictMtlsNamespace 'billing/ns'` (for messages).
     * @default - not recorded
     */
    readonly dataplaneSource?: string;
    /**
     * The name of the waypoint proxy (a Gateway of class `istio-waypoint`) the namespace's services use.
     * @default - not recorded
     */
    readonly waypoint?: string;
    /**
     * Whether the Namespace itself carries `istio.io/use-waypoint` (otherwise each Service must be labelled).
     * @default - not recorded
     */
    readonly namespaceUsesWaypoint?: boolean;
    /**
     * Whether ingress gateways send traffic for the namespace's services through its waypoint
     * (`istio.io/ingress-use-waypoint`).
     * @default - not recorded
     */
    readonly ingressUseWaypoint?: boolean;
    /**
     * The trust domain of the namespace's workload principals.
     * @default - not recorded
     */
    readonly trustDomain?: string;
}
/** Pod-level ProxyConfig fields that one construct wants on some of the app's pods. */
export interface IProxyConfigSource {
    /**
     * The ProxyConfig fields (e.g. `{ fileFlushInterval: '1s' }`) this source wants on pods with these labels in
     * this namespace, or undefined when the pods are out of its scope.
     */
    proxyConfigFor(podLabels: {
        [key: string]: string;
    }, namespace?: string): {
        [field: string]: unknown;
    } | undefined;
}
/** A mesh-wide mTLS policy (MeshWideStrictMtls), as other constructs see it. */
export interface IMeshWideMtlsPolicy extends IConstruct {
    /** The mesh root namespace the policy is written to. */
    readonly rootNamespace: string;
}
/**
 * The state the constructs of one app share, in one visible place: a construct on the app root with the id
 * `cdk8s-istio.MeshState` (it renders no manifest). It holds the proxy-config contributions, the telemetry claims,
 * the mesh-wide mTLS policies, per-namespace facts (data plane, waypoint, ingress-use-waypoint) and the state of
 * validation at synth. Constructs get it with `MeshState.of(this)`; two copies of cdk8s-istio in one app share it.
 */
export declare class MeshState extends Construct {
    /** The construct id under the app root. */
    static readonly ID = "cdk8s-istio.MeshState";
    /** The app's MeshState, created on first use. */
    static of(scope: IConstruct): MeshState;
    /** The app's MeshState, or undefined when no construct has needed one yet (reads at render time use this). */
    static find(scope: IConstruct): MeshState | undefined;
    private readonly namespaces;
    private readonly proxyConfigSources;
    private readonly meshWidePolicies;
    private readonly telemetries;
    private readonly providers;
    private readonly slots;
    private constructor();
    /** Records facts about a namespace; facts merge field by field, a fact recorded again replaces the earlier value. */
    recordNamespace(namespace: string, facts: NamespaceFacts): void;
    /** The facts recorded for a namespace, or undefined when none were. */
    namespaceFacts(namespace: string): NamespaceFacts | undefined;
    /** Adds a source of pod-level ProxyConfig fields (asked at render time, so construction order does not matter). */
    addProxyConfigSource(source: IProxyConfigSource): void;
    /** Merged ProxyConfig fields for a pod, or undefined when no source applies. Later sources win per field. */
    proxyConfigFor(podLabels: {
        [key: string]: string;
    }, namespace?: string): {
        [field: string]: unknown;
    } | undefined;
    /** Registers a mesh-wide mTLS policy. */
    addMeshWideMtlsPolicy(policy: IMeshWideMtlsPolicy): void;
    /** The mesh-wide mTLS policies of the app, in the order they were defined. */
    meshWideMtlsPolicies(): IMeshWideMtlsPolicy[];
    /**
     * Claims the Telemetry `namespace/name` for one construct: true when nothing else in the app claimed it (a clash
     * would only surface in the cluster, one Telemetry silently replacing the other).
     */
    claimTelemetry(namespace: string, name: string): boolean;
    /**
     * Claims an extension-provider name with its definition: true when the name is free or already claimed with the
     * same definition (two install files defining one provider differently would leave the last one applied winning).
     */
    claimProvider(name: string, definition: string): boolean;
}
