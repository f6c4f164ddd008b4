/** PodDisruptionBudget policy/v1 and HorizontalPodAutoscaler autoscaling/v2 (KUBERNETES-VALIDATION-RULES.md §11-§12). */
import { SchemaRun } from '../schema/run';
import { Obj } from '../util/plain-json';
export declare function checkPodDisruptionBudget(o: Obj, run: SchemaRun): void;
export declare function checkHorizontalPodAutoscaler(o: Obj, run: SchemaRun): void;
