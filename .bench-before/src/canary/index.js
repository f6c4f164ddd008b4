"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.PodCount = exports.DisruptionBudget = exports.RolloutStrategy = exports.LifecycleHook = exports.UnsatisfiableAction = exports.TolerationOperator = exports.TaintEffect = exports.Affinity = exports.Volume = void 0;
// Public surface of src/canary.
__exportStar(require("./canary-service"), exports);
__exportStar(require("./canary-service-version"), exports);
__exportStar(require("./protocol"), exports);
__exportStar(require("./string-match"), exports);
__exportStar(require("./route-match"), exports);
__exportStar(require("./retry-policy"), exports);
__exportStar(require("./traffic-policy"), exports);
__exportStar(require("./resources"), exports);
__exportStar(require("./probe"), exports);
__exportStar(require("./env-value"), exports);
var volume_1 = require("./volume");
Object.defineProperty(exports, "Volume", { enumerable: true, get: function () { return volume_1.Volume; } });
var placement_1 = require("./placement");
Object.defineProperty(exports, "Affinity", { enumerable: true, get: function () { return placement_1.Affinity; } });
Object.defineProperty(exports, "TaintEffect", { enumerable: true, get: function () { return placement_1.TaintEffect; } });
Object.defineProperty(exports, "TolerationOperator", { enumerable: true, get: function () { return placement_1.TolerationOperator; } });
Object.defineProperty(exports, "UnsatisfiableAction", { enumerable: true, get: function () { return placement_1.UnsatisfiableAction; } });
var lifecycle_hook_1 = require("./lifecycle-hook");
Object.defineProperty(exports, "LifecycleHook", { enumerable: true, get: function () { return lifecycle_hook_1.LifecycleHook; } });
var rollout_strategy_1 = require("./rollout-strategy");
Object.defineProperty(exports, "RolloutStrategy", { enumerable: true, get: function () { return rollout_strategy_1.RolloutStrategy; } });
var disruption_budget_1 = require("./disruption-budget");
Object.defineProperty(exports, "DisruptionBudget", { enumerable: true, get: function () { return disruption_budget_1.DisruptionBudget; } });
var pod_count_1 = require("./pod-count");
Object.defineProperty(exports, "PodCount", { enumerable: true, get: function () { return pod_count_1.PodCount; } });
__exportStar(require("./promotion"), exports);
//# sourceMappingURL=index.js.map