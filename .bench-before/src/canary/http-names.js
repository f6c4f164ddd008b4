"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.headerNameError = headerNameError;
exports.cookieNameError = cookieNameError;
exports.cookieValueError = cookieValueError;
exports.escapeRe2 = escapeRe2;
/**
 * HTTP name rules as istiod and Envoy read them (RFC 9110 tokens; RFC 6265 cookies). Each `xxxError` returns
 * undefined when the value is fine, else a message that quotes the value and says what is allowed.
 */
const http_1 = require("../validation/util/http");
// RFC 6265 cookie-octet: visible ASCII except space, '"', ',', ';' and '\'.
const COOKIE_VALUE = /^[\x21\x23-\x2B\x2D-\x3A\x3C-\x5B\x5D-\x7E]*$/;
/** A header name Istio routes on: a non-empty HTTP token, lower case (Envoy lower-cases header names). */
function headerNameError(name) {
    if (typeof name !== 'string' || name.length === 0)
        return 'header name must not be empty';
    if (!(0, http_1.isHttpToken)(name)) {
        return `header name ${JSON.stringify(name)} is not an HTTP token: use letters, digits and !#$%&'*+-.^_\`|~ ` +
            '(no spaces, colons or other separators)';
    }
    if (name !== name.toLowerCase()) {
        return `header name ${JSON.stringify(name)} has upper-case letters: use lower case (${JSON.stringify(name.toLowerCase())})`;
    }
    return undefined;
}
/** A cookie name: a non-empty HTTP token. */
function cookieNameError(name) {
    if (typeof name !== 'string' || name.length === 0)
        return 'cookie name must not be empty';
    if (!(0, http_1.isHttpToken)(name)) {
        return `cookie name ${JSON.stringify(name)} is not an HTTP token: use letters, digits and !#$%&'*+-.^_\`|~`;
    }
    return undefined;
}
/** A cookie value: visible ASCII without space, double quote, comma, semicolon or backslash. */
function cookieValueError(value) {
    if (typeof value === 'string' && COOKIE_VALUE.test(value))
        return undefined;
    return `cookie value ${JSON.stringify(value)} may only use visible ASCII without space, '"', ',', ';' or '\\'`;
}
/** Escapes every RE2 metacharacter so `value` matches itself literally. */
function escapeRe2(value) {
    return value.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}
//# sourceMappingURL=http-names.js.map