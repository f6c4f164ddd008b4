"use strict";
/**
 * Defensive readers over plain JSON. The webhook and analysis layers run on objects the schema layer may already
 * have rejected (wrong types, nulls, arrays where objects belong); these readers turn anything unreadable into
 * "absent" so every rule simply skips what it cannot judge instead of throwing.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.isObj = isObj;
exports.obj = obj;
exports.list = list;
exports.str = str;
exports.num = num;
exports.toNumber = toNumber;
exports.toText = toText;
exports.hasObj = hasObj;
exports.present = present;
exports.nonEmptyList = nonEmptyList;
exports.nonEmptyStr = nonEmptyStr;
exports.entries = entries;
exports.keyPath = keyPath;
exports.int = int;
const EMPTY = Object.freeze({});
const NO_ITEMS = Object.freeze([]);
/** A JSON object (not null, not an array). */
function isObj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/** The value as an object, or an empty object when absent or of another type. */
function obj(v) {
    return isObj(v) ? v : EMPTY;
}
/** The value as a list, or an empty list when absent or of another type. */
function list(v) {
    return Array.isArray(v) ? v : NO_ITEMS;
}
/** The value as a string, or '' when absent or of another type (protobuf's zero value). */
function str(v) {
    return typeof v === 'string' ? v : '';
}
/** The value as a finite number, or undefined when absent or of another type. */
function num(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
/**
 * `Number(v)` for what JSON holds, without running an object's own conversion: NaN for objects and arrays (their
 * `toString`/`valueOf` may be input keys, and `Number({toString: 'x'})` throws).
 */
function toNumber(v) {
    return v !== null && typeof v === 'object' ? NaN : Number(v);
}
/** `String(v)` for what JSON holds, without running an object's own conversion: objects and arrays as JSON. */
function toText(v) {
    return v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v);
}
/** A protobuf message/oneof field counts as set when the key holds an object (`{}` included). */
function hasObj(o, key) {
    return isObj(o[key]);
}
/** A field counts as set when it holds anything but null/undefined (protojson treats null as unset). */
function present(v) {
    return v !== undefined && v !== null;
}
/** A repeated field counts as set when it is a non-empty list (protobuf cannot tell [] from unset). */
function nonEmptyList(v) {
    return Array.isArray(v) && v.length > 0;
}
/** A string field counts as set when it is a non-empty string. */
function nonEmptyStr(v) {
    return typeof v === 'string' && v !== '';
}
/** The string entries of a map field, skipping keys whose value cannot be read. */
function entries(v) {
    return isObj(v) ? Object.entries(v) : [];
}
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** `base.key` for ordinary keys, `base["odd key"]` for map keys that are not identifiers. */
function keyPath(base, key) {
    return PLAIN_KEY.test(key) ? `${base}.${key}` : `${base}[${JSON.stringify(key)}]`;
}
/** An integer value, also accepting the decimal strings JSON uses for 64-bit fields; undefined otherwise. */
function int(v) {
    if (typeof v === 'number')
        return Number.isInteger(v) ? v : undefined;
    if (typeof v === 'string' && /^-?\d+$/.test(v))
        return Number(v);
    return undefined;
}
//# sourceMappingURL=plain-json.js.map