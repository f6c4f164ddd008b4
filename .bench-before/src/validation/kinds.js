"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.KUBERNETES_KINDS = exports.ARGO_GROUP = exports.FLAGGER_GROUP = exports.GATEWAY_API_GROUP = exports.KindFamily = void 0;
exports.kindFamilyOf = kindFamilyOf;
exports.isValidatedKind = isValidatedKind;
/**
 * Which objects the validator checks, by kind family: Istio, Gateway API (v1.5.1 standard channel), the Kubernetes
 * core kinds, Flagger and Argo Rollouts. Everything else (other CRDs, other core kinds) is not validated.
 */
const istio_kinds_1 = require("./istio-kinds");
var KindFamily;
(function (KindFamily) {
    KindFamily["ISTIO"] = "istio";
    KindFamily["GATEWAY_API"] = "gateway-api";
    KindFamily["KUBERNETES"] = "kubernetes";
    KindFamily["FLAGGER"] = "flagger";
    KindFamily["ARGO_ROLLOUTS"] = "argo-rollouts";
})(KindFamily || (exports.KindFamily = KindFamily = {}));
exports.GATEWAY_API_GROUP = 'gateway.networking.k8s.io';
exports.FLAGGER_GROUP = 'flagger.app';
exports.ARGO_GROUP = 'argoproj.io';
/** Groups whose every kind belongs to one family (an unknown kind there is an error the API server would give). */
const CLOSED_GROUPS = new Map([
    ...istio_kinds_1.ISTIO_API_GROUPS.map((g) => [g, KindFamily.ISTIO]),
    [exports.GATEWAY_API_GROUP, KindFamily.GATEWAY_API],
    [exports.FLAGGER_GROUP, KindFamily.FLAGGER],
]);
/**
 * Argo Rollouts shares argoproj.io with Argo CD and Argo Workflows, so only its own kinds are claimed.
 */
const ARGO_ROLLOUTS_KINDS = new Set([
    'Rollout', 'AnalysisTemplate', 'ClusterAnalysisTemplate', 'AnalysisRun', 'Experiment',
]);
/** The Kubernetes core kinds validated, by apiVersion (the versions Kubernetes 1.33 serves for them). */
exports.KUBERNETES_KINDS = {
    'v1': ['Pod', 'Service', 'ServiceAccount', 'Namespace', 'ConfigMap', 'Secret'],
    'apps/v1': ['Deployment', 'StatefulSet', 'DaemonSet'],
    'policy/v1': ['PodDisruptionBudget'],
    'autoscaling/v2': ['HorizontalPodAutoscaler'],
    'batch/v1': ['Job', 'CronJob'],
};
/** The family that validates a plain object, or undefined when none does. */
function kindFamilyOf(obj) {
    if (obj === null || typeof obj !== 'object')
        return undefined;
    const { apiVersion, kind } = obj;
    if (typeof apiVersion !== 'string')
        return undefined;
    const closed = CLOSED_GROUPS.get((0, istio_kinds_1.apiGroupOf)(apiVersion));
    if (closed)
        return closed;
    if (typeof kind !== 'string')
        return undefined;
    if ((0, istio_kinds_1.apiGroupOf)(apiVersion) === exports.ARGO_GROUP)
        return ARGO_ROLLOUTS_KINDS.has(kind) ? KindFamily.ARGO_ROLLOUTS : undefined;
    return exports.KUBERNETES_KINDS[apiVersion]?.includes(kind) ? KindFamily.KUBERNETES : undefined;
}
/** True for the objects `validateObject` checks (the synth hook and the CLI count these as validated). */
function isValidatedKind(obj) {
    return kindFamilyOf(obj) !== undefined;
}
//# sourceMappingURL=kinds.js.map