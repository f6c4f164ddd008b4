import type { Duration } from 'cdk8s';
import { PropErrors, show } from '../shared/prop-errors';
import { formatMillis, millisecondDurationError } from '../validation/util/duration';

const NANOS_PER_MILLI = 1_000_000;

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
  return nanos / NANOS_PER_MILLI;
}

/** Like istioDuration, but 0 is allowed (fields where 0 has a meaning, e.g. a session cookie's TTL). */
export function istioDurationOrZero(errors: PropErrors, prop: string, value: Duration): string {
  const nanos = toNanos(value);
  if (nanos === 0) return '0s';
  if (nanos === undefined || nanos < 0 || nanos % NANOS_PER_MILLI !== 0) {
    throw errors.mustBe(prop, '0 or a whole number of milliseconds', describe(value));
  }
  return formatMillis(nanos / NANOS_PER_MILLI);
}

/** A Duration as whole seconds within [min, max] (Kubernetes probe fields). */
export function wholeSeconds(errors: PropErrors, prop: string, value: Duration, min: number, max: number): number {
  const nanos = toNanos(value);
  const seconds = nanos === undefined ? NaN : nanos / 1e9;
  if (!Number.isInteger(seconds) || seconds < min || seconds > max) {
    throw errors.mustBe(prop, `a whole number of seconds from ${min} to ${max}`, describe(value));
  }
  return seconds;
}

function isDuration(value: unknown): value is Duration {
  return typeof (value as Duration | undefined)?.toMilliseconds === 'function';
}

function toNanos(value: Duration): number | undefined {
  if (!isDuration(value)) return undefined;
  const nanos = Math.round(value.toMilliseconds({ integral: false }) * NANOS_PER_MILLI);
  return Number.isSafeInteger(nanos) ? nanos : undefined;
}

function describe(value: unknown): string {
  if (!isDuration(value)) return show(value);
  return `${value.toMilliseconds({ integral: false })}ms`;
}
