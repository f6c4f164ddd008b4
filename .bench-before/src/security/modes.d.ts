/** Namespace-wide mTLS mode of a `StrictMtlsNamespace`. */
export declare enum MtlsMode {
    /** Only mutual-TLS traffic from workloads with a mesh identity is accepted (the default). */
    STRICT = "STRICT",
    /**
     * Plaintext is accepted next to mTLS: a migration stage while workloads without a sidecar are moved in.
     * Never the default.
     */
    PERMISSIVE = "PERMISSIVE"
}
/** mTLS mode for one container port of a workload (a port exception). */
export declare enum PortMtlsMode {
    /** mTLS required on this port. */
    STRICT = "STRICT",
    /** Plaintext and mTLS accepted on this port (e.g. a metrics port scraped from outside the mesh). */
    PERMISSIVE = "PERMISSIVE",
    /** mTLS switched off on this port. Sidecar data plane only: ztunnel does not support it. */
    DISABLE = "DISABLE"
}
export { DataplaneMode } from '../shared/dataplane-mode';
