/**
 * Defensive readers over plain JSON. The webhook and analysis layers run on objects the schema layer may already
 * have rejected (wrong types, nulls, arrays where objects belong); these readers turn anything unreadable into
 * "absent" so every rule simply skips what it cannot judge instead of throwing.
 */
export type Obj = {
    readonly [key: string]: unknown;
};
/** A JSON object (not null, not an array). */
export declare function isObj(v: unknown): v is Obj;
/** The value as an object, or an empty object when absent or of another type. */
export declare function obj(v: unknown): Obj;
/** The value as a list, or an empty list when absent or of another type. */
export declare function list(v: unknown): readonly unknown[];
/** The value as a string, or '' when absent or of another type (protobuf's zero value). */
export declare function str(v: unknown): string;
/** The value as a finite number, or undefined when absent or of another type. */
export declare function num(v: unknown): number | undefined;
/**
 * `Number(v)` for what JSON holds, without running an object's own conversion: NaN for objects and arrays (their
 * `toString`/`valueOf` may be input keys, and `Number({toString: 'x'})` throws).
 */
export declare function toNumber(v: unknown): number;
/** `String(v)` for what JSON holds, without running an object's own conversion: objects and arrays as JSON. */
export declare function toText(v: unknown): string;
/** A protobuf message/oneof field counts as set when the key holds an object (`{}` included). */
export declare function hasObj(o: Obj, key: string): boolean;
/** A field counts as set when it holds anything but null/undefined (protojson treats null as unset). */
export declare function present(v: unknown): boolean;
/** A repeated field counts as set when it is a non-empty list (protobuf cannot tell [] from unset). */
export declare function nonEmptyList(v: unknown): boolean;
/** A string field counts as set when it is a non-empty string. */
export declare function nonEmptyStr(v: unknown): boolean;
/** The string entries of a map field, skipping keys whose value cannot be read. */
export declare function entries(v: unknown): [string, unknown][];
/** `base.key` for ordinary keys, `base["odd key"]` for map keys that are not identifiers. */
export declare function keyPath(base: string, key: string): string;
/** An integer value, also accepting the decimal strings JSON uses for 64-bit fields; undefined otherwise. */
export declare function int(v: unknown): number | undefined;
