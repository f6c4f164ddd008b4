"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Delivery = void 0;
const delivery_controller_1 = require("./delivery-controller");
const progression_1 = require("./progression");
/** The controller that moves a CanaryService's traffic, and its progression. */
class Delivery {
    controller;
    props;
    /** The routing objects hold the props' weights; changing them is a new synth (the default). */
    static static() {
        return new Delivery(delivery_controller_1.DeliveryController.STATIC, {});
    }
    /**
     * Flagger promotes the canary: emits the target Deployment and a Canary (and, in ambient namespaces, the
     * MetricTemplates), and none of the objects Flagger creates itself.
     */
    static flagger(props = {}) {
        return new Delivery(delivery_controller_1.DeliveryController.FLAGGER, props);
    }
    /**
     * Argo Rollouts promotes the canary: emits a Rollout, the VirtualService and DestinationRule shaped the way
     * Argo patches them (subsets `stable` and `canary`), and an AnalysisTemplate with the metric gates.
     */
    static argoRollouts(props = {}) {
        return new Delivery(delivery_controller_1.DeliveryController.ARGO_ROLLOUTS, props);
    }
    constructor(
    /** The controller. */
    controller, props) {
        this.controller = controller;
        this.props = props;
    }
    /** @internal Checks the props (errors name `delivery.<prop>`) and returns the progression as data. */
    _progression(errors) {
        return (0, progression_1.checkProgression)(errors, this.controller, this.props);
    }
}
exports.Delivery = Delivery;
//# sourceMappingURL=delivery.js.map