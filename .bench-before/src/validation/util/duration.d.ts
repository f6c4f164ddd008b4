/**
 * Durations as Istio and Kubernetes read them: Go's `time.ParseDuration` syntax ("1.5s", "1m30s", "300ms").
 * Both the CRD's CEL `duration()` and istiod's protobuf JSON decoding accept this syntax.
 */
/**
 * Parses a Go duration string into nanoseconds (bigint), or returns undefined when Go would reject it
 * (empty string, missing unit except for "0", unknown unit, overflow of int64).
 */
export declare function parseGoDuration(input: string): bigint | undefined;
export declare const NANOS_PER_MILLI = 1000000n;
/**
 * istiod's webhook rule for most durations (agent/validation.go ValidateDuration): at least 1 ms and a whole
 * number of milliseconds. Returns an error message or undefined.
 */
export declare function millisecondDurationError(value: string): string | undefined;
/** Formats whole milliseconds the way Istio examples write durations: "1s", "250ms", "1.5s" is written "1500ms". */
export declare function formatMillis(ms: number): string;
