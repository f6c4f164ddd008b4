"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DisruptionBudget = void 0;
const pod_count_1 = require("./pod-count");
var BudgetKind;
(function (BudgetKind) {
    BudgetKind[BudgetKind["MAX_UNAVAILABLE"] = 0] = "MAX_UNAVAILABLE";
    BudgetKind[BudgetKind["MIN_AVAILABLE"] = 1] = "MIN_AVAILABLE";
    BudgetKind[BudgetKind["NONE"] = 2] = "NONE";
})(BudgetKind || (BudgetKind = {}));
/**
 * How many pods of a version voluntary disruptions (node drains, cluster upgrades) may take down at once: a
 * PodDisruptionBudget `<name>-<version>` selecting the version's pods.
 */
class DisruptionBudget {
    kind;
    count;
    /** The default: at most one pod of the version evicted at a time. */
    static DEFAULT = DisruptionBudget.maxUnavailable(pod_count_1.PodCount.absolute(1));
    /** At most `count` pods (or percent of them) evicted at a time. */
    static maxUnavailable(count) {
        return new DisruptionBudget(BudgetKind.MAX_UNAVAILABLE, count);
    }
    /**
     * At least `count` pods (or percent of them) kept running. A budget of all the replicas blocks every node
     * drain until someone deletes it.
     */
    static minAvailable(count) {
        return new DisruptionBudget(BudgetKind.MIN_AVAILABLE, count);
    }
    /** No PodDisruptionBudget (a drain may take all the version's pods at once: its subset then answers 503). */
    static none() {
        return new DisruptionBudget(BudgetKind.NONE, undefined);
    }
    constructor(kind, count) {
        this.kind = kind;
        this.count = count;
    }
    /** The spec fields of the budget, or undefined for none(). @internal */
    _toKube(errors, prop) {
        switch (this.kind) {
            case BudgetKind.NONE: return undefined;
            case BudgetKind.MIN_AVAILABLE: return { minAvailable: (0, pod_count_1.podCount)(errors, `${prop}.minAvailable`, this.count) };
            case BudgetKind.MAX_UNAVAILABLE: return { maxUnavailable: (0, pod_count_1.podCount)(errors, `${prop}.maxUnavailable`, this.count) };
        }
    }
}
exports.DisruptionBudget = DisruptionBudget;
//# sourceMappingURL=disruption-budget.js.map