/**
 * Plain-JavaScript versions of the CEL rules Istio's CRDs repeat most (100 of the 147 rules in Istio's fifteen
 * distinct schemas are one of six texts): evaluating them needs no CEL engine, so an Istio-only input never loads it unless
 * it reaches a rarer rule, and each evaluation skips the interpreter. Also the Gateway API route rule that caps the
 * matches of all rules at 128, a sum of sixteen terms that costs more to interpret than all other rules of a
 * typical route together.
 *
 * Each version answers only for the values whose CEL result it knows exactly (the types the schema gives the node,
 * after the API server's conversion: `integer` is a bigint, maps are objects or `Map`s); for anything else, and
 * wherever CEL would raise an error, it answers undefined and the rule runs in CEL as before. test/validation/cel/
 * native-rules.test.ts checks every version against the CEL engine on generated values.
 */
import { parseGoDuration } from '../util/duration';

/** true/false as CEL would return, or undefined: "evaluate in CEL". */
export type NativeRule = (self: unknown) => boolean | undefined;

const ONE_MILLISECOND_IN_NANOS = 1_000_000n;

/** The keys of a CEL map value (a plain object or a Map with string keys); undefined for anything else. */
function mapKeys(self: unknown): Iterable<string> | undefined {
  if (self instanceof Map) {
    for (const k of self.keys()) if (typeof k !== 'string') return undefined;
    return self.keys() as Iterable<string>;
  }
  if (self === null || typeof self !== 'object') return undefined;
  // Plain objects only: a Date (timestamp), bytes or an IP value is not a map.
  const proto = Object.getPrototypeOf(self);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const keys = Object.keys(self);
  // A key plain objects inherit (`constructor`, ...) makes the conversion hand CEL a Map instead (cel-value.ts).
  for (const k of keys) if (k in Object.prototype) return undefined;
  return keys;
}

function allKeys(self: unknown, test: (key: string) => boolean): boolean | undefined {
  const keys = mapKeys(self);
  if (keys === undefined) return undefined;
  for (const k of keys) if (!test(k)) return false;
  return true;
}

/** A plain object's own property, or undefined for anything that is not a plain object (a Map, a list, ...). */
function plainField(value: unknown, field: string): { readonly present: boolean; readonly value?: unknown } | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const present = Object.prototype.hasOwnProperty.call(value, field);
  return present ? { present, value: (value as { [k: string]: unknown })[field] } : { present };
}

const MAX_ROUTE_RULES = 16;
const MAX_MATCHES = 128;

/**
 * The Gateway API rule texts `(self.size() > 0 ? self[0].matches.size() : 0) + ... <= 128` (sixteen terms) and its
 * variant guarding each term with `has(self[i].matches)`, as the CRDs spell them.
 */
function matchesCapText(guarded: boolean): string {
  const terms: string[] = [];
  for (let i = 0; i < MAX_ROUTE_RULES; i++) {
    const size = `self[${i}].matches.size()`;
    terms.push(`(self.size() > ${i} ? ${guarded ? `(has(self[${i}].matches) ? ${size} : 0)` : size} : 0)`);
  }
  return `${terms.join(' + ')} <= ${MAX_MATCHES}`;
}

/** The matches cap; an absent `matches` counts 0 when guarded and is a CEL error (left to CEL) when not. */
function matchesCap(guarded: boolean): NativeRule {
  return (self) => {
    if (!Array.isArray(self)) return undefined;
    let total = 0;
    for (let i = 0; i < Math.min(self.length, MAX_ROUTE_RULES); i++) {
      const matches = plainField(self[i], 'matches');
      if (matches === undefined || (!matches.present && !guarded)) return undefined;
      if (!matches.present) continue;
      if (!Array.isArray(matches.value)) return undefined;
      total += matches.value.length;
    }
    return total <= MAX_MATCHES;
  };
}

const NATIVE_RULES: ReadonlyMap<string, NativeRule> = new Map<string, NativeRule>([
  // `duration()` is the project's Go time.ParseDuration (see environment.ts): an unparsable text is a CEL error,
  // left to CEL so that the error reads the same.
  ["duration(self) >= duration('1ms')", (self) => {
    if (typeof self !== 'string') return undefined;
    const nanos = parseGoDuration(self);
    return nanos === undefined ? undefined : nanos >= ONE_MILLISECOND_IN_NANOS;
  }],
  ['!self.contains("*")', (self) => (typeof self === 'string' ? !self.includes('*') : undefined)],
  // Lists and maps only: a string's size counts code points.
  ['self.size() == 0', (self) => {
    if (Array.isArray(self)) return self.length === 0;
    if (self instanceof Map) return self.size === 0;
    const keys = mapKeys(self);
    return keys === undefined ? undefined : (keys as string[]).length === 0;
  }],
  ['0 < self && self <= 65535', (self) => (typeof self === 'bigint' ? self > 0n && self <= 65535n : undefined)],
  ['self.all(key, !key.contains("*"))', (self) => allKeys(self, (k) => !k.includes('*'))],
  ['self.all(key, key.size() != 0)', (self) => allKeys(self, (k) => k !== '')],
  [matchesCapText(false), matchesCap(false)],
  [matchesCapText(true), matchesCap(true)],
]);

/** The plain-JavaScript version of a rule text, if it has one. */
export function nativeRule(expression: string): NativeRule | undefined {
  return NATIVE_RULES.get(expression);
}

/** The rule texts with a plain-JavaScript version (for the equivalence test). */
export function nativeRuleTexts(): string[] {
  return [...NATIVE_RULES.keys()];
}
