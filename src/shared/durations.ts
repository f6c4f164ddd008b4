import type { Duration } from 'cdk8s';
import { PropErrors, show } from './prop-errors';
import { formatMillis, millisecondDurationError, NANOS_PER_MILLI } from '../validation/util/duration';

/**
 * A Duration as Istio writes it ("1s", "250ms"), checked against istiod's rule for route and pool durations
 * (at least 1 ms, whole milliseconds). Rounds to nanoseconds first so `Duration.seconds(1.1)` is 1100 ms.
 */
export function istioDuration(errors: PropErrors, prop: string, value: Duration): string {
  return formatMillis(istioMillis(errors, prop, value));
}

/** The whole milliseconds of a Duration that passes istioDuration's check (renderers format them per API). */
export function istioMillis(errors: PropErrors, prop: string, value: Duration): number {
  const nanos = toNanos(value);
  if (nanos === undefined || millisecondDurationError(`${nanos}ns`) !== undefined) {
    throw errors.mustBe(prop, 'at least 1 ms and a whole number of milliseconds', describe(value));
  }
  return Number(nanos / NANOS_PER_MILLI);
}

/** Like istioDuration, but 0 is allowed (fields where 0 has a meaning, e.g. a session cookie's TTL). */
export function istioDurationOrZero(errors: PropErrors, prop: string, value: Duration): string {
  const nanos = toNanos(value);
  if (nanos === 0n) return '0s';
  if (nanos === undefined || nanos < 0n || nanos % NANOS_PER_MILLI !== 0n) {
    throw errors.mustBe(prop, '0 or a whole number of milliseconds', describe(value));
  }
  return formatMillis(Number(nanos / NANOS_PER_MILLI));
}

/** A Duration as whole seconds within [min, max] (Kubernetes probe fields). */
export function wholeSeconds(errors: PropErrors, prop: string, value: Duration, min: number, max: number): number {
  const nanos = toNanos(value);
  const seconds = nanos === undefined ? NaN : Number(nanos) / 1e9;
  if (!Number.isInteger(seconds) || seconds < min || seconds > max) {
    throw errors.mustBe(prop, `a whole number of seconds from ${min} to ${max}`, describe(value));
  }
  return seconds;
}

function isDuration(value: unknown): value is Duration {
  return typeof (value as Duration | undefined)?.toMilliseconds === 'function';
}

/** Exact nanoseconds: whole milliseconds of any size (Go's limit is checked by the caller), else rounded. */
function toNanos(value: Duration): bigint | undefined {
  if (!isDuration(value)) return undefined;
  const ms = value.toMilliseconds({ integral: false });
  if (Number.isSafeInteger(ms)) return BigInt(ms) * NANOS_PER_MILLI;
  const nanos = Math.round(ms * Number(NANOS_PER_MILLI));
  return Number.isSafeInteger(nanos) ? BigInt(nanos) : undefined;
}

function describe(value: unknown): string {
  if (!isDuration(value)) return show(value);
  return `${value.toMilliseconds({ integral: false })}ms`;
}
