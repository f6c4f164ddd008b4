"use strict";
/**
 * Header values as istiod checks them (header_value_validator.go): no control characters, and Envoy's
 * substitution-format syntax (`%%` for a literal percent, `%NAME%`, `%NAME(arg)%`, `%NAME(["a","b"])%`).
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.headerValueError = headerValueError;
const PREFIX = 'header value configuration: invalid header configuration. ';
function hasControlCharacter(value) {
    for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        if ((c <= 0x08) || (c >= 0x0a && c <= 0x1f) || c === 0x7f)
            return true;
    }
    return false;
}
/** Skips ASCII spaces (the only whitespace the parser knows) from `i`. */
function skipSpaces(value, i) {
    while (i < value.length && value[i] === ' ')
        i++;
    return i;
}
class FormatError extends Error {
}
function fail(message) {
    throw new FormatError(PREFIX + message);
}
/** Parses `["a", "b"]` starting at `[`; returns the index after `]`, or -1 when a `)` inside a string closed it. */
function parseJsonArray(value, start, variable) {
    let i = start + 1;
    for (;;) {
        i = skipSpaces(value, i);
        if (i >= value.length)
            fail(`Un-terminated variable expression '${variable}'`);
        if (value[i] !== '"')
            fail('Expecting \'"\'');
        i++;
        for (;;) {
            if (i >= value.length)
                fail(`Un-terminated variable expression '${variable}'`);
            const c = value[i];
            if (c === '\\') {
                if (i + 1 >= value.length)
                    fail('Un-terminated backslash in JSON string');
                i += 2;
                continue;
            }
            // Envoy's scanner treats a `)` anywhere in the arguments as their end, even inside a string.
            if (c === ')')
                return -(i + 1);
            i++;
            if (c === '"')
                break;
        }
        i = skipSpaces(value, i);
        if (i >= value.length)
            fail(`Un-terminated variable expression '${variable}'`);
        if (value[i] === ']')
            return i + 1;
        if (value[i] !== ',')
            fail('Expecting \',\', \']\', or whitespace');
        i++;
    }
}
/** Parses one `%…%` expression starting at the `%`; returns the index after its closing `%`. */
function parseVariable(value, start) {
    const variable = value.slice(start);
    let i = start + 1;
    while (i < value.length && value[i] !== '%' && value[i] !== '(')
        i++;
    if (i >= value.length)
        fail(`Un-terminated variable expression '${variable}'`);
    if (value[i] === '%')
        return i + 1;
    // Arguments: spaces, then a JSON string array or a bare argument up to `)`.
    i = skipSpaces(value, i + 1);
    if (value[i] === '[') {
        const end = parseJsonArray(value, i, variable);
        if (end < 0) {
            i = -end;
        }
        else {
            i = skipSpaces(value, end);
            if (i >= value.length)
                fail(`Un-terminated variable expression '${variable}'`);
            if (value[i] !== ')')
                fail(`Expecting ')' or whitespace after '{}', but found '{}'`);
            i++;
        }
    }
    else {
        const close = value.indexOf(')', i);
        if (close < 0)
            fail(`Un-terminated variable expression '${variable}'`);
        i = close + 1;
    }
    i = skipSpaces(value, i);
    if (i >= value.length)
        fail(`Un-terminated variable expression '${variable}'`);
    if (value[i] !== '%')
        fail('Expecting \'%\' or whitespace after');
    return i + 1;
}
/** istiod's ValidateHeaderValue; undefined when Envoy accepts the value. */
function headerValueError(value) {
    if (hasControlCharacter(value))
        return `header value configuration ${value} is invalid`;
    let i = value.indexOf('%');
    if (i < 0)
        return undefined;
    try {
        while (i >= 0 && i < value.length) {
            if (value[i + 1] === '%') {
                i += 2;
            }
            else if (i + 1 >= value.length) {
                fail('Un-escaped %');
            }
            else {
                i = parseVariable(value, i);
            }
            i = value.indexOf('%', i);
        }
    }
    catch (e) {
        if (e instanceof FormatError)
            return e.message;
        throw e;
    }
    return undefined;
}
//# sourceMappingURL=header-value.js.map