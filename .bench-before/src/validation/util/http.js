"use strict";
/**
 * HTTP vocabulary istiod checks, shared by the webhook layer and the constructs (one place for each rule).
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.RETRY_ON_CONDITIONS = void 0;
exports.isHttpToken = isHttpToken;
exports.isRetryOnToken = isRetryOnToken;
/** RFC 9110 token characters: what Envoy and Go's httpguts accept as a header field name (and cookie names). */
const HTTP_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
function isHttpToken(value) {
    return HTTP_TOKEN.test(value);
}
/** The retry conditions istiod accepts in `retries.retryOn`, besides HTTP status codes. */
exports.RETRY_ON_CONDITIONS = [
    '5xx', 'gateway-error', 'reset', 'reset-before-request', 'connect-failure', 'retriable-4xx', 'refused-stream',
    'retriable-status-codes', 'retriable-headers', 'envoy-ratelimited', 'http3-post-connect-failure', 'cancelled',
    'deadline-exceeded', 'internal', 'resource-exhausted', 'unavailable',
];
const RETRY_ON = new Set(exports.RETRY_ON_CONDITIONS);
// The status codes Go's net/http has a text for (http.StatusText): istiod accepts exactly these in retryOn.
const HTTP_STATUS_CODES = new Set([
    100, 101, 102, 103, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305, 307, 308,
    400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422, 423,
    424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511,
]);
/** Whether istiod accepts one comma-separated token of `retryOn` (a condition or a known status code). */
function isRetryOnToken(token) {
    if (RETRY_ON.has(token))
        return true;
    return /^[+-]?\d+$/.test(token) && HTTP_STATUS_CODES.has(Number(token));
}
//# sourceMappingURL=http.js.map