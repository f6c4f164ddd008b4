/**
 * Value keywords shared by the reporting validator and the junctor predicates: each returns a checker that gives
 * an error message (or undefined), so both agree on what passes.
 */
import type { RE2JS } from 're2js';
import { CharClass } from '../util/chars';
import { compileRe2, re2Error, re2Pattern } from '../util/re2';
import { parseQuantity, QUANTITY_FORMAT_ERROR } from '../util/quantity';
import { invalid } from './messages';
import { JsonSchema } from './schema-types';

/** Number of Unicode code points (the API server counts characters, not UTF-16 units or bytes). */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/**
 * True when a JSON value has the schema's `type` (integers may be written 1.0, as JSON allows). `anyNumber`: an
 * int-or-string that also takes fractions (a built-in kind's quantity, `cpu: 0.5`).
 */
export function typeMatches(type: string | undefined, v: unknown, intOrString: boolean, anyNumber = false): boolean {
  if (intOrString) return typeof v === 'string' || (typeof v === 'number' && (anyNumber || Number.isInteger(v))) || typeof v === 'bigint';
  switch (type) {
    case 'object': return typeof v === 'object' && v !== null && !Array.isArray(v);
    case 'array': return Array.isArray(v);
    case 'string': return typeof v === 'string';
    case 'integer': return (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint';
    case 'number': return typeof v === 'number' || typeof v === 'bigint';
    case 'boolean': return typeof v === 'boolean';
    default: return true;
  }
}

export function expectedTypeName(s: JsonSchema, anyNumber = false): string {
  if (s['x-kubernetes-int-or-string']) return anyNumber ? 'number or string' : 'integer or string';
  return s.type ?? 'any';
}

const BASE64_CHAR = new CharClass('A-Za-z0-9+/');

// kube-openapi's `byte` format: standard base64 with padding, in groups of four characters.
const BASE64 = {
  test(s: string): boolean {
    const padding = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
    return s.length % 4 === 0 && BASE64_CHAR.all(s, 0, s.length - padding);
  },
};
// RFC 3339 date-time as the API server's strfmt parser accepts it (fraction and offset optional).
const DATE_TIME = re2Pattern('^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])[Tt ]([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d+)?([Zz]|[+-]([01]\\d|2[0-3]):?[0-5]\\d)?$');
const DATE = re2Pattern('^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$');

/** String formats the bundle uses that the API server checks; numeric formats (int32, double) are not checked. */
const STRING_FORMATS: { readonly [format: string]: { test(s: string): boolean } } = {
  'byte': BASE64,
  'date-time': DATE_TIME,
  'date': DATE,
};

export type ValueCheck = (v: unknown, path: string) => string | undefined;

/** String keywords except maxLength (which the API server reports as its own, blocking, error type). */
const MAX_REMEMBERED_TEXT = 64;
const MAX_REMEMBERED_VERDICTS = 1024;

export function stringChecks(s: JsonSchema): ValueCheck[] {
  const checks: ValueCheck[] = [];
  const min = s.minLength;
  if (min !== undefined) {
    checks.push((v, path) => {
      const str = v as string;
      if (str.length >= 2 * min || codePointLength(str) >= min) return undefined;
      return invalid(str, `${path} in body should be at least ${min} chars long`);
    });
  }
  const pattern = s.pattern;
  if (pattern !== undefined) {
    // Compiled on first use: compiling the bundle's patterns up front would double the schema load time.
    // A pattern that is not RE2 (a back-reference, a look-around) is reported at each value it would judge: the API
    // server refuses such a CRD, so no value could be accepted under it.
    let re: RE2JS | undefined;
    // Short values repeat across objects (kinds, groups, paths, header names) and an RE2 match in JavaScript is
    // slow, so their verdicts are remembered (bounded: the memo starts over when full).
    let verdicts = new Map<string, boolean>();
    checks.push((v, path) => {
      const text = v as string;
      let matches = verdicts.get(text);
      if (matches === undefined) {
        re ??= compileRe2(pattern);
        if (!re) return `${path}: the schema's pattern '${pattern}' is not valid RE2 (${re2Error(pattern)}), so no value can match it`;
        matches = re.test(text);
        if (text.length <= MAX_REMEMBERED_TEXT) {
          if (verdicts.size >= MAX_REMEMBERED_VERDICTS) verdicts = new Map();
          verdicts.set(text, matches);
        }
      }
      return matches ? undefined : invalid(v, `${path} in body should match '${pattern}'`);
    });
  }
  const format = s.format !== undefined ? STRING_FORMATS[s.format] : undefined;
  if (format) {
    const name = s.format;
    checks.push((v, path) => (format.test(v as string) ? undefined : invalid(v, `${path} in body must be of type ${name}: ${JSON.stringify(v)}`)));
  }
  return checks;
}

/** The Go integer types of built-in kinds' fields: a number outside the range fails decoding. */
const GO_INTEGER_RANGES: { readonly [format: string]: readonly [bigint, bigint] } = {
  int32: [-(2n ** 31n), 2n ** 31n - 1n],
  int64: [-(2n ** 63n), 2n ** 63n - 1n],
};

/** Built-in kinds only (SchemaBundle.builtIn): int32/int64 ranges and quantities, as Go decoding checks them. */
export function goFormatChecks(s: JsonSchema): ValueCheck[] {
  const format = s.format;
  if (format === 'quantity') {
    return [(v, path) => (typeof v !== 'string' || parseQuantity(v) !== undefined ? undefined : invalid(v, `${path} in body must be of type quantity: ${QUANTITY_FORMAT_ERROR}`))];
  }
  const range = format !== undefined ? GO_INTEGER_RANGES[format] : undefined;
  if (!range) return [];
  const [min, max] = range;
  return [(v, path) => {
    if (typeof v !== 'number' && typeof v !== 'bigint') return undefined;
    if (typeof v === 'number' && !Number.isInteger(v)) return undefined;
    const n = BigInt(v);
    return n >= min && n <= max ? undefined : invalid(v, `${path} in body must be of type ${format}: must be between ${min} and ${max}, inclusive`);
  }];
}

export function numberChecks(s: JsonSchema): ValueCheck[] {
  const checks: ValueCheck[] = [];
  const { minimum, maximum } = s;
  if (minimum !== undefined) {
    if (s.exclusiveMinimum) {
      checks.push((v, path) => (Number(v) > minimum ? undefined : invalid(v, `${path} in body should be greater than ${minimum}`)));
    } else {
      checks.push((v, path) => (Number(v) >= minimum ? undefined : invalid(v, `${path} in body should be greater than or equal to ${minimum}`)));
    }
  }
  if (maximum !== undefined) {
    if (s.exclusiveMaximum) {
      checks.push((v, path) => (Number(v) < maximum ? undefined : invalid(v, `${path} in body should be less than ${maximum}`)));
    } else {
      checks.push((v, path) => (Number(v) <= maximum ? undefined : invalid(v, `${path} in body should be less than or equal to ${maximum}`)));
    }
  }
  return checks;
}

/** minItems / minProperties (maxItems / maxProperties are blocking "Too many" errors, handled by the caller). */
export function sizeChecks(s: JsonSchema): ValueCheck[] {
  const checks: ValueCheck[] = [];
  const { minItems, minProperties } = s;
  if (minItems !== undefined) {
    checks.push((v, path) => (!Array.isArray(v) || v.length >= minItems ? undefined : invalid(v, `${path} in body should have at least ${minItems} items`)));
  }
  if (minProperties !== undefined) {
    checks.push((v, path) => {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
      return Object.keys(v).length >= minProperties ? undefined : invalid(v, `${path} in body should have at least ${minProperties} properties`);
    });
  }
  return checks;
}

/** Enum membership by JSON value (enums in the bundle are strings; integers and objects compared by value). */
export function enumMember(values: readonly unknown[]): (v: unknown) => boolean {
  const scalars = new Set(values.filter((x) => x === null || typeof x !== 'object'));
  const composite = values.filter((x) => x !== null && typeof x === 'object').map((x) => JSON.stringify(x));
  return (v) => {
    if (scalars.has(v as never)) return true;
    if (typeof v === 'bigint' && scalars.has(Number(v) as never)) return true;
    return v !== null && typeof v === 'object' && composite.includes(JSON.stringify(v));
  };
}

