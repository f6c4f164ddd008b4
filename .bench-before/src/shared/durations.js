"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.istioDuration = istioDuration;
exports.istioMillis = istioMillis;
exports.istioDurationOrZero = istioDurationOrZero;
exports.wholeSeconds = wholeSeconds;
const prop_errors_1 = require("./prop-errors");
const duration_1 = require("../validation/util/duration");
/**
 * A Duration as Istio writes it ("1s", "250ms"), checked against istiod's rule for route and pool durations
 * (at least 1 ms, whole milliseconds). Rounds to nanoseconds first so `Duration.seconds(1.1)` is 1100 ms.
 */
function istioDuration(errors, prop, value) {
    return (0, duration_1.formatMillis)(istioMillis(errors, prop, value));
}
/** The whole milliseconds of a Duration that passes istioDuration's check (renderers format them per API). */
function istioMillis(errors, prop, value) {
    const nanos = toNanos(value);
    if (nanos === undefined || (0, duration_1.millisecondDurationError)(`${nanos}ns`) !== undefined) {
        throw errors.mustBe(prop, 'at least 1 ms and a whole number of milliseconds', describe(value));
    }
    return Number(nanos / duration_1.NANOS_PER_MILLI);
}
/** Like istioDuration, but 0 is allowed (fields where 0 has a meaning, e.g. a session cookie's TTL). */
function istioDurationOrZero(errors, prop, value) {
    const nanos = toNanos(value);
    if (nanos === 0n)
        return '0s';
    if (nanos === undefined || nanos < 0n || nanos % duration_1.NANOS_PER_MILLI !== 0n) {
        throw errors.mustBe(prop, '0 or a whole number of milliseconds', describe(value));
    }
    return (0, duration_1.formatMillis)(Number(nanos / duration_1.NANOS_PER_MILLI));
}
/** A Duration as whole seconds within [min, max] (Kubernetes probe fields). */
function wholeSeconds(errors, prop, value, min, max) {
    const nanos = toNanos(value);
    const seconds = nanos === undefined ? NaN : Number(nanos) / 1e9;
    if (!Number.isInteger(seconds) || seconds < min || seconds > max) {
        throw errors.mustBe(prop, `a whole number of seconds from ${min} to ${max}`, describe(value));
    }
    return seconds;
}
function isDuration(value) {
    return typeof value?.toMilliseconds === 'function';
}
/** Exact nanoseconds: whole milliseconds of any size (Go's limit is checked by the caller), else rounded. */
function toNanos(value) {
    if (!isDuration(value))
        return undefined;
    const ms = value.toMilliseconds({ integral: false });
    if (Number.isSafeInteger(ms))
        return BigInt(ms) * duration_1.NANOS_PER_MILLI;
    const nanos = Math.round(ms * Number(duration_1.NANOS_PER_MILLI));
    return Number.isSafeInteger(nanos) ? BigInt(nanos) : undefined;
}
function describe(value) {
    if (!isDuration(value))
        return (0, prop_errors_1.show)(value);
    return `${value.toMilliseconds({ integral: false })}ms`;
}
//# sourceMappingURL=durations.js.map