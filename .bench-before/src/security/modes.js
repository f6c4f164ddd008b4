"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DataplaneMode = exports.PortMtlsMode = exports.MtlsMode = void 0;
/** Namespace-wide mTLS mode of a `StrictMtlsNamespace`. */
var MtlsMode;
(function (MtlsMode) {
    /** Only mutual-TLS traffic from workloads with a mesh identity is accepted (the default). */
    MtlsMode["STRICT"] = "STRICT";
    /**
     * Plaintext is accepted next to mTLS: a migration stage while workloads without a sidecar are moved in.
     * Never the default.
     */
    MtlsMode["PERMISSIVE"] = "PERMISSIVE";
})(MtlsMode || (exports.MtlsMode = MtlsMode = {}));
/** mTLS mode for one container port of a workload (a port exception). */
var PortMtlsMode;
(function (PortMtlsMode) {
    /** mTLS required on this port. */
    PortMtlsMode["STRICT"] = "STRICT";
    /** Plaintext and mTLS accepted on this port (e.g. a metrics port scraped from outside the mesh). */
    PortMtlsMode["PERMISSIVE"] = "PERMISSIVE";
    /** mTLS switched off on this port. Sidecar data plane only: ztunnel does not support it. */
    PortMtlsMode["DISABLE"] = "DISABLE";
})(PortMtlsMode || (exports.PortMtlsMode = PortMtlsMode = {}));
// Shared with MeshState's per-namespace facts, so it lives in src/shared; re-exported here under its public name.
var dataplane_mode_1 = require("../shared/dataplane-mode");
Object.defineProperty(exports, "DataplaneMode", { enumerable: true, get: function () { return dataplane_mode_1.DataplaneMode; } });
//# sourceMappingURL=modes.js.map