"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.deliveryName = deliveryName;
exports.checkControlled = checkControlled;
exports.checkControlledAttachment = checkControlledAttachment;
const routing_api_1 = require("../routing/routing-api");
const delivery_controller_1 = require("./delivery-controller");
/** How the delivery is written in the props, for messages. */
function deliveryName(controller) {
    return controller === delivery_controller_1.DeliveryController.FLAGGER ? 'Delivery.flagger()' : 'Delivery.argoRollouts()';
}
function checkControlled(errors, props, controller) {
    const by = deliveryName(controller);
    if ((props.canaryWeight ?? 0) !== 0) {
        throw errors.mustBe('canaryWeight', `0 with ${by}: the controller sets the weights (give the steps as 'delivery.stepWeights', ` +
            "or 'delivery.stepWeight' and 'delivery.maxWeight')", props.canaryWeight);
    }
    if ((props.canaryMirrorPercent ?? 0) !== 0) {
        throw errors.mustBe('canaryMirrorPercent', `0 with ${by}: the controller runs the mirroring stage (use 'delivery.mirrorPercent')`, props.canaryMirrorPercent);
    }
    if (props.retiring !== undefined) {
        throw errors.mustBe('retiring', `left out with ${by}: the controller keeps the running version until it promotes the new one`, props.retiring?.version);
    }
    for (const role of ['stable', 'canary']) {
        const version = props[role];
        // The controller owns the replicas of what it rolls out (Flagger: autoscalerRef; Argo: the Rollout's own scaling).
        if (version?.autoscaling !== undefined) {
            throw errors.mustBe(`${role}.autoscaling`, `left out with ${by}: the controller scales the versions it rolls out`, 'an Autoscaling');
        }
        if (version?.disruptionBudget !== undefined) {
            throw errors.mustBe(`${role}.disruptionBudget`, `left out with ${by}: the controller's workloads get no PodDisruptionBudget from this library`, 'a DisruptionBudget');
        }
    }
    if (props.routingApi !== undefined && props.routingApi !== routing_api_1.RoutingApi.ISTIO) {
        throw errors.mustBe('routingApi', `RoutingApi.ISTIO (or left out) with ${by}: this library drives the controller through Istio's ` +
            'VirtualService', props.routingApi);
    }
}
/** exposeVia() under a controller: an Istio Gateway, and with Flagger no path prefix. */
function checkControlledAttachment(errors, controller, attachment) {
    const by = deliveryName(controller);
    if (attachment.parentRef) {
        throw errors.about('exposeVia', `needs an Istio Gateway with ${by} (got the Gateway API Gateway "${attachment.parentRef.name}"): ` +
            "the controller's routing is a VirtualService, which binds to Istio Gateways only");
    }
    if (controller === delivery_controller_1.DeliveryController.FLAGGER && attachment.pathPrefix !== undefined) {
        throw errors.about('exposeVia', `cannot take 'pathPrefix' (${JSON.stringify(attachment.pathPrefix)}) with ${by}: Flagger's ` +
            'service.match applies to the mesh as well as to the gateway; leave it out, or use Delivery.argoRollouts()');
    }
}
//# sourceMappingURL=controlled-props.js.map