"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.celConverter = celConverter;
exports.startConversions = startConversions;
const identity = (v) => v;
function dynamicValue(v) {
    if (typeof v === 'number')
        return Number.isInteger(v) ? BigInt(v) : v;
    if (Array.isArray(v))
        return v.map(dynamicValue);
    if (v !== null && typeof v === 'object') {
        const src = v;
        const out = {};
        for (const k of Object.keys(src)) {
            if (k in Object.prototype)
                return asMap(src, (_, value) => dynamicValue(value));
            out[k] = dynamicValue(src[k]);
        }
        return out;
    }
    return v;
}
/** Marks an entry the conversion drops (a null the API server prunes). */
const PRUNED = Symbol('pruned');
/** A CEL map for a mapping with keys plain objects inherit; `entry` converts each value (or prunes it). */
function asMap(src, entry, defaults = []) {
    const out = new Map();
    for (const k of Object.keys(src)) {
        const converted = entry(k, src[k]);
        if (converted !== PRUNED)
            out.set(k, converted);
    }
    for (const [k, value] of defaults)
        if (out.get(k) === undefined || out.get(k) === null)
            out.set(k, value);
    return out;
}
function base64Bytes(v) {
    return typeof v === 'string' ? Uint8Array.from(Buffer.from(v, 'base64')) : v;
}
function timestamp(v) {
    return typeof v === 'string' ? new Date(v) : v;
}
/** Builds the converter for a schema node once; `undefined` means the value passes through unchanged. */
function celConverter(schema) {
    return build(schema) ?? identity;
}
/**
 * One converter per schema node: rules sit at many depths (Gateway API routes have rules on the spec, on each rule,
 * match, filter and backendRef), and each nested rule node reuses the converters its ancestors use.
 */
const built = new WeakMap();
/**
 * Converted objects and arrays are remembered for the current validation only (see startConversions), per
 * converter: a rule on `spec` converts the whole spec, and a rule on `spec.rules[0]` then finds its value already
 * converted. (Per converter, because one JSON object can sit at two schema nodes: YAML aliases.)
 */
let epoch = 0;
/** Forgets the converted values of the previous object (called once per validated object). */
function startConversions() {
    epoch++;
}
function memo(convert) {
    let cache = new WeakMap();
    let cacheEpoch = epoch;
    return (v) => {
        if (v === null || typeof v !== 'object')
            return convert(v);
        if (cacheEpoch !== epoch) {
            cache = new WeakMap();
            cacheEpoch = epoch;
        }
        if (cache.has(v))
            return cache.get(v);
        const out = convert(v);
        cache.set(v, out);
        return out;
    };
}
function build(s) {
    const known = built.get(s);
    if (known !== undefined)
        return known ?? undefined;
    const convert = buildNode(s);
    const shared = convert && (s.type === 'object' || s.type === 'array') ? memo(convert) : convert;
    built.set(s, shared ?? null);
    return shared;
}
function buildNode(s) {
    if (s['x-kubernetes-int-or-string'])
        return (v) => (typeof v === 'number' && Number.isInteger(v) ? BigInt(v) : v);
    if (s['x-kubernetes-preserve-unknown-fields'] && !s.properties && !s.additionalProperties)
        return dynamicValue;
    switch (s.type) {
        case 'integer': return (v) => (typeof v === 'number' && Number.isInteger(v) ? BigInt(v) : v);
        case 'string':
            if (s.format === 'byte')
                return base64Bytes;
            if (s.format === 'date-time' || s.format === 'date')
                return timestamp;
            return undefined;
        case 'array': {
            const item = s.items ? build(s.items) : undefined;
            if (!item)
                return undefined;
            return (v) => (Array.isArray(v) ? v.map(item) : v);
        }
        case 'object': return objectConverter(s);
        default: return undefined;
    }
}
function objectConverter(s) {
    const props = s.properties ?? {};
    const converters = new Map();
    const nullable = new Set();
    const defaults = [];
    for (const [name, child] of Object.entries(props)) {
        const convert = build(child);
        converters.set(name, convert);
        if (child.nullable)
            nullable.add(name);
        if (child.default !== undefined)
            defaults.push([name, convert ? convert(child.default) : child.default]);
    }
    const additional = typeof s.additionalProperties === 'object' ? build(s.additionalProperties) : undefined;
    const additionalNullable = typeof s.additionalProperties === 'object' && s.additionalProperties.nullable === true;
    const hasProps = converters.size > 0;
    const unknown = s['x-kubernetes-preserve-unknown-fields'] ? dynamicValue : undefined;
    const entry = (k, value) => {
        if (value === null)
            return (hasProps ? nullable.has(k) : additionalNullable) ? null : PRUNED;
        const convert = hasProps ? (converters.has(k) ? converters.get(k) : unknown) : additional;
        return convert ? convert(value) : value;
    };
    return (v) => {
        if (v === null || typeof v !== 'object' || Array.isArray(v))
            return v;
        const src = v;
        let out;
        for (const k in src) {
            if (k in Object.prototype)
                return asMap(src, entry, defaults);
            const value = src[k];
            const converted = entry(k, value);
            if (converted !== value)
                out ??= copyBefore(src, k);
            if (out && converted !== PRUNED)
                out[k] = converted;
        }
        for (const [k, value] of defaults) {
            if (src[k] !== undefined && src[k] !== null)
                continue;
            out ??= { ...src };
            out[k] = value;
        }
        return out ?? v;
    };
}
/** A copy of the entries that precede `stop` (they were unchanged), for copy-on-write. */
function copyBefore(src, stop) {
    const out = {};
    for (const k in src) {
        if (k === stop)
            break;
        out[k] = src[k];
    }
    return out;
}
//# sourceMappingURL=cel-value.js.map