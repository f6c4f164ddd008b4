"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CATCH_ALL_REGEX = exports.CATCH_ALL_PREFIX = exports.REGULAR_EXPRESSION = exports.PATH_PREFIX = exports.EXACT = void 0;
exports.needsRegexCatchAll = needsRegexCatchAll;
exports.gatewayMatch = gatewayMatch;
const string_match_1 = require("../canary/string-match");
const http_names_1 = require("../canary/http-names");
/** Gateway API match types. */
exports.EXACT = 'Exact';
exports.PATH_PREFIX = 'PathPrefix';
exports.REGULAR_EXPRESSION = 'RegularExpression';
/** An HTTP token (header and query parameter names in the Gateway API CRD). */
const TOKEN = /^[A-Za-z0-9!#$%&'*+\-.^_`|~]+$/;
/** Characters the CRD allows in Exact and PathPrefix paths. */
const PATH_CHARS = /^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|%[0-9a-fA-F]{2})+$/;
/** The catch-all path of the weighted rule when no match uses a URI regex (the CRD's default match). */
exports.CATCH_ALL_PREFIX = { type: exports.PATH_PREFIX, value: '/' };
/**
 * The catch-all path when a match uses a URI prefix or regex: Istio ranks regex paths below every PathPrefix,
 * so the catch-all must be a regex too for those matches to win; `.*` takes every path like `PathPrefix /`.
 */
exports.CATCH_ALL_REGEX = { type: exports.REGULAR_EXPRESSION, value: '.*' };
const API = "with 'routingApi' RoutingApi.GATEWAY_API";
/** Whether the match compares the URI by prefix or regex (then the catch-all must be CATCH_ALL_REGEX). */
function needsRegexCatchAll(match) {
    const uri = match._conditions.uri;
    return uri !== undefined && uri.type !== string_match_1.StringMatchType.EXACT;
}
/** The HTTPRoute match for one RouteMatch; `pathPrefix` is the attachment's path prefix, when it has one. */
function gatewayMatch(errors, prop, match, pathPrefix) {
    const c = match._conditions;
    const fail = (why) => errors.about(prop, `(${match}) cannot be expressed ${API}: ${why}`);
    if (c.sourceLabels !== undefined || c.sourceNamespace !== undefined) {
        throw fail("an HTTPRoute matches the request only (path, headers, query parameters), not the calling workload; " +
            "use 'routingApi' RoutingApi.ISTIO on the sidecar data plane (waypoints ignore source matches too)");
    }
    let path;
    if (c.uri !== undefined) {
        if (pathPrefix !== undefined)
            throw fail(`it matches the URI, and the gateway attachment already matches the path prefix "${pathPrefix}"`);
        path = gatewayPath(c.uri, fail);
    }
    else {
        path = pathPrefix !== undefined ? { type: exports.PATH_PREFIX, value: pathPrefix } : exports.CATCH_ALL_PREFIX;
    }
    const out = { path: { ...path } };
    const headers = Object.entries(c.headers ?? {}).map(([name, m]) => stringMatch(name, m, 'header', 4096, fail));
    if (headers.length > 0)
        out.headers = headers;
    const query = Object.entries(c.queryParams ?? {}).map(([name, m]) => stringMatch(name, m, 'query parameter', 1024, fail));
    if (query.length > 0)
        out.queryParams = query;
    return out;
}
function gatewayPath(uri, fail) {
    switch (uri.type) {
        case string_match_1.StringMatchType.EXACT:
            if (!uri.value.startsWith('/') || !PATH_CHARS.test(uri.value) || /\/\/|\/\.\.?\/|%2f|\/\.\.?$/i.test(uri.value)) {
                throw fail(`an Exact path must be an absolute, normalized path of URI characters, got ${JSON.stringify(uri.value)}`);
            }
            return { type: exports.EXACT, value: uri.value };
        case string_match_1.StringMatchType.PREFIX:
            // A VirtualService prefix sees the query string too; an HTTPRoute path never does.
            if (uri.value.includes('?'))
                throw fail(`a URI prefix with '?' matches the query string, which HTTPRoute paths never see, got ${JSON.stringify(uri.value)}`);
            return { type: exports.REGULAR_EXPRESSION, value: `${(0, http_names_1.escapeRe2)(uri.value)}.*` };
        default:
            // Istio ranks regex paths by length; the catch-all `.*` has two characters, so a shorter one is grouped.
            return { type: exports.REGULAR_EXPRESSION, value: uri.value.length < exports.CATCH_ALL_REGEX.value.length ? `(?:${uri.value})` : uri.value };
    }
}
function stringMatch(name, m, what, maxLength, fail) {
    if (!TOKEN.test(name))
        throw fail(`${what} names must be HTTP tokens, got ${JSON.stringify(name)}`);
    switch (m.type) {
        case string_match_1.StringMatchType.EXACT:
            if (m.value === '')
                throw fail(`${what} values need at least one character, got an exact match on ""`);
            return { type: exports.EXACT, name, value: checkLength(m.value) };
        case string_match_1.StringMatchType.PREFIX:
            return { type: exports.REGULAR_EXPRESSION, name, value: checkLength(`${(0, http_names_1.escapeRe2)(m.value)}.*`) };
        default:
            return { type: exports.REGULAR_EXPRESSION, name, value: checkLength(m.value) };
    }
    function checkLength(value) {
        if (value.length > maxLength)
            throw fail(`${what} values are at most ${maxLength} characters, got ${value.length}`);
        return value;
    }
}
//# sourceMappingURL=gateway-api-matches.js.map