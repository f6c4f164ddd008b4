"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DataplaneMode = void 0;
/** Which Istio data plane captures a namespace's pods. */
var DataplaneMode;
(function (DataplaneMode) {
    /** Envoy sidecars injected into every pod (namespace label `istio-injection` or `istio.io/rev`). */
    DataplaneMode["SIDECAR"] = "sidecar";
    /** Ambient mode: ztunnel on each node (namespace label `istio.io/dataplane-mode=ambient`). */
    DataplaneMode["AMBIENT"] = "ambient";
})(DataplaneMode || (exports.DataplaneMode = DataplaneMode = {}));
//# sourceMappingURL=dataplane-mode.js.map