/**
 * The public types of ingress attachment (`CanaryService.exposeVia`), in a module of their own so that the routing
 * index can `export *` them: jsii sees only value exports, and `export { Interface }` is not allowed under the
 * isolatedModules setting the tests compile with.
 */
/** Where a Gateway API route attaches: a `Gateway` (group gateway.networking.k8s.io), optionally one listener. */
export interface GatewayParentRef {
    /** The Gateway's name. */
    readonly name: string;
    /** The Gateway's namespace. */
    readonly namespace: string;
    /**
     * The listener the routes attach to.
     * @default - every listener whose hostname and allowed routes admit the route
     */
    readonly sectionName?: string;
}
/** An ingress gateway a CanaryService can be exposed through. */
export interface IIngressGateway {
    /** The parentRef for HTTPRoutes, when the gateway is a Gateway API `Gateway`; undefined otherwise. */
    gatewayApiParentRef(): GatewayParentRef | undefined;
    /** `<namespace>/<name>` of an Istio `Gateway` (networking.istio.io), when it is one; undefined otherwise. */
    istioGatewayName(): string | undefined;
}
/** Options of `CanaryService.exposeVia`. */
export interface ExposeOptions {
    /** The host names clients use at the edge (e.g. `billing.example.com`). */
    readonly hostnames: string[];
    /**
     * Only requests whose path is this prefix, or starts with it followed by `/`, are routed (path-separated, as
     * Gateway API's `PathPrefix`); e.g. `/billing` takes `/billing` and `/billing/x`, not `/billingx`.
     * @default - every path
     */
    readonly pathPrefix?: string;
}
