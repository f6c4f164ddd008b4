/**
 * Field checks shared by the Kubernetes core kinds, worded like the API server's field errors
 * (`<path>: Invalid value: <value>: <detail>`; see KUBERNETES-VALIDATION-RULES.md §0).
 */
import { SchemaRun } from '../schema/run';
import { invalid, REQUIRED, unsupported } from '../schema/messages';
import { Obj } from '../util/plain-json';
export { invalid, REQUIRED, unsupported };
/** Go's validation.IsValidPortName (IANA_SVC_NAME): the reasons a port name is invalid, [] when fine. */
export declare function portNameErrors(name: string): string[];
export declare function checkPortNumber(run: SchemaRun, path: string, value: unknown, required: boolean): void;
/** A port given as a number (1-65535) or an IANA port name (probe ports, Service targetPort). */
export declare function checkNumberOrPortName(run: SchemaRun, path: string, value: unknown): void;
export declare function checkNonNegative(run: SchemaRun, path: string, value: unknown): void;
export declare function checkEnum(run: SchemaRun, path: string, value: unknown, allowed: readonly string[]): void;
/** An int-or-percent field (`25%`, `1`); returns the percent (or undefined when it is an integer or invalid). */
export declare function checkIntOrPercent(run: SchemaRun, path: string, value: unknown): number | undefined;
/** The items of a list field that are objects, with their index. */
export declare function objectItems(v: unknown): [Obj, number][];
