/**
 * Plain-JavaScript versions of the CEL rules Istio's CRDs repeat most (100 of the 147 rules in Istio's fifteen
 * distinct schemas are one of six texts): evaluating them needs no CEL engine, so an Istio-only input never loads it unless
 * it reaches a rarer rule, and each evaluation skips the interpreter. Also the Gateway API route rule that caps the
 * matches of all rules at 128, a sum of sixteen terms that costs more to interpret than all other rules of a
 * typical route together, and the two parentRef rules (same parent at most once; with and without `namespace`),
 * pairwise comprehensions that come next.
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

interface ParentKey {
  readonly group: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace: string | undefined;
  readonly sectionName: string | undefined;
}

/** The parentRefs as plain records, or undefined unless every one has string group/kind/name (CEL errors otherwise). */
function parentKeys(self: unknown): ParentKey[] | undefined {
  if (!Array.isArray(self)) return undefined;
  const out: ParentKey[] = [];
  for (const ref of self) {
    const fields: { [k: string]: string | undefined } = {};
    for (const f of ['group', 'kind', 'name', 'namespace', 'sectionName']) {
      const found = plainField(ref, f);
      if (found === undefined) return undefined;
      if (found.present && typeof found.value !== 'string') return undefined;
      fields[f] = found.present ? (found.value as string) : undefined;
    }
    if (fields.group === undefined || fields.kind === undefined || fields.name === undefined) return undefined;
    for (const k of Object.keys(ref as object)) if (k in Object.prototype) return undefined;
    out.push(fields as unknown as ParentKey);
  }
  return out;
}

const unset = (v: string | undefined) => v === undefined || v === '';

/** `p1.group == p2.group && p1.kind == p2.kind && p1.name == p2.name` and, with `namespace`, the namespace clause. */
function sameParent(a: ParentKey, b: ParentKey, withNamespace: boolean): boolean {
  if (a.group !== b.group || a.kind !== b.kind || a.name !== b.name) return false;
  if (!withNamespace) return true;
  return (unset(a.namespace) && unset(b.namespace)) || (a.namespace !== undefined && b.namespace !== undefined && a.namespace === b.namespace);
}

/** The same parent twice needs a sectionName on both or neither. */
function sectionsAgreeRule(withNamespace: boolean): NativeRule {
  return (self) => {
    const refs = parentKeys(self);
    if (!refs) return undefined;
    for (const a of refs) {
      for (const b of refs) if (sameParent(a, b, withNamespace) && unset(a.sectionName) !== unset(b.sectionName)) return false;
    }
    return true;
  };
}

/** Each reference matches exactly one reference (itself) by parent and sectionName. */
function uniqueParentRule(withNamespace: boolean): NativeRule {
  return (self) => {
    const refs = parentKeys(self);
    if (!refs) return undefined;
    for (const a of refs) {
      let n = 0;
      for (const b of refs) {
        const sections = (unset(a.sectionName) && unset(b.sectionName))
          || (a.sectionName !== undefined && b.sectionName !== undefined && a.sectionName === b.sectionName);
        if (sameParent(a, b, withNamespace) && sections) n++;
      }
      if (n !== 1) return false;
    }
    return true;
  };
}

const SAME_PARENT = 'p1.group == p2.group && p1.kind == p2.kind && p1.name == p2.name';
const SAME_NAMESPACE = "(((!has(p1.__namespace__) || p1.__namespace__ == '') && (!has(p2.__namespace__) || p2.__namespace__ == '')) || " +
  '(has(p1.__namespace__) && has(p2.__namespace__) && p1.__namespace__ == p2.__namespace__ ))';
const SECTIONS_AGREE = "((!has(p1.sectionName) || p1.sectionName == '') == (!has(p2.sectionName) || p2.sectionName == ''))";
const SAME_SECTION = "(((!has(p1.sectionName) || p1.sectionName == '') && (!has(p2.sectionName) || p2.sectionName == '')) || " +
  '(has(p1.sectionName) && has(p2.sectionName) && p1.sectionName == p2.sectionName))';

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
  [`self.all(p1, self.all(p2, ${SAME_PARENT} ? ${SECTIONS_AGREE} : true))`, sectionsAgreeRule(false)],
  [`self.all(p1, self.all(p2, ${SAME_PARENT} && ${SAME_NAMESPACE} ? ${SECTIONS_AGREE} : true))`, sectionsAgreeRule(true)],
  [`self.all(p1, self.exists_one(p2, ${SAME_PARENT} && ${SAME_SECTION}))`, uniqueParentRule(false)],
  [`self.all(p1, self.exists_one(p2, ${SAME_PARENT} && ${SAME_NAMESPACE} && ${SAME_SECTION}))`, uniqueParentRule(true)],
]);

/** The plain-JavaScript version of a rule text, if it has one. */
export function nativeRule(expression: string): NativeRule | undefined {
  return NATIVE_RULES.get(expression);
}

/** The rule texts with a plain-JavaScript version (for the equivalence test). */
export function nativeRuleTexts(): string[] {
  return [...NATIVE_RULES.keys()];
}
