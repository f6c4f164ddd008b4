/**
 * Which traffic a cluster state fails to serve: every route (a VirtualService or HTTPRoute destination that gets
 * traffic, and every Service itself, as kube-proxy routes to its selected pods) must name a Service that exists,
 * a port it exposes, a DestinationRule subset that is defined, and pods that exist (a Deployment or StatefulSet
 * with replicas > 0 whose pod template carries the Service's selector and the subset's labels, and the named
 * target port).
 *
 * Only what the inputs describe is judged: a Service, DestinationRule or workload namespace that neither `<from>`
 * nor `<to>` holds belongs to another tool and counts as present. Only traffic that exists before the apply is
 * judged (see `carriesTraffic`), so a brand-new service whose objects arrive in any order is not a finding.
 *
 * The model is updated object by object and re-checks only the routes that depend on the changed object (a
 * Service, the DestinationRules of its host, the workloads of its namespace), so a replay costs about the
 * number of objects times the routes each change touches, not the number of objects squared.
 */
import { SourcedObject } from './cluster-state';
import { Resource } from '../validation/analysis/resource';
export declare enum ProblemKind {
    SERVICE_MISSING = "service-missing",
    PORT_MISSING = "port-missing",
    SUBSET_MISSING = "subset-missing",
    NO_PODS = "no-pods"
}
/** One route that the state does not serve. */
export interface TrafficProblem {
    /** Identity of the problem across states: route object, field path, kind and target. */
    readonly id: string;
    readonly kind: ProblemKind;
    /** Key of the route object (the VirtualService, HTTPRoute or Service) and the version of it the state holds. */
    readonly routeKey: string;
    readonly route: SourcedObject;
    readonly path: string;
    /** What the route asks for and what is missing, in words. */
    readonly detail: string;
    /** Namespace and name of the Service the route sends traffic to. */
    readonly targetNamespace: string;
    readonly targetService: string;
}
/** Routes, as opposed to what routes point at: kubectl's prune may delete them after their targets. */
export declare function isRoute(res: Resource): boolean;
/** What both ends of the transition describe: only these Services, hosts and namespaces are judged. */
export declare class Described {
    private readonly services;
    private readonly subsetHosts;
    private readonly workloadNamespaces;
    constructor(objects: Iterable<SourcedObject>);
    service(nsName: string): boolean;
    subsetsOf(nsName: string): boolean;
    workloadsIn(namespace: string): boolean;
}
/** The objects of one moment of the replay, and the problems of their routes. */
export declare class TrafficModel {
    private readonly fromKeys;
    private readonly described;
    /** A model of `objects`, judged against the traffic that `fromKeys` (the keys of `<from>`) carried. */
    static load(objects: readonly SourcedObject[], fromKeys: ReadonlySet<string>, described: Described): TrafficModel;
    private readonly objects;
    private readonly services;
    /** host key (`ns/name`) → DestinationRule key → subset name → labels. */
    private readonly subsets;
    /** namespace → workload key → its pods (only workloads with replicas > 0). */
    private readonly pods;
    private readonly problemsByRoute;
    private readonly dependents;
    private readonly tokensOf;
    private constructor();
    get(key: string): SourcedObject | undefined;
    /** Writes an object (create or replace), as `kubectl apply` does. */
    put(object: SourcedObject): void;
    remove(key: string): void;
    /** Every problem of the current state, by id. */
    problems(): Map<string, TrafficProblem>;
    private index;
    private unindex;
    /** Re-checks the object itself (when it is a route or a Service) and every route that depends on it. */
    private refresh;
    private evaluate;
}
