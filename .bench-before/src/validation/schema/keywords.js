"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.codePointLength = codePointLength;
exports.typeMatches = typeMatches;
exports.expectedTypeName = expectedTypeName;
exports.stringChecks = stringChecks;
exports.numberChecks = numberChecks;
exports.sizeChecks = sizeChecks;
exports.enumMember = enumMember;
const re2_1 = require("../util/re2");
const messages_1 = require("./messages");
/** Number of Unicode code points (the API server counts characters, not UTF-16 units or bytes). */
function codePointLength(s) {
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
function typeMatches(type, v, intOrString) {
    if (intOrString)
        return typeof v === 'string' || (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint';
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
function expectedTypeName(s) {
    return s['x-kubernetes-int-or-string'] ? 'integer or string' : s.type ?? 'any';
}
// kube-openapi's `byte` format: standard base64 with padding.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
// RFC 3339 date-time as the API server's strfmt parser accepts it (fraction and offset optional).
const DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt ]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):?[0-5]\d)?$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** String formats the bundle uses that the API server checks; numeric formats (int32, double) are not checked. */
const STRING_FORMATS = {
    'byte': BASE64,
    'date-time': DATE_TIME,
    'date': DATE,
};
/** String keywords except maxLength (which the API server reports as its own, blocking, error type). */
function stringChecks(s) {
    const checks = [];
    const min = s.minLength;
    if (min !== undefined) {
        checks.push((v, path) => {
            const str = v;
            if (str.length >= 2 * min || codePointLength(str) >= min)
                return undefined;
            return (0, messages_1.invalid)(str, `${path} in body should be at least ${min} chars long`);
        });
    }
    const pattern = s.pattern;
    if (pattern !== undefined) {
        // Compiled on first use: compiling the bundle's patterns up front would double the schema load time.
        let re;
        checks.push((v, path) => {
            re ??= (0, re2_1.compileRe2)(pattern);
            if (!re)
                throw new Error(`schema pattern is not valid RE2: ${pattern}`);
            return re.test(v) ? undefined : (0, messages_1.invalid)(v, `${path} in body should match '${pattern}'`);
        });
    }
    const format = s.format !== undefined ? STRING_FORMATS[s.format] : undefined;
    if (format) {
        const name = s.format;
        checks.push((v, path) => (format.test(v) ? undefined : (0, messages_1.invalid)(v, `${path} in body must be of type ${name}: ${JSON.stringify(v)}`)));
    }
    return checks;
}
function numberChecks(s) {
    const checks = [];
    const { minimum, maximum } = s;
    if (minimum !== undefined) {
        if (s.exclusiveMinimum) {
            checks.push((v, path) => (Number(v) > minimum ? undefined : (0, messages_1.invalid)(v, `${path} in body should be greater than ${minimum}`)));
        }
        else {
            checks.push((v, path) => (Number(v) >= minimum ? undefined : (0, messages_1.invalid)(v, `${path} in body should be greater than or equal to ${minimum}`)));
        }
    }
    if (maximum !== undefined) {
        if (s.exclusiveMaximum) {
            checks.push((v, path) => (Number(v) < maximum ? undefined : (0, messages_1.invalid)(v, `${path} in body should be less than ${maximum}`)));
        }
        else {
            checks.push((v, path) => (Number(v) <= maximum ? undefined : (0, messages_1.invalid)(v, `${path} in body should be less than or equal to ${maximum}`)));
        }
    }
    return checks;
}
/** minItems / minProperties (maxItems / maxProperties are blocking "Too many" errors, handled by the caller). */
function sizeChecks(s) {
    const checks = [];
    const { minItems, minProperties } = s;
    if (minItems !== undefined) {
        checks.push((v, path) => (!Array.isArray(v) || v.length >= minItems ? undefined : (0, messages_1.invalid)(v, `${path} in body should have at least ${minItems} items`)));
    }
    if (minProperties !== undefined) {
        checks.push((v, path) => {
            if (v === null || typeof v !== 'object' || Array.isArray(v))
                return undefined;
            return Object.keys(v).length >= minProperties ? undefined : (0, messages_1.invalid)(v, `${path} in body should have at least ${minProperties} properties`);
        });
    }
    return checks;
}
/** Enum membership by JSON value (enums in the bundle are strings; integers and objects compared by value). */
function enumMember(values) {
    const scalars = new Set(values.filter((x) => x === null || typeof x !== 'object'));
    const composite = values.filter((x) => x !== null && typeof x === 'object').map((x) => JSON.stringify(x));
    return (v) => {
        if (scalars.has(v))
            return true;
        if (typeof v === 'bigint' && scalars.has(Number(v)))
            return true;
        return v !== null && typeof v === 'object' && composite.includes(JSON.stringify(v));
    };
}
//# sourceMappingURL=keywords.js.map