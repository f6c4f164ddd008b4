/**
 * Label selectors (metav1.LabelSelector) and the workload rule that the selector must match the pod template's
 * labels (KUBERNETES-VALIDATION-RULES.md §3).
 */
import { SchemaRun } from '../schema/run';
import { Obj } from '../util/plain-json';
/** Label keys and values of a map (selector matchLabels, pod template labels), reported on the map's path. */
export declare function checkLabelMap(labels: unknown, path: string, run: SchemaRun): void;
export declare function checkLabelSelector(selector: Obj, path: string, run: SchemaRun): void;
/**
 * A workload's `spec.selector`: required, not empty, and matching `spec.template.metadata.labels`. `what` names the
 * kind in the API server's message ("deployment", "statefulset", "daemonset").
 */
export declare function checkWorkloadSelector(spec: Obj, run: SchemaRun, what: string): void;
/** Job: the selector is optional (generated), but one that is given must match the template. */
export declare function checkOptionalSelector(spec: Obj, run: SchemaRun): void;
