/**
 * Deployment, StatefulSet, DaemonSet, Job, CronJob and Pod: the controller-specific rules on top of the pod spec
 * (KUBERNETES-VALIDATION-RULES.md §5-§9).
 */
import { SchemaRun } from '../schema/run';
import { Obj } from '../util/plain-json';
export declare function checkDeployment(o: Obj, run: SchemaRun): void;
export declare function checkStatefulSet(o: Obj, run: SchemaRun): void;
export declare function checkDaemonSet(o: Obj, run: SchemaRun): void;
export declare function checkJob(o: Obj, run: SchemaRun): void;
export declare function checkCronJob(o: Obj, run: SchemaRun): void;
export declare function checkPod(o: Obj, run: SchemaRun): void;
