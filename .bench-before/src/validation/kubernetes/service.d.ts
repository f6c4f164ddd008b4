/** Service (KUBERNETES-VALIDATION-RULES.md §10). */
import { SchemaRun } from '../schema/run';
import { Obj } from '../util/plain-json';
export declare function checkService(o: Obj, run: SchemaRun): void;
