"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkAutoscaling = checkAutoscaling;
const prop_errors_1 = require("../shared/prop-errors");
function checkAutoscaling(errors, prop, a, defaultMin) {
    if (typeof a !== 'object' || a === null)
        throw errors.mustBe(prop, 'an Autoscaling ({ minReplicas, maxReplicas, targetCpuUtilization })', a);
    const minReplicas = (0, prop_errors_1.checkInteger)(errors, `${prop}.minReplicas`, a.minReplicas ?? defaultMin, 1, 2147483647);
    const maxReplicas = (0, prop_errors_1.checkInteger)(errors, `${prop}.maxReplicas`, a.maxReplicas, 1, 2147483647);
    if (maxReplicas < minReplicas)
        throw errors.mustBe(`${prop}.maxReplicas`, `at least 'minReplicas' (${minReplicas})`, maxReplicas);
    const targetCpuUtilization = (0, prop_errors_1.checkInteger)(errors, `${prop}.targetCpuUtilization`, a.targetCpuUtilization ?? 80, 1, 2147483647);
    return { minReplicas, maxReplicas, targetCpuUtilization };
}
//# sourceMappingURL=autoscaling.js.map