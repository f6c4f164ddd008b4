import type { Duration } from 'cdk8s';
export { RETRY_ON_CONDITIONS } from '../validation/util/http';
/** How the client sidecars retry a failed request (VirtualService retries; HTTP, HTTP2 and GRPC only). */
export interface RetryPolicy {
    /** Maximum retries per request; 0 turns retries off (then no other field may be set). */
    readonly attempts: number;
    /**
     * Timeout of each attempt (at least 1 ms, whole milliseconds).
     * @default - the route timeout
     */
    readonly perTryTimeout?: Duration;
    /**
     * Conditions to retry on: any of RETRY_ON_CONDITIONS or a 4xx/5xx HTTP status code (e.g. "503").
     * @default - Istio's default: connect-failure, refused-stream, unavailable, cancelled, retriable-status-codes
     */
    readonly retryOn?: string[];
    /**
     * Base interval of the exponential back-off between retries (at least 1 ms; needs Istio 1.26+).
     * @default - Envoy's default (25ms)
     */
    readonly backoff?: Duration;
}
