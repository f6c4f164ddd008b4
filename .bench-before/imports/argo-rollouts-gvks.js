"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CLUSTER_ANALYSIS_TEMPLATE_GVK = exports.ANALYSIS_TEMPLATE_GVK = exports.ROLLOUT_GVK = void 0;
/** apiVersion and kind of argoproj.io Rollout. */
exports.ROLLOUT_GVK = { apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout' };
/** apiVersion and kind of argoproj.io AnalysisTemplate. */
exports.ANALYSIS_TEMPLATE_GVK = { apiVersion: 'argoproj.io/v1alpha1', kind: 'AnalysisTemplate' };
/** apiVersion and kind of argoproj.io ClusterAnalysisTemplate. */
exports.CLUSTER_ANALYSIS_TEMPLATE_GVK = { apiVersion: 'argoproj.io/v1alpha1', kind: 'ClusterAnalysisTemplate' };
//# sourceMappingURL=argo-rollouts-gvks.js.map