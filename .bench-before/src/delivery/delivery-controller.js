"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DeliveryController = void 0;
/** Which controller moves the traffic. */
var DeliveryController;
(function (DeliveryController) {
    /** No controller: the routing objects hold the weights given in the props (`canaryWeight`). */
    DeliveryController["STATIC"] = "static";
    /** Flagger (flagger.app/v1beta1 Canary): it creates the primary Deployment, the Services and the routing. */
    DeliveryController["FLAGGER"] = "flagger";
    /** Argo Rollouts (argoproj.io/v1alpha1 Rollout): it patches the weights of the VirtualService emitted here. */
    DeliveryController["ARGO_ROLLOUTS"] = "argo-rollouts";
})(DeliveryController || (exports.DeliveryController = DeliveryController = {}));
//# sourceMappingURL=delivery-controller.js.map