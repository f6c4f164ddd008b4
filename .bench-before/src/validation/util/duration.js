"use strict";
/**
 * Durations as Istio and Kubernetes read them: Go's `time.ParseDuration` syntax ("1.5s", "1m30s", "300ms").
 * Both the CRD's CEL `duration()` and istiod's protobuf JSON decoding accept this syntax.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.NANOS_PER_MILLI = void 0;
exports.parseGoDuration = parseGoDuration;
exports.millisecondDurationError = millisecondDurationError;
exports.formatMillis = formatMillis;
const UNIT_NANOS = {
    ns: 1n,
    us: 1000n,
    'µs': 1000n, // U+00B5 micro sign
    'μs': 1000n, // U+03BC Greek mu
    ms: 1000000n,
    s: 1000000000n,
    m: 60000000000n,
    h: 3600000000000n,
};
const MAX_INT64 = (1n << 63n) - 1n;
/**
 * Parses a Go duration string into nanoseconds (bigint), or returns undefined when Go would reject it
 * (empty string, missing unit except for "0", unknown unit, overflow of int64).
 */
function parseGoDuration(input) {
    let s = input;
    let negative = false;
    if (s.startsWith('-') || s.startsWith('+')) {
        negative = s[0] === '-';
        s = s.slice(1);
    }
    if (s === '0')
        return 0n;
    if (s === '')
        return undefined;
    let total = 0n;
    while (s !== '') {
        const m = /^(\d*)(?:\.(\d*))?/.exec(s);
        const whole = m?.[1] ?? '';
        const frac = m?.[2];
        if (!m || (whole === '' && (frac === undefined || frac === '')))
            return undefined;
        s = s.slice(m[0].length);
        const unitMatch = /^[^\d.]+/.exec(s);
        if (!unitMatch)
            return undefined; // Go: "missing unit in duration"
        const unit = unitMatch[0];
        const scale = UNIT_NANOS[unit];
        if (scale === undefined)
            return undefined; // Go: "unknown unit"
        s = s.slice(unit.length);
        let value = BigInt(whole === '' ? '0' : whole) * scale;
        if (frac) {
            // Go keeps as many fraction digits as fit and truncates the rest (no rounding up past ns).
            value += (BigInt(frac) * scale) / 10n ** BigInt(frac.length);
        }
        total += value;
        if (total > MAX_INT64 + (negative ? 1n : 0n))
            return undefined; // Go: "invalid duration" (overflow)
    }
    return negative ? -total : total;
}
exports.NANOS_PER_MILLI = 1000000n;
/**
 * istiod's webhook rule for most durations (agent/validation.go ValidateDuration): at least 1 ms and a whole
 * number of milliseconds. Returns an error message or undefined.
 */
function millisecondDurationError(value) {
    const nanos = parseGoDuration(value);
    if (nanos === undefined)
        return `"${value}" is not a valid duration (e.g. "1s", "250ms", "1m30s")`;
    if (nanos < exports.NANOS_PER_MILLI)
        return `duration "${value}" must be greater than 1ms`;
    if (nanos % exports.NANOS_PER_MILLI !== 0n)
        return `duration "${value}" has sub-millisecond precision; only durations to ms precision are supported`;
    return undefined;
}
/** Formats whole milliseconds the way Istio examples write durations: "1s", "250ms", "1.5s" is written "1500ms". */
function formatMillis(ms) {
    return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}
//# sourceMappingURL=duration.js.map