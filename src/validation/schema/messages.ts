/**
 * Finding messages in the API server's wording (apiextensions-apiserver + kube-openapi + field.Error), so a user
 * sees here what `kubectl apply` would print: `Required value`, `Unsupported value: "X": supported values: …`,
 * `Invalid value: "string": spec.x in body should be at least 1 chars long`.
 */

/** The JSON type name the API server reports for a value ("integer" for whole numbers, as Go decodes them). */
export function jsonTypeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  switch (typeof v) {
    case 'string': return 'string';
    case 'boolean': return 'boolean';
    case 'number': return Number.isInteger(v) ? 'integer' : 'number';
    case 'bigint': return 'integer';
    default: return 'object';
  }
}

/** A value as field.Error prints it: strings quoted, numbers and booleans bare, objects and arrays by type. */
export function showValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (v === null) return 'null';
  return JSON.stringify(jsonTypeOf(v));
}

/** `Invalid value: <value>: <detail>` */
export function invalid(value: unknown, detail: string): string {
  return `Invalid value: ${showValue(value)}: ${detail}`;
}

export function typeInvalid(path: string, value: unknown, expected: string): string {
  const actual = jsonTypeOf(value);
  return invalid(actual, `${path} in body must be of type ${expected}: ${JSON.stringify(actual)}`);
}

export const REQUIRED = 'Required value';

export function unsupported(value: unknown, allowed: readonly unknown[]): string {
  return `Unsupported value: ${showValue(value)}: supported values: ${allowed.map((a) => showValue(a)).join(', ')}`;
}

export function tooLong(max: number): string {
  return `Too long: may not be longer than ${max}`;
}

export function tooMany(actual: number, max: number): string {
  return `Too many: ${actual}: must have at most ${max} items`;
}

export function duplicate(value: unknown): string {
  return `Duplicate value: ${typeof value === 'object' && value !== null ? JSON.stringify(value) : showValue(value)}`;
}

export function unknownField(path: string): string {
  return `unknown field ${JSON.stringify(path)}`;
}

/** Appends an object property to a field path (`spec` + `host` → `spec.host`). */
export function childPath(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}
