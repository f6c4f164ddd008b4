"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RolloutStrategy = void 0;
const pod_count_1 = require("./pod-count");
/** How a version's Deployment replaces its pods when the pod template changes (`spec.strategy`). */
class RolloutStrategy {
    recreateAll;
    options;
    /** Replace pods a few at a time (Kubernetes' default). */
    static rollingUpdate(options = {}) {
        return new RolloutStrategy(false, options);
    }
    /** Stop every old pod before starting new ones (the version's subset is empty meanwhile: its traffic gets 503). */
    static recreate() {
        return new RolloutStrategy(true, {});
    }
    constructor(recreateAll, options) {
        this.recreateAll = recreateAll;
        this.options = options;
    }
    /** @internal */
    _toKube(errors, prop) {
        if (this.recreateAll)
            return { type: 'Recreate' };
        const o = this.options ?? {};
        const maxSurge = o.maxSurge === undefined ? undefined : (0, pod_count_1.podCount)(errors, `${prop}.maxSurge`, o.maxSurge);
        const maxUnavailable = o.maxUnavailable === undefined ? undefined : (0, pod_count_1.podCount)(errors, `${prop}.maxUnavailable`, o.maxUnavailable);
        if (maxSurge !== undefined && maxUnavailable !== undefined && (0, pod_count_1.isZeroCount)(maxSurge) && (0, pod_count_1.isZeroCount)(maxUnavailable)) {
            throw errors.mustBe(`${prop}.maxUnavailable`, "more than 0 when 'maxSurge' is 0 (the update could never make progress)", maxUnavailable);
        }
        const rollingUpdate = { ...(maxSurge !== undefined ? { maxSurge } : {}), ...(maxUnavailable !== undefined ? { maxUnavailable } : {}) };
        return { type: 'RollingUpdate', ...(Object.keys(rollingUpdate).length > 0 ? { rollingUpdate } : {}) };
    }
}
exports.RolloutStrategy = RolloutStrategy;
//# sourceMappingURL=rollout-strategy.js.map