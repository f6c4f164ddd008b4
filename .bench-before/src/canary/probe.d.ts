import { Duration } from 'cdk8s';
/** Timing of a probe. Fields left out keep Kubernetes' defaults. */
export interface ProbeOptions {
    /**
     * Wait after the container starts before the first probe (whole seconds).
     * @default - no delay (Kubernetes default 0)
     */
    readonly initialDelay?: Duration;
    /**
     * Time between probes (whole seconds, at least 1).
     * @default - 10 seconds (Kubernetes default)
     */
    readonly period?: Duration;
    /**
     * Time after which one probe counts as failed (whole seconds, at least 1).
     * @default - 1 second (Kubernetes default)
     */
    readonly timeout?: Duration;
    /**
     * Consecutive failures after which the probe fails.
     * @default 3
     */
    readonly failureThreshold?: number;
    /**
     * Consecutive successes after which a failed probe passes again (must be 1 for liveness and startup).
     * @default 1
     */
    readonly successThreshold?: number;
}
/** Options for an HTTP GET probe. */
export interface HttpGetProbeOptions extends ProbeOptions {
    /**
     * The container port to call.
     * @default - the service's targetPort
     */
    readonly port?: number;
}
/**
 * A readiness, liveness or startup check of a version's container. Istio's injector rewrites HTTP and TCP
 * probes so the kubelet reaches the app through the sidecar agent, which works with STRICT mTLS.
 */
export declare class Probe {
    private readonly kind;
    private readonly options;
    private readonly port?;
    private readonly path?;
    private readonly command?;
    /** An HTTP GET on `path` (must start with '/'); 200-399 is healthy. */
    static httpGet(path: string, options?: HttpGetProbeOptions): Probe;
    /** A TCP connect to `port`. @param port default: the service's targetPort */
    static tcp(port?: number, options?: ProbeOptions): Probe;
    /** A gRPC health check (grpc.health.v1) on `port`. @param port default: the service's targetPort */
    static grpc(port?: number, options?: ProbeOptions): Probe;
    /** A command run in the container; exit code 0 is healthy. */
    static exec(command: string[], options?: ProbeOptions): Probe;
    /** No probe at all (to remove a default probe, such as the readiness probe every version gets). */
    static none(): Probe;
    private constructor();
}
