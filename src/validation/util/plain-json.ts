/**
 * Defensive readers over plain JSON. The webhook and analysis layers run on objects the schema layer may already
 * have rejected (wrong types, nulls, arrays where objects belong); these readers turn anything unreadable into
 * "absent" so every rule simply skips what it cannot judge instead of throwing.
 */
import { CharClass, isDigits } from './chars';

export type Obj = { readonly [key: string]: unknown };

const EMPTY: Obj = Object.freeze({});
const NO_ITEMS: readonly unknown[] = Object.freeze([]);

/** A JSON object (not null, not an array). */
export function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The value as an object, or an empty object when absent or of another type. */
export function obj(v: unknown): Obj {
  return isObj(v) ? v : EMPTY;
}

/** The value as a list, or an empty list when absent or of another type. */
export function list(v: unknown): readonly unknown[] {
  return Array.isArray(v) ? v : NO_ITEMS;
}

/** The value as a string, or '' when absent or of another type (protobuf's zero value). */
export function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/** The value as a finite number, or undefined when absent or of another type. */
export function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/**
 * `Number(v)` for what JSON holds, without running an object's own conversion: NaN for objects and arrays (their
 * `toString`/`valueOf` may be input keys, and `Number({toString: 'x'})` throws).
 */
export function toNumber(v: unknown): number {
  return v !== null && typeof v === 'object' ? NaN : Number(v);
}

/** `String(v)` for what JSON holds, without running an object's own conversion: objects and arrays as JSON. */
export function toText(v: unknown): string {
  return v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** A protobuf message/oneof field counts as set when the key holds an object (`{}` included). */
export function hasObj(o: Obj, key: string): boolean {
  return isObj(o[key]);
}

/** A field counts as set when it holds anything but null/undefined (protojson treats null as unset). */
export function present(v: unknown): boolean {
  return v !== undefined && v !== null;
}

/** A repeated field counts as set when it is a non-empty list (protobuf cannot tell [] from unset). */
export function nonEmptyList(v: unknown): boolean {
  return Array.isArray(v) && v.length > 0;
}

/** A string field counts as set when it is a non-empty string. */
export function nonEmptyStr(v: unknown): boolean {
  return typeof v === 'string' && v !== '';
}

/** The string entries of a map field, skipping keys whose value cannot be read. */
export function entries(v: unknown): [string, unknown][] {
  return isObj(v) ? Object.entries(v) : [];
}

const KEY_START = new CharClass('A-Za-z_');
const KEY_CHAR = new CharClass('A-Za-z0-9_-');

/** `base.key` for ordinary keys, `base["odd key"]` for map keys that are not identifiers. */
export function keyPath(base: string, key: string): string {
  return key !== '' && KEY_START.has(key.charCodeAt(0)) && KEY_CHAR.all(key, 1) ? `${base}.${key}` : `${base}[${JSON.stringify(key)}]`;
}

/** An integer value, also accepting the decimal strings JSON uses for 64-bit fields; undefined otherwise. */
export function int(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isInteger(v) ? v : undefined;
  if (typeof v === 'string' && isDigits(v, v.startsWith('-') ? 1 : 0)) return Number(v);
  return undefined;
}
