import { JsonSchema } from './schema-types';
/** Number of Unicode code points (the API server counts characters, not UTF-16 units or bytes). */
export declare function codePointLength(s: string): number;
/** True when a JSON value has the schema's `type` (integers may be written 1.0, as JSON allows). */
export declare function typeMatches(type: string | undefined, v: unknown, intOrString: boolean): boolean;
export declare function expectedTypeName(s: JsonSchema): string;
export type ValueCheck = (v: unknown, path: string) => string | undefined;
/** String keywords except maxLength (which the API server reports as its own, blocking, error type). */
export declare function stringChecks(s: JsonSchema): ValueCheck[];
export declare function numberChecks(s: JsonSchema): ValueCheck[];
/** minItems / minProperties (maxItems / maxProperties are blocking "Too many" errors, handled by the caller). */
export declare function sizeChecks(s: JsonSchema): ValueCheck[];
/** Enum membership by JSON value (enums in the bundle are strings; integers and objects compared by value). */
export declare function enumMember(values: readonly unknown[]): (v: unknown) => boolean;
