/**
 * A caller that a `StrictMtlsNamespace` with `denyByDefault` lets in (`allowFrom`). Namespace and service-account
 * identities come from the caller's mTLS certificate, so they only match callers in the mesh; callers outside it
 * (a Prometheus or an ingress controller without a sidecar, the API server calling a webhook) have no identity and
 * can only be let in by port (`anySourceOnPort`), on a port that also accepts plaintext (a PERMISSIVE port
 * exception).
 */
export declare class CallerIdentity {
    /** The caller's namespace; undefined for a port rule. */
    readonly namespaceName: string | undefined;
    /** The caller's service account; undefined for "any workload in the namespace" and for a port rule. */
    readonly serviceAccountName: string | undefined;
    /** The container port open to any source; undefined for identity callers. */
    readonly port: number | undefined;
    /** Every workload in the namespace `namespace` (rendered as `source.namespaces`). */
    static namespace(namespace: string): CallerIdentity;
    /**
     * Workloads running as the service account `serviceAccount` in `namespace` (rendered as the SPIFFE principal
     * `<trustDomain>/ns/<namespace>/sa/<serviceAccount>` in `source.principals`).
     */
    static serviceAccount(namespace: string, serviceAccount: string): CallerIdentity;
    /**
     * An Istio ingress gateway, by its service account. The defaults are those of `istioctl install`; a gateway
     * installed with the `istio/gateway` Helm chart runs as its release name (e.g. `istio-ingressgateway`), and one
     * that Istio deploys for a Gateway API `Gateway` as `<gateway name>-istio` in the Gateway's namespace.
     * @param serviceAccount default 'istio-ingressgateway-service-account'
     * @param namespace default 'istio-system'
     */
    static ingressGateway(serviceAccount?: string, namespace?: string): CallerIdentity;
    /**
     * A monitoring stack that runs in the mesh (e.g. Prometheus with an Istio sidecar and its certificates) in
     * `namespace`. A Prometheus outside the mesh has no identity: scrape Istio's merged metrics port 15020
     * (the default, which neither mTLS nor authorization policies cover) or use `anySourceOnPort` with a
     * PERMISSIVE port exception.
     * @param namespace default 'monitoring'
     */
    static monitoringNamespace(namespace?: string): CallerIdentity;
    /**
     * Any source, with or without a mesh identity, on container port `port` of the namespace's workloads
     * (rendered as a rule with `to.operation.ports` and no `from`). Callers outside the mesh reach the port only
     * when it also accepts plaintext: give it a PERMISSIVE port exception (or keep the namespace PERMISSIVE during a
     * migration).
     */
    static anySourceOnPort(port: number): CallerIdentity;
    private constructor();
}
