"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isJwtClaimRoute = isJwtClaimRoute;
exports.matchHeaderNameError = matchHeaderNameError;
exports.headerNameError = headerNameError;
exports.validateHeaderOperations = validateHeaderOperations;
exports.regexError = regexError;
exports.validateStringMatchRegex = validateStringMatchRegex;
exports.validateStringMatch = validateStringMatch;
/**
 * HTTP header names as istiod accepts them in matches and header operations, and StringMatch values.
 */
const http_1 = require("../util/http");
const re2_1 = require("../util/re2");
const header_value_1 = require("./header-value");
const plain_json_1 = require("../util/plain-json");
const PSEUDO_HEADERS = new Set([':method', ':scheme', ':authority', ':path', ':status']);
const JWT_CLAIM_PREFIX = '@request.auth.claims';
/** `@request.auth.claims.a.b` or `@request.auth.claims[a][b]`: routing on a JWT claim (jwt.ToRoutingClaim). */
function isJwtClaimRoute(name) {
    if (!name.toLowerCase().startsWith(JWT_CLAIM_PREFIX))
        return false;
    const rest = name.slice(JWT_CLAIM_PREFIX.length);
    return (rest.startsWith('.') && rest.length > 1) || (rest.startsWith('[') && rest.endsWith(']') && rest.length > 2);
}
function invalidName(name) {
    return `header name ${name} is not a valid header name (use HTTP token characters, e.g. "x-user-region")`;
}
/** A header name in `match[].headers` / `withoutHeaders`: token, pseudo-header, or JWT claim form. */
function matchHeaderNameError(name) {
    if (name === '')
        return 'header name cannot be empty';
    if (isJwtClaimRoute(name) || PSEUDO_HEADERS.has(name) || (0, http_1.isHttpToken)(name))
        return undefined;
    return invalidName(name);
}
/** A plain header name (CORS allow/expose headers, JWT output headers). */
function headerNameError(name) {
    if (name === '')
        return 'header name cannot be empty';
    return (0, http_1.isHttpToken)(name) ? undefined : invalidName(name);
}
function isAuthorityHeader(name) {
    const lower = name.toLowerCase();
    return lower === ':authority' || lower === 'host';
}
/**
 * A header a route adds/sets/removes. istiod does not token-check these names; it refuses pseudo-headers
 * (`:authority` and `host` may be set on requests, where they rewrite the authority) and, for request removal
 * and all response operations, the Host header.
 */
function headerOperationNameError(name, requestAddOrSet) {
    if (requestAddOrSet) {
        if (name.startsWith(':') && name.toLowerCase() !== ':authority')
            return `invalid header "${name}": header cannot have ":" prefix`;
        return undefined;
    }
    if (name.toLowerCase() === 'host')
        return `invalid header "${name}": cannot set Host header`;
    if (name.startsWith(':'))
        return `invalid header "${name}": header cannot have ":" prefix`;
    return undefined;
}
/**
 * `headers.request` / `headers.response` operations (add, set, remove) of a route or a route destination;
 * request add/set may rewrite the authority, but only once (also counting `rewrite.authority`).
 */
function validateHeaderOperations(r, path, headers, rewriteAuthority) {
    if (!(0, plain_json_1.isObj)(headers))
        return;
    let authority = rewriteAuthority;
    for (const side of ['request', 'response']) {
        const ops = (0, plain_json_1.obj)(headers[side]);
        const base = `${path}.${side}`;
        const isRequest = side === 'request';
        for (const op of ['set', 'add']) {
            for (const [name, value] of (0, plain_json_1.entries)(ops[op])) {
                r.errorIf((0, plain_json_1.keyPath)(`${base}.${op}`, name), headerOperationNameError(name, isRequest));
                if (typeof value === 'string')
                    r.errorIf((0, plain_json_1.keyPath)(`${base}.${op}`, name), (0, header_value_1.headerValueError)(value));
                if (isRequest && isAuthorityHeader(name) && typeof value === 'string') {
                    if (authority !== '') {
                        r.error((0, plain_json_1.keyPath)(`${base}.${op}`, name), `authority header cannot be set multiple times: have "${authority}", attempting to set "${value}"`);
                    }
                    authority = value;
                }
            }
        }
        (0, plain_json_1.list)(ops.remove).forEach((name, i) => {
            if (typeof name === 'string')
                r.errorIf(`${base}.remove[${i}]`, headerOperationNameError(name, false));
        });
    }
}
/** A regex of a StringMatch or rewrite: non-empty, at most MAX_REGEX_LENGTH (1024) characters, valid RE2. */
function regexError(where, regex) {
    if (regex === '')
        return `"${where}": regex string match should not be empty`;
    if (regex.length > re2_1.MAX_REGEX_LENGTH)
        return `"${where}": regex is too large, max length allowed is ${re2_1.MAX_REGEX_LENGTH}`;
    const err = (0, re2_1.re2Error)(regex);
    if (err === undefined)
        return undefined;
    return `"${where}": regex "${regex}" is invalid: ${err}; Istio uses RE2 style regex-based match (https://github.com/google/re2/wiki/Syntax)`;
}
/** A StringMatch whose regex must be valid; an empty `prefix` is allowed (the uri match). */
function validateStringMatchRegex(r, path, sm, where) {
    if ((0, plain_json_1.isObj)(sm) && typeof sm.regex === 'string')
        r.errorIf(`${path}.regex`, regexError(where, sm.regex));
}
/** A StringMatch: a `prefix` must be non-empty, a `regex` valid; `exact: ""` is allowed. */
function validateStringMatch(r, path, sm, where) {
    if (!(0, plain_json_1.isObj)(sm))
        return;
    if (sm.prefix === '')
        r.error(`${path}.prefix`, `"${where}": prefix string match should not be empty`);
    validateStringMatchRegex(r, path, sm, where);
}
//# sourceMappingURL=http-names.js.map