/**
 * Value keywords shared by the reporting validator and the junctor predicates: each returns a checker that gives
 * an error message (or undefined), so both agree on what passes.
 */
import type { RE2JS } from 're2js';
import { CharClass } from '../util/chars';
import { compileRe2, re2Error, re2Pattern } from '../util/re2';
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

/** True when a JSON value has the schema's `type` (integers may be written 1.0, as JSON allows). */
export function typeMatches(type: string | undefined, v: unknown, intOrString: boolean): boolean {
  if (intOrString) return typeof v === 'string' || (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint';
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

export function expectedTypeName(s: JsonSchema): string {
  return s['x-kubernetes-int-or-string'] ? 'integer or string' : s.type ?? 'any';
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
    checks.push((v, path) => {
      re ??= compileRe2(pattern);
      if (!re) return `${path}: the schema's pattern '${pattern}' is not valid RE2 (${re2Error(pattern)}), so no value can match it`;
      return re.test(v as string) ? undefined : invalid(v, `${path} in body should match '${pattern}'`);
    });
  }
  const format = s.format !== undefined ? STRING_FORMATS[s.format] : undefined;
  if (format) {
    const name = s.format;
    checks.push((v, path) => (format.test(v as string) ? undefined : invalid(v, `${path} in body must be of type ${name}: ${JSON.stringify(v)}`)));
  }
  return checks;
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

