"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.InstallProfile = exports.AccessLogMatchMode = exports.AccessLogEncoding = void 0;
/** How Envoy writes each access-log line (MeshConfig `accessLogEncoding`, provider `logFormat`). */
var AccessLogEncoding;
(function (AccessLogEncoding) {
    /** One JSON object per line (Envoy `json_format`). */
    AccessLogEncoding["JSON"] = "JSON";
    /** One formatted text line per request (Envoy `text_format`). */
    AccessLogEncoding["TEXT"] = "TEXT";
})(AccessLogEncoding || (exports.AccessLogEncoding = AccessLogEncoding = {}));
/** Which side of a connection a proxy logs (Telemetry `accessLogging[].match.mode`). */
var AccessLogMatchMode;
(function (AccessLogMatchMode) {
    /** Both outbound (client) and inbound (server) traffic: Istio's default. */
    AccessLogMatchMode["CLIENT_AND_SERVER"] = "CLIENT_AND_SERVER";
    /** Only traffic the proxy sends on behalf of its workload (outbound). */
    AccessLogMatchMode["CLIENT"] = "CLIENT";
    /** Only traffic the proxy receives for its workload (inbound). */
    AccessLogMatchMode["SERVER"] = "SERVER";
})(AccessLogMatchMode || (exports.AccessLogMatchMode = AccessLogMatchMode = {}));
/**
 * The Istio installation profile the mesh was installed with (`istioctl profile list`). `istioctl install -f`
 * installs what its files describe, starting from the profile they name (`default` when none), so the
 * IstioOperator file must name the mesh's own profile: applied with the wrong one, an ambient mesh loses ztunnel
 * and the CNI agent, a minimal one gains gateways.
 */
var InstallProfile;
(function (InstallProfile) {
    InstallProfile["DEFAULT"] = "default";
    InstallProfile["DEMO"] = "demo";
    InstallProfile["MINIMAL"] = "minimal";
    InstallProfile["REMOTE"] = "remote";
    InstallProfile["EMPTY"] = "empty";
    InstallProfile["PREVIEW"] = "preview";
    InstallProfile["AMBIENT"] = "ambient";
    InstallProfile["OPENSHIFT"] = "openshift";
    InstallProfile["OPENSHIFT_AMBIENT"] = "openshift-ambient";
})(InstallProfile || (exports.InstallProfile = InstallProfile = {}));
//# sourceMappingURL=access-log-options.js.map