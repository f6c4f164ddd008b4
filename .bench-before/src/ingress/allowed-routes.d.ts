/**
 * Which namespaces may attach routes to a listener (`allowedRoutes.namespaces`). An HTTPRoute in another
 * namespace than the Gateway needs `allNamespaces()` or `namespacesWithLabels(...)`.
 */
export declare class AllowedRoutes {
    private readonly from;
    private readonly labels;
    /** Routes in the Gateway's own namespace only (Gateway API's default, `from: Same`). */
    static sameNamespace(): AllowedRoutes;
    /** Routes in every namespace (`from: All`). */
    static allNamespaces(): AllowedRoutes;
    /** Routes in namespaces whose labels contain all of these (`from: Selector`). */
    static namespacesWithLabels(labels: {
        [key: string]: string;
    }): AllowedRoutes;
    private constructor();
}
