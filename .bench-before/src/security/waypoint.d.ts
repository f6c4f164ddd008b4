import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
/** Which traffic a waypoint handles (`istio.io/waypoint-for`). */
export declare enum WaypointTrafficType {
    /** Traffic addressed to Services that use the waypoint (Istio's default). */
    SERVICE = "service",
    /** Traffic addressed to pods that use the waypoint directly. */
    WORKLOAD = "workload",
    /** Both. */
    ALL = "all"
}
/** Props of a Waypoint. */
export interface WaypointProps {
    /**
     * The Gateway's name; istiod names the waypoint's Deployment, Service and ServiceAccount the same.
     * @default 'waypoint'
     */
    readonly name?: string;
    /**
     * The namespace the waypoint runs in.
     * @default - the chart's namespace
     */
    readonly namespace?: string;
    /**
     * Which traffic the waypoint handles.
     * @default WaypointTrafficType.SERVICE
     */
    readonly trafficType?: WaypointTrafficType;
}
/**
 * An ambient-mode waypoint: the L7 proxy (a Gateway of class `istio-waypoint`, deployed by istiod) that applies
 * HTTP routes and L7 policies for the services that use it. Services use it through the `istio.io/use-waypoint`
 * label on themselves or their Namespace (`StrictMtlsNamespace` with `waypoint: true` does both in one go).
 * A CanaryService created after this in the same namespace labels its Services when the Namespace does not.
 */
export declare class Waypoint extends Construct {
    /** The Gateway's (and the waypoint workload's) name. */
    readonly name: string;
    /** The namespace the waypoint runs in. */
    readonly namespace: string;
    readonly trafficType: WaypointTrafficType;
    /** The Gateway object. */
    readonly gateway: ApiObject;
    constructor(scope: Construct, id: string, props?: WaypointProps);
    /** The waypoint's mTLS identity (its ServiceAccount is named like the Gateway). */
    principal(trustDomain: string): string;
}
