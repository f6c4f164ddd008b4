import { GroupVersionKind } from 'cdk8s';
/** apiVersion and kind of flagger.app MetricTemplate. */
export declare const METRIC_TEMPLATE_GVK: GroupVersionKind;
