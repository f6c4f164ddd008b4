import { LabelIndex } from './labels';
import { Json, Resource, StringMap } from './resource';
import { DEFAULT_ROOT_NAMESPACE } from '../util/istio-names';
/** A Pod, or the pod template of a workload controller: what a selector can pick. */
export interface Workload {
    readonly res: Resource;
    readonly labels: StringMap;
    readonly annotations: StringMap;
    readonly podSpec: Json;
    /** Field path of the pod template inside the object ('' for a Pod). */
    readonly templatePath: string;
    /** spec.replicas when the object sets it. */
    readonly replicas: number | undefined;
}
export interface HostPort {
    readonly number: number;
    readonly name: string;
    readonly protocol: string;
}
/** A Service or ServiceEntry host, as destinations see it. */
export interface HostEntry {
    readonly res: Resource;
    readonly host: string;
    readonly ports: readonly HostPort[];
}
/** Node labels Istio copies onto a pod's endpoint (locality and host name). */
export declare const NODE_LOCALITY_LABELS: readonly string[];
export { DEFAULT_ROOT_NAMESPACE };
/** The MeshConfig settings analyzers need, read from IstioOperator documents or the `istio` ConfigMap. */
export interface MeshSettings {
    readonly rootNamespace: string;
    /** meshConfig.defaultProviders.accessLogging, or undefined when no MeshConfig is in the inputs. */
    readonly defaultAccessLogProviders: readonly string[] | undefined;
}
/** Where a MeshConfig document was found: the object and the field path of the MeshConfig inside it. */
export interface MeshConfigSource {
    readonly res: Resource;
    readonly path: string;
    readonly meshConfig: Json;
}
/** How analysis treats what is not in its inputs. */
export interface AnalysisOptions {
    /**
     * Treat the inputs as the whole cluster, as `istioctl analyze` does offline: Services, workloads, Nodes, Secrets,
     * Gateways and Namespaces that are not in the inputs do not exist, so references to them are findings. When
     * false (synth's default), a reference into a namespace the inputs say nothing about is left alone: another
     * tool may deploy that part of the cluster.
     * @default false
     */
    readonly closedWorld?: boolean;
}
export declare class MeshModel {
    readonly closedWorld: boolean;
    readonly namespaces: Map<string, Resource>;
    readonly services: Resource[];
    readonly workloads: Workload[];
    readonly virtualServices: Resource[];
    readonly destinationRules: Resource[];
    readonly serviceEntries: Resource[];
    readonly sidecars: Resource[];
    /** Istio Gateways (networking.istio.io). */
    readonly gateways: Resource[];
    /** Gateway API Gateways (gateway.networking.k8s.io). */
    readonly gatewayApiGateways: Resource[];
    /** Gateway API routes that attach to parents: HTTPRoute, GRPCRoute. */
    readonly gatewayApiRoutes: Resource[];
    readonly telemetries: Resource[];
    readonly peerAuthentications: Resource[];
    readonly authorizationPolicies: Resource[];
    /** Flagger (flagger.app) and Argo Rollouts (argoproj.io) objects, for the progressive-delivery analyzer. */
    readonly progressiveDelivery: Resource[];
    /** Secrets by `ns/name` (their contents are not read). */
    readonly secrets: Set<string>;
    readonly namespacesWithSecrets: Set<string>;
    /** Node labels by node name. */
    readonly nodeLabels: Map<string, StringMap>;
    readonly meshConfigSources: MeshConfigSource[];
    /** networking.k8s.io Ingresses (their controllers usually run outside the mesh). */
    readonly ingresses: Resource[];
    /** `sidecarInjectorWebhook.enableNamespacesByDefault` of the `istio-sidecar-injector` ConfigMap's values. */
    injectNamespacesByDefault: boolean;
    /** Pods and pod templates by namespace and labels. */
    readonly workloadIndex: LabelIndex<Workload>;
    /** scope → fqdn → entry, scope being a namespace or `*` (Istio's ScopedFqdn). */
    private readonly scopedHosts;
    readonly wildcardHosts: {
        readonly scope: string;
        readonly entry: HostEntry;
    }[];
    /** Kubernetes Services by FQDN. */
    readonly serviceByFqdn: Map<string, Resource>;
    /** Every Service / ServiceEntry host, for the DestinationRule host check. */
    readonly knownHosts: Set<string>;
    readonly namespacesWithServices: Set<string>;
    readonly mesh: MeshSettings;
    constructor(objs: readonly object[], options?: AnalysisOptions);
    get hasServiceEntries(): boolean;
    /**
     * Whether the inputs describe this namespace (hold its Services or its Namespace object), so that a missing
     * Service there is a real gap and not an object another tool deploys.
     */
    holdsServicesOf(namespace: string): boolean;
    /** Whether the inputs hold this namespace's workloads (or its Namespace object). */
    holdsWorkloadsOf(namespace: string): boolean;
    /** Whether the inputs hold this namespace's Secrets: a credential missing there is a real gap. */
    holdsSecretsOf(namespace: string): boolean;
    /** Whether the inputs say which namespaces exist (closed world: they always do). */
    get holdsNamespaces(): boolean;
    /**
     * A workload's labels as its endpoints carry them: the pod's own, plus the locality labels of the Node it runs on
     * (when the inputs hold that Node).
     */
    endpointLabels(w: Workload): StringMap;
    /** Istio's GetDestinationHost: the Service/ServiceEntry a destination host names, seen from a namespace. */
    lookupHost(sourceNamespace: string, exportTo: readonly unknown[], host: string): HostEntry | undefined;
    private classify;
    private addWorkload;
    private addSecret;
    private addConfigMap;
    private addService;
    private addServiceEntry;
    private addScopedHost;
    private readMeshSettings;
}
