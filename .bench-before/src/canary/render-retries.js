"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderRetries = renderRetries;
const durations_1 = require("../shared/durations");
const prop_errors_1 = require("../shared/prop-errors");
const retry_policy_1 = require("./retry-policy");
const http_1 = require("../validation/util/http");
const version_gates_1 = require("../validation/version-gates");
/** The VirtualService retries block, checked against istiod's rules. */
function renderRetries(errors, retries, version) {
    const attempts = (0, prop_errors_1.checkInteger)(errors, 'retries.attempts', retries.attempts, 0, 2147483647);
    if (attempts === 0 && (retries.perTryTimeout !== undefined || retries.retryOn !== undefined || retries.backoff !== undefined)) {
        throw errors.mustBe('retries', "only { attempts: 0 } when retries are off (istiod rejects 'perTryTimeout', 'retryOn' or 'backoff' with 0 attempts)", 'attempts 0 with other fields');
    }
    const out = { attempts };
    if (retries.perTryTimeout !== undefined)
        out.perTryTimeout = (0, durations_1.istioDuration)(errors, 'retries.perTryTimeout', retries.perTryTimeout);
    if (retries.retryOn !== undefined) {
        if (!Array.isArray(retries.retryOn) || retries.retryOn.length === 0) {
            throw errors.mustBe('retries.retryOn', 'a non-empty list of retry conditions', retries.retryOn);
        }
        for (const token of retries.retryOn) {
            // istiod also takes 1xx-3xx codes, but retrying a success or a redirect is never what a user means.
            if (typeof token !== 'string' || !(0, http_1.isRetryOnToken)(token) || (/^\d+$/.test(token) && Number(token) < 400)) {
                throw errors.mustBe('retries.retryOn', `a list of 4xx/5xx HTTP status codes (e.g. "503") and ${retry_policy_1.RETRY_ON_CONDITIONS.join(', ')}`, token);
            }
        }
        out.retryOn = retries.retryOn.join(',');
    }
    if (retries.backoff !== undefined) {
        if (!version.atLeast(version_gates_1.RETRY_BACKOFF_MIN_MINOR)) {
            throw errors.mustBe('retries.backoff', `left out for Istio ${version} (the field exists from Istio 1.${version_gates_1.RETRY_BACKOFF_MIN_MINOR}; context 'istioVersion')`, 'a backoff');
        }
        out.backoff = (0, durations_1.istioDuration)(errors, 'retries.backoff', retries.backoff);
    }
    return out;
}
//# sourceMappingURL=render-retries.js.map