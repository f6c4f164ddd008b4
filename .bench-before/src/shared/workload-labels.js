"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.workloadLabels = workloadLabels;
/**
 * The pod labels every workload this library creates carries: `app`/`version` (Istio's DR subsets and
 * Kiali read them) and their `app.kubernetes.io/*` twins (Istio's canonical service name and revision).
 */
function workloadLabels(app, version) {
    return {
        'app': app,
        'version': version,
        'app.kubernetes.io/name': app,
        'app.kubernetes.io/version': version,
    };
}
//# sourceMappingURL=workload-labels.js.map