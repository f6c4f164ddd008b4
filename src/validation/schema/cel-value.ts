/**
 * JSON → CEL values with the types the API server gives them (apiserver/schema/cel): `integer` → int (bigint),
 * `number` → double, int-or-string and preserve-unknown-fields → dyn (whole numbers become int, as Go decodes
 * JSON), `format: byte` → bytes, `format: date`/`date-time` → timestamp. Null properties the schema does not mark
 * nullable are pruned, and absent properties with a schema `default` are filled in, as the API server does before
 * validating (Gateway API rules rely on defaults such as a backendRef's `kind: Service`). Values that need no change
 * are passed through without copying. A mapping with a key that plain objects inherit (`constructor`, `toString`,
 * `__proto__`, ...; a label key may be any of them) becomes a `Map`: the CEL engine tells a map by its
 * `constructor`, and would read inherited members as entries.
 */
import { JsonSchema } from './schema-types';

export type CelConverter = (v: unknown) => unknown;

const identity: CelConverter = (v) => v;

function dynamicValue(v: unknown): unknown {
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v) : v;
  if (Array.isArray(v)) return v.map(dynamicValue);
  if (v !== null && typeof v === 'object') {
    const src = v as { [k: string]: unknown };
    const out: { [k: string]: unknown } = {};
    for (const k of Object.keys(src)) {
      if (k in Object.prototype) return asMap(src, (_, value) => dynamicValue(value));
      out[k] = dynamicValue(src[k]);
    }
    return out;
  }
  return v;
}

/** Marks an entry the conversion drops (a null the API server prunes). */
const PRUNED = Symbol('pruned');

/** A CEL map for a mapping with keys plain objects inherit; `entry` converts each value (or prunes it). */
function asMap(
  src: { [k: string]: unknown }, entry: (k: string, value: unknown) => unknown, defaults: ReadonlyArray<[string, unknown]> = [],
): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const k of Object.keys(src)) {
    const converted = entry(k, src[k]);
    if (converted !== PRUNED) out.set(k, converted);
  }
  for (const [k, value] of defaults) if (out.get(k) === undefined || out.get(k) === null) out.set(k, value);
  return out;
}

function base64Bytes(v: unknown): unknown {
  return typeof v === 'string' ? Uint8Array.from(Buffer.from(v, 'base64')) : v;
}

function timestamp(v: unknown): unknown {
  return typeof v === 'string' ? new Date(v) : v;
}

/** Builds the converter for a schema node once; `undefined` means the value passes through unchanged. */
export function celConverter(schema: JsonSchema): CelConverter {
  return build(schema) ?? identity;
}

/**
 * One converter per schema node: rules sit at many depths (Gateway API routes have rules on the spec, on each rule,
 * match, filter and backendRef), and each nested rule node reuses the converters its ancestors use.
 */
const built = new WeakMap<JsonSchema, CelConverter | null>();

/**
 * Converted objects and arrays are remembered for the current validation only (see startConversions), per
 * converter: a rule on `spec` converts the whole spec, and a rule on `spec.rules[0]` then finds its value already
 * converted. (Per converter, because one JSON object can sit at two schema nodes: YAML aliases.)
 */
let epoch = 0;

/** Forgets the converted values of the previous object (called once per validated object). */
export function startConversions(): void {
  epoch++;
}

function memo(convert: CelConverter): CelConverter {
  // One Map per converter, emptied when a new object starts (cheaper than a new WeakMap per object, and it holds
  // only the current object's values).
  const cache = new Map<object, unknown>();
  let cacheEpoch = epoch;
  return (v) => {
    if (v === null || typeof v !== 'object') return convert(v);
    if (cacheEpoch !== epoch) {
      cache.clear();
      cacheEpoch = epoch;
    }
    if (cache.has(v)) return cache.get(v);
    const out = convert(v);
    cache.set(v, out);
    return out;
  };
}

function build(s: JsonSchema): CelConverter | undefined {
  const known = built.get(s);
  if (known !== undefined) return known ?? undefined;
  const convert = buildNode(s);
  const shared = convert && (s.type === 'object' || s.type === 'array') ? memo(convert) : convert;
  built.set(s, shared ?? null);
  return shared;
}

function buildNode(s: JsonSchema): CelConverter | undefined {
  if (s['x-kubernetes-int-or-string']) return (v) => (typeof v === 'number' && Number.isInteger(v) ? BigInt(v) : v);
  if (s['x-kubernetes-preserve-unknown-fields'] && !s.properties && !s.additionalProperties) return dynamicValue;
  switch (s.type) {
    case 'integer': return (v) => (typeof v === 'number' && Number.isInteger(v) ? BigInt(v) : v);
    case 'string':
      if (s.format === 'byte') return base64Bytes;
      if (s.format === 'date-time' || s.format === 'date') return timestamp;
      return undefined;
    case 'array': {
      const item = s.items ? build(s.items) : undefined;
      if (!item) return undefined;
      return (v) => (Array.isArray(v) ? v.map(item) : v);
    }
    case 'object': return objectConverter(s);
    default: return undefined;
  }
}

function objectConverter(s: JsonSchema): CelConverter | undefined {
  const props = s.properties ?? {};
  const converters = new Map<string, CelConverter | undefined>();
  const nullable = new Set<string>();
  const defaults: [string, unknown][] = [];
  for (const [name, child] of Object.entries(props)) {
    const convert = build(child);
    converters.set(name, convert);
    if (child.nullable) nullable.add(name);
    if (child.default !== undefined) defaults.push([name, convert ? convert(child.default) : child.default]);
  }
  const additional = typeof s.additionalProperties === 'object' ? build(s.additionalProperties) : undefined;
  const additionalNullable = typeof s.additionalProperties === 'object' && s.additionalProperties.nullable === true;
  const hasProps = converters.size > 0;
  const unknown = s['x-kubernetes-preserve-unknown-fields'] ? dynamicValue : undefined;
  const entry = (k: string, value: unknown): unknown => {
    if (value === null) return (hasProps ? nullable.has(k) : additionalNullable) ? null : PRUNED;
    const convert = hasProps ? (converters.has(k) ? converters.get(k) : unknown) : additional;
    return convert ? convert(value) : value;
  };
  return (v) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const src = v as { [k: string]: unknown };
    let out: { [k: string]: unknown } | undefined;
    for (const k in src) {
      if (k in Object.prototype) return asMap(src, entry, defaults);
      const value = src[k];
      const converted = entry(k, value);
      if (converted !== value) out ??= copyBefore(src, k);
      if (out && converted !== PRUNED) out[k] = converted;
    }
    for (const [k, value] of defaults) {
      if (src[k] !== undefined && src[k] !== null) continue;
      out ??= { ...src };
      out[k] = value;
    }
    return out ?? v;
  };
}

/** A copy of the entries that precede `stop` (they were unchanged), for copy-on-write. */
function copyBefore(src: { [k: string]: unknown }, stop: string): { [k: string]: unknown } {
  const out: { [k: string]: unknown } = {};
  for (const k in src) {
    if (k === stop) break;
    out[k] = src[k];
  }
  return out;
}
