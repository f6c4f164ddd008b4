/** ConfigMap, Secret and Namespace (KUBERNETES-VALIDATION-RULES.md §13). */
import { SchemaRun } from '../schema/run';
import { Obj } from '../util/plain-json';
export declare function checkConfigMap(o: Obj, run: SchemaRun): void;
export declare function checkSecret(o: Obj, run: SchemaRun): void;
export declare function checkNamespace(o: Obj, run: SchemaRun): void;
