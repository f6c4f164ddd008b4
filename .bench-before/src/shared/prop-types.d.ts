import { PropErrors } from './prop-errors';
/** Not set: undefined, or null from JavaScript callers. */
export declare function unset(value: unknown): value is undefined | null;
export declare function optionalString(errors: PropErrors, prop: string, value: unknown): string | undefined;
export declare function requiredString(errors: PropErrors, prop: string, value: unknown): string;
/** A finite number (integer checks and ranges stay with the construct, which knows them). */
export declare function optionalNumber(errors: PropErrors, prop: string, value: unknown): number | undefined;
export declare function optionalBoolean(errors: PropErrors, prop: string, value: unknown): boolean | undefined;
/** One of the enum's values; `enumName` names the enum in the message (`AccessLogEncoding.JSON or ...`). */
export declare function optionalEnum<T>(errors: PropErrors, prop: string, enumName: string, values: object, value: unknown): T | undefined;
/** An instance of `type` (a value class made by its factories, or a cdk8s `Duration`/`Size`). */
export declare function optionalInstance<T>(errors: PropErrors, prop: string, type: {
    prototype: T;
}, what: string, value: unknown): T | undefined;
/** A plain object (not an array, not a class instance): a props interface or a map. */
export declare function optionalObject(errors: PropErrors, prop: string, value: unknown, what?: string): {
    [key: string]: unknown;
} | undefined;
/**
 * The props object itself: `{}` when not given, otherwise a shallow copy without the props set to null, so that the
 * construct's `props.x !== undefined` and `props.x ?? default` treat null as "not set".
 */
export declare function propsObject<T extends object>(errors: PropErrors, props: T | null | undefined): T;
/** A map of strings (labels, annotations, selectors); every value is checked and named (`labels.team`). */
export declare function optionalStringMap(errors: PropErrors, prop: string, value: unknown): {
    [key: string]: string;
} | undefined;
/** An array whose items pass `item` (called with the item's prop name, `prop[i]`). */
export declare function optionalArray<T>(errors: PropErrors, prop: string, value: unknown, item: (itemProp: string, v: unknown) => T): T[] | undefined;
/**
 * Arguments of value-class factories (`RouteMatch.header(name, match)`): the same checks, with errors that name the
 * factory and the parameter: `RouteMatch.header: 'name' must be a string, got 0`.
 */
export declare class FactoryArgs {
    private readonly errors;
    constructor(factory: string);
    error(param: string, allowed: string, got: unknown): Error;
    string(param: string, value: unknown): string;
    instance<T>(param: string, type: {
        prototype: T;
    }, what: string, value: unknown): T;
    /** Optional (undefined or null: not given) instance. */
    optionalInstance<T>(param: string, type: {
        prototype: T;
    }, what: string, value: unknown): T | undefined;
    stringMap(param: string, value: unknown): {
        [key: string]: string;
    };
}
