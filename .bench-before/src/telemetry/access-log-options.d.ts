/** How Envoy writes each access-log line (MeshConfig `accessLogEncoding`, provider `logFormat`). */
export declare enum AccessLogEncoding {
    /** One JSON object per line (Envoy `json_format`). */
    JSON = "JSON",
    /** One formatted text line per request (Envoy `text_format`). */
    TEXT = "TEXT"
}
/** Which side of a connection a proxy logs (Telemetry `accessLogging[].match.mode`). */
export declare enum AccessLogMatchMode {
    /** Both outbound (client) and inbound (server) traffic: Istio's default. */
    CLIENT_AND_SERVER = "CLIENT_AND_SERVER",
    /** Only traffic the proxy sends on behalf of its workload (outbound). */
    CLIENT = "CLIENT",
    /** Only traffic the proxy receives for its workload (inbound). */
    SERVER = "SERVER"
}
/**
 * The Istio installation profile the mesh was installed with (`istioctl profile list`). `istioctl install -f`
 * installs what its files describe, starting from the profile they name (`default` when none), so the
 * IstioOperator file must name the mesh's own profile: applied with the wrong one, an ambient mesh loses ztunnel
 * and the CNI agent, a minimal one gains gateways.
 */
export declare enum InstallProfile {
    DEFAULT = "default",
    DEMO = "demo",
    MINIMAL = "minimal",
    REMOTE = "remote",
    EMPTY = "empty",
    PREVIEW = "preview",
    AMBIENT = "ambient",
    OPENSHIFT = "openshift",
    OPENSHIFT_AMBIENT = "openshift-ambient"
}
