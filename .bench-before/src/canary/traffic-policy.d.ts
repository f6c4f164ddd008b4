import { Duration } from 'cdk8s';
/** Limits on connections and requests from each client sidecar to the service (DestinationRule connectionPool). */
export interface ConnectionPoolSettings {
    /**
     * Maximum HTTP/1.1 and TCP connections to the service per client sidecar.
     * @default - Istio's default (2^32-1)
     */
    readonly maxConnections?: number;
    /**
     * TCP connect timeout (at least 1 ms, whole milliseconds).
     * @default - Istio's default (10s)
     */
    readonly connectTimeout?: Duration;
    /**
     * Maximum requests queued while waiting for a connection.
     * @default - Istio's default (2^32-1)
     */
    readonly http1MaxPendingRequests?: number;
    /**
     * Maximum concurrent requests to the service.
     * @default - Istio's default (2^32-1)
     */
    readonly http2MaxRequests?: number;
    /**
     * Maximum requests per connection; 1 disables keep-alive.
     * @default - unlimited
     */
    readonly maxRequestsPerConnection?: number;
    /**
     * Maximum concurrent retries to the service.
     * @default - Istio's default (2^32-1)
     */
    readonly maxRetries?: number;
    /**
     * Idle time after which an upstream HTTP connection is closed (at least 1 ms, whole milliseconds).
     * @default - 1 hour (Envoy)
     */
    readonly idleTimeout?: Duration;
}
/** Ejection of unhealthy endpoints from the load-balancing pool (DestinationRule outlierDetection). */
export interface OutlierDetectionSettings {
    /**
     * Consecutive 5xx responses (or connect errors) before an endpoint is ejected; 0 turns this check off.
     * @default - Istio's default (5)
     */
    readonly consecutive5xxErrors?: number;
    /**
     * Consecutive 502/503/504 responses before an endpoint is ejected; 0 turns this check off.
     * @default - off
     */
    readonly consecutiveGatewayErrors?: number;
    /**
     * Time between ejection sweeps (at least 1 ms, whole milliseconds).
     * @default - Istio's default (10s)
     */
    readonly interval?: Duration;
    /**
     * Minimum ejection time, multiplied by the number of ejections (at least 1 ms, whole milliseconds).
     * @default - Istio's default (30s)
     */
    readonly baseEjectionTime?: Duration;
    /**
     * Maximum percentage (0..100) of endpoints that can be ejected at once.
     * @default - Istio's default (10)
     */
    readonly maxEjectionPercent?: number;
    /**
     * Outlier detection stays on while at least this percentage (0..100) of endpoints is healthy.
     * @default - Istio's default (0)
     */
    readonly minHealthPercent?: number;
}
/** mTLS between the client sidecars and this service (DestinationRule tls.mode). */
export declare enum TlsMode {
    /** Istio mutual TLS with the workload certificates (what auto mTLS already picks for sidecar pods). */
    ISTIO_MUTUAL = "ISTIO_MUTUAL",
    /** Plain text. Breaks calls to pods whose namespace or mesh requires STRICT mTLS. */
    DISABLE = "DISABLE"
}
/** How each client sidecar spreads requests over the pods of one version (DestinationRule loadBalancer). */
export declare class LoadBalancer {
    private readonly kind;
    private readonly name?;
    private readonly ttl?;
    static roundRobin(): LoadBalancer;
    /** Istio's default. */
    static leastRequest(): LoadBalancer;
    static random(): LoadBalancer;
    /**
     * The same value of header `name` reaches the same pod within a version (not the same version: the
     * canary weight is applied before hashing).
     */
    static consistentHashByHeader(name: string): LoadBalancer;
    /**
     * Pins clients to a pod by cookie `name`; the sidecar sets it when absent (with `ttl`; 0 = session cookie).
     * @param ttl default: no cookie is generated, only an existing one is hashed
     */
    static consistentHashByCookie(name: string, ttl?: Duration): LoadBalancer;
    static consistentHashBySourceIp(): LoadBalancer;
    static consistentHashByQueryParameter(name: string): LoadBalancer;
    private constructor();
}
