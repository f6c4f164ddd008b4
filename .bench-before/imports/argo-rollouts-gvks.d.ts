import { GroupVersionKind } from 'cdk8s';
/** apiVersion and kind of argoproj.io Rollout. */
export declare const ROLLOUT_GVK: GroupVersionKind;
/** apiVersion and kind of argoproj.io AnalysisTemplate. */
export declare const ANALYSIS_TEMPLATE_GVK: GroupVersionKind;
/** apiVersion and kind of argoproj.io ClusterAnalysisTemplate. */
export declare const CLUSTER_ANALYSIS_TEMPLATE_GVK: GroupVersionKind;
