"use strict";
/**
 * Finding messages in the API server's wording (apiextensions-apiserver + kube-openapi + field.Error), so a user
 * sees here what `kubectl apply` would print: `Required value`, `Unsupported value: "X": supported values: …`,
 * `Invalid value: "string": spec.x in body should be at least 1 chars long`.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.REQUIRED = void 0;
exports.jsonTypeOf = jsonTypeOf;
exports.showValue = showValue;
exports.invalid = invalid;
exports.typeInvalid = typeInvalid;
exports.unsupported = unsupported;
exports.tooLong = tooLong;
exports.tooMany = tooMany;
exports.duplicate = duplicate;
exports.unknownField = unknownField;
exports.childPath = childPath;
/** The JSON type name the API server reports for a value ("integer" for whole numbers, as Go decodes them). */
function jsonTypeOf(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'array';
    switch (typeof v) {
        case 'string': return 'string';
        case 'boolean': return 'boolean';
        case 'number': return Number.isInteger(v) ? 'integer' : 'number';
        case 'bigint': return 'integer';
        default: return 'object';
    }
}
/** A value as field.Error prints it: strings quoted, numbers and booleans bare, objects and arrays by type. */
function showValue(v) {
    if (typeof v === 'string')
        return JSON.stringify(v);
    if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint')
        return String(v);
    if (v === null)
        return 'null';
    return JSON.stringify(jsonTypeOf(v));
}
/** `Invalid value: <value>: <detail>` */
function invalid(value, detail) {
    return `Invalid value: ${showValue(value)}: ${detail}`;
}
function typeInvalid(path, value, expected) {
    const actual = jsonTypeOf(value);
    return invalid(actual, `${path} in body must be of type ${expected}: ${JSON.stringify(actual)}`);
}
exports.REQUIRED = 'Required value';
function unsupported(value, allowed) {
    return `Unsupported value: ${showValue(value)}: supported values: ${allowed.map((a) => showValue(a)).join(', ')}`;
}
function tooLong(max) {
    return `Too long: may not be longer than ${max}`;
}
function tooMany(actual, max) {
    return `Too many: ${actual}: must have at most ${max} items`;
}
function duplicate(value) {
    return `Duplicate value: ${typeof value === 'object' && value !== null ? JSON.stringify(value) : showValue(value)}`;
}
function unknownField(path) {
    return `unknown field ${JSON.stringify(path)}`;
}
/** Appends an object property to a field path (`spec` + `host` → `spec.host`). */
function childPath(path, key) {
    return path === '' ? key : `${path}.${key}`;
}
//# sourceMappingURL=messages.js.map