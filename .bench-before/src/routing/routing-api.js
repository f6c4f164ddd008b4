"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RoutingApi = void 0;
/** Which API carries a CanaryService's routing. */
var RoutingApi;
(function (RoutingApi) {
    /** Istio's VirtualService + DestinationRule subsets (the sidecar data plane's classic API). */
    RoutingApi["ISTIO"] = "istio";
    /**
     * Gateway API: an HTTPRoute attached to the Service (GAMMA), one Service per version instead of subsets.
     * The API ambient waypoints support (HTTP protocols only: the standard channel has no TCPRoute).
     */
    RoutingApi["GATEWAY_API"] = "gateway-api";
})(RoutingApi || (exports.RoutingApi = RoutingApi = {}));
//# sourceMappingURL=routing-api.js.map