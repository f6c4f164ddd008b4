"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ProblemKind = exports.StepAction = exports.checkTransition = exports.sourced = exports.objectKey = void 0;
/** Version changes that never drop a request: `check-transition`'s replay of `kubectl apply`. */
var cluster_state_1 = require("./cluster-state");
Object.defineProperty(exports, "objectKey", { enumerable: true, get: function () { return cluster_state_1.objectKey; } });
Object.defineProperty(exports, "sourced", { enumerable: true, get: function () { return cluster_state_1.sourced; } });
var simulate_1 = require("./simulate");
Object.defineProperty(exports, "checkTransition", { enumerable: true, get: function () { return simulate_1.checkTransition; } });
Object.defineProperty(exports, "StepAction", { enumerable: true, get: function () { return simulate_1.StepAction; } });
var traffic_1 = require("./traffic");
Object.defineProperty(exports, "ProblemKind", { enumerable: true, get: function () { return traffic_1.ProblemKind; } });
//# sourceMappingURL=index.js.map