/**
 * Finding messages in the API server's wording (apiextensions-apiserver + kube-openapi + field.Error), so a user
 * sees here what `kubectl apply` would print: `Required value`, `Unsupported value: "X": supported values: …`,
 * `Invalid value: "string": spec.x in body should be at least 1 chars long`.
 */
/** The JSON type name the API server reports for a value ("integer" for whole numbers, as Go decodes them). */
export declare function jsonTypeOf(v: unknown): string;
/** A value as field.Error prints it: strings quoted, numbers and booleans bare, objects and arrays by type. */
export declare function showValue(v: unknown): string;
/** `Invalid value: <value>: <detail>` */
export declare function invalid(value: unknown, detail: string): string;
export declare function typeInvalid(path: string, value: unknown, expected: string): string;
export declare const REQUIRED = "Required value";
export declare function unsupported(value: unknown, allowed: readonly unknown[]): string;
export declare function tooLong(max: number): string;
export declare function tooMany(actual: number, max: number): string;
export declare function duplicate(value: unknown): string;
export declare function unknownField(path: string): string;
/** Appends an object property to a field path (`spec` + `host` → `spec.host`). */
export declare function childPath(path: string, key: string): string;
