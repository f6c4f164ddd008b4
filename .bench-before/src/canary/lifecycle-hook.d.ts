import type { Duration } from 'cdk8s';
/**
 * What the kubelet runs before it stops a version's container (`lifecycle.preStop`). A short sleep lets the
 * sidecars of clients drop the pod from load balancing before the app stops accepting requests.
 */
export declare class LifecycleHook {
    private readonly kind;
    private readonly duration?;
    private readonly command?;
    private readonly path?;
    private readonly port?;
    /** Wait, then stop (the `sleep` handler: Kubernetes 1.30 or newer). */
    static sleep(duration: Duration): LifecycleHook;
    /** Run a command in the container. */
    static exec(command: string[]): LifecycleHook;
    /** Call an HTTP path on the container. @param port default: the service's targetPort */
    static httpGet(path: string, port?: number): LifecycleHook;
    private constructor();
}
