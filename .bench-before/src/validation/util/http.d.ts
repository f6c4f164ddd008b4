/**
 * HTTP vocabulary istiod checks, shared by the webhook layer and the constructs (one place for each rule).
 */
export declare function isHttpToken(value: string): boolean;
/** The retry conditions istiod accepts in `retries.retryOn`, besides HTTP status codes. */
export declare const RETRY_ON_CONDITIONS: readonly string[];
/** Whether istiod accepts one comma-separated token of `retryOn` (a condition or a known status code). */
export declare function isRetryOnToken(token: string): boolean;
