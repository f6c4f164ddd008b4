/** Which Istio data plane captures a namespace's pods. */
export declare enum DataplaneMode {
    /** Envoy sidecars injected into every pod (namespace label `istio-injection` or `istio.io/rev`). */
    SIDECAR = "sidecar",
    /** Ambient mode: ztunnel on each node (namespace label `istio.io/dataplane-mode=ambient`). */
    AMBIENT = "ambient"
}
