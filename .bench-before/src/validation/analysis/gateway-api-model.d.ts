import { MeshModel } from './model';
import { Resource } from './resource';
export declare const GATEWAY_API_GROUP = "gateway.networking.k8s.io";
/** A parentRef or backendRef with its defaults applied and its field path. */
export interface ObjectRefOfRoute {
    readonly group: string;
    /** Whether the group was left out (and is the CRD default). */
    readonly groupDefaulted: boolean;
    readonly kind: string;
    readonly name: string;
    readonly namespace: string;
    readonly port: number | undefined;
    readonly path: string;
}
export declare function parentRefsOf(route: Resource): ObjectRefOfRoute[];
export declare function backendRefsOf(route: Resource): ObjectRefOfRoute[];
/** Whether a ref is Istio's Service parent (Istio looks the group up literally: only "" is the core group). */
export declare function isServiceRef(ref: ObjectRefOfRoute): boolean;
/** Where the L7 processing of an ambient Service happens, if anywhere. */
export type WaypointUse = {
    readonly state: 'not-ambient';
} | {
    readonly state: 'bound';
    readonly waypoint: Resource;
} | {
    readonly state: 'missing';
    readonly reason: string;
};
export declare class GatewayApiModel {
    private readonly model;
    private readonly waypoints;
    constructor(model: MeshModel);
    /** Routes with at least one Service parent. */
    get meshRoutes(): Resource[];
    /**
     * For a Service in an ambient namespace (per its Namespace object in the inputs): the waypoint it uses, or why
     * it has none there (no use-waypoint label on it or its Namespace, `none`, or a waypoint the inputs lack).
     */
    waypointOf(service: Resource): WaypointUse;
    /** The Kubernetes Service a mesh host names, if the inputs hold it. */
    serviceOfHost(namespace: string, host: string): Resource | undefined;
}
