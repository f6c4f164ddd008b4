import type { Duration } from 'cdk8s';
import { PropErrors } from './prop-errors';
/**
 * A Duration as Istio writes it ("1s", "250ms"), checked against istiod's rule for route and pool durations
 * (at least 1 ms, whole milliseconds). Rounds to nanoseconds first so `Duration.seconds(1.1)` is 1100 ms.
 */
export declare function istioDuration(errors: PropErrors, prop: string, value: Duration): string;
/** The whole milliseconds of a Duration that passes istioDuration's check (renderers format them per API). */
export declare function istioMillis(errors: PropErrors, prop: string, value: Duration): number;
/** Like istioDuration, but 0 is allowed (fields where 0 has a meaning, e.g. a session cookie's TTL). */
export declare function istioDurationOrZero(errors: PropErrors, prop: string, value: Duration): string;
/** A Duration as whole seconds within [min, max] (Kubernetes probe fields). */
export declare function wholeSeconds(errors: PropErrors, prop: string, value: Duration, min: number, max: number): number;
