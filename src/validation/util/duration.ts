/**
 * Durations as Istio and Kubernetes read them: Go's `time.ParseDuration` syntax ("1.5s", "1m30s", "300ms").
 * Both the CRD's CEL `duration()` and istiod's protobuf JSON decoding accept this syntax.
 */
import { DIGIT, runLength } from './chars';

const UNIT_NANOS: { [unit: string]: bigint } = {
  ns: 1n,
  us: 1_000n,
  'µs': 1_000n, // U+00B5 micro sign
  'μs': 1_000n, // U+03BC Greek mu
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};
const MAX_INT64 = (1n << 63n) - 1n;

/**
 * Parses a Go duration string into nanoseconds (bigint), or returns undefined when Go would reject it
 * (empty string, missing unit except for "0", unknown unit, overflow of int64).
 */
export function parseGoDuration(input: string): bigint | undefined {
  let s = input;
  let negative = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    negative = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0n;
  if (s === '') return undefined;
  let total = 0n;
  let i = 0;
  while (i < s.length) {
    // digits, an optional fraction, then a unit: everything up to the next digit or '.'
    const wholeEnd = i + runLength(s, DIGIT, i);
    const whole = s.slice(i, wholeEnd);
    let frac: string | undefined;
    let unitStart = wholeEnd;
    if (s[wholeEnd] === '.') {
      unitStart = wholeEnd + 1 + runLength(s, DIGIT, wholeEnd + 1);
      frac = s.slice(wholeEnd + 1, unitStart);
    }
    if (whole === '' && (frac === undefined || frac === '')) return undefined;
    let unitEnd = unitStart;
    while (unitEnd < s.length && s[unitEnd] !== '.' && !DIGIT.has(s.charCodeAt(unitEnd))) unitEnd++;
    if (unitEnd === unitStart) return undefined; // Go: "missing unit in duration"
    const unit = s.slice(unitStart, unitEnd);
    const scale = Object.prototype.hasOwnProperty.call(UNIT_NANOS, unit) ? UNIT_NANOS[unit] : undefined;
    if (scale === undefined) return undefined; // Go: "unknown unit"
    i = unitEnd;
    let value = BigInt(whole === '' ? '0' : whole) * scale;
    if (frac) {
      // Go keeps as many fraction digits as fit and truncates the rest (no rounding up past ns).
      value += (BigInt(frac) * scale) / 10n ** BigInt(frac.length);
    }
    total += value;
    if (total > MAX_INT64 + (negative ? 1n : 0n)) return undefined; // Go: "invalid duration" (overflow)
  }
  return negative ? -total : total;
}

export const NANOS_PER_MILLI = 1_000_000n;

/**
 * istiod's webhook rule for most durations (agent/validation.go ValidateDuration): at least 1 ms and a whole
 * number of milliseconds. Returns an error message or undefined.
 */
export function millisecondDurationError(value: string): string | undefined {
  const nanos = parseGoDuration(value);
  if (nanos === undefined) return `"${value}" is not a valid duration (e.g. "1s", "250ms", "1m30s")`;
  if (nanos < NANOS_PER_MILLI) return `duration "${value}" must be greater than 1ms`;
  if (nanos % NANOS_PER_MILLI !== 0n) return `duration "${value}" has sub-millisecond precision; only durations to ms precision are supported`;
  return undefined;
}

/** Formats whole milliseconds the way Istio examples write durations: "1s", "250ms", "1.5s" is written "1500ms". */
export function formatMillis(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}
