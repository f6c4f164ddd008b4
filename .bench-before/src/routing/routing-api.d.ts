/** Which API carries a CanaryService's routing. */
export declare enum RoutingApi {
    /** Istio's VirtualService + DestinationRule subsets (the sidecar data plane's classic API). */
    ISTIO = "istio",
    /**
     * Gateway API: an HTTPRoute attached to the Service (GAMMA), one Service per version instead of subsets.
     * The API ambient waypoints support (HTTP protocols only: the standard channel has no TCPRoute).
     */
    GATEWAY_API = "gateway-api"
}
