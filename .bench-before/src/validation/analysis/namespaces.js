"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MeshMode = exports.SIDECAR_INJECT = exports.REVISION_LABEL = exports.INJECTION_LABEL = exports.DATAPLANE_MODE_LABEL = void 0;
exports.isIgnoredNamespace = isIgnoredNamespace;
exports.isIstioControlPlane = isIstioControlPlane;
exports.conflictingModeLabels = conflictingModeLabels;
exports.meshModeOf = meshModeOf;
exports.podInjectValue = podInjectValue;
exports.optsOutOfSidecar = optsOutOfSidecar;
/**
 * Namespace facts shared by the analyzers: which namespaces Istio's analyzers skip, and how a namespace's
 * labels put its pods into the mesh (sidecar injection, ambient) — ISTIO-FACTS §4.
 */
const istio_names_1 = require("../util/istio-names");
Object.defineProperty(exports, "DATAPLANE_MODE_LABEL", { enumerable: true, get: function () { return istio_names_1.DATAPLANE_MODE_LABEL; } });
Object.defineProperty(exports, "INJECTION_LABEL", { enumerable: true, get: function () { return istio_names_1.INJECTION_LABEL; } });
Object.defineProperty(exports, "REVISION_LABEL", { enumerable: true, get: function () { return istio_names_1.REVISION_LABEL; } });
Object.defineProperty(exports, "SIDECAR_INJECT", { enumerable: true, get: function () { return istio_names_1.SIDECAR_INJECT; } });
/** Namespaces the injection webhook never touches and Istio's analyzers skip. */
const IGNORED_NAMESPACES = new Set(['kube-system', 'kube-public', 'kube-node-lease', 'local-path-storage']);
function isIgnoredNamespace(namespace) {
    return IGNORED_NAMESPACES.has(namespace);
}
/** Istio's control plane objects carry an `istio` label (istiod, gateways) or `release: istio`. */
function isIstioControlPlane(labels) {
    return labels.istio !== undefined || labels.release === 'istio';
}
var MeshMode;
(function (MeshMode) {
    /** New pods get a sidecar. */
    MeshMode["SIDECAR"] = "sidecar";
    MeshMode["AMBIENT"] = "ambient";
    MeshMode["NONE"] = "none";
    /** More than one of the mode labels: Istio's analyzer refuses to guess (IST0123). */
    MeshMode["CONFLICTING"] = "conflicting";
})(MeshMode || (exports.MeshMode = MeshMode = {}));
/**
 * The mode labels Istio's injection analyzer counts (IST0123), when more than one: `istio-injection` whatever its
 * value, and `istio.io/rev` and `istio.io/dataplane-mode` only while `istio-injection` is absent or `enabled`
 * (a namespace with injection disabled may keep a revision label for later). [] when they do not conflict.
 */
function conflictingModeLabels(labels) {
    const injection = labels[istio_names_1.INJECTION_LABEL];
    const present = injection === undefined ? [] : [istio_names_1.INJECTION_LABEL];
    if (injection === undefined || injection === 'enabled') {
        if (labels[istio_names_1.REVISION_LABEL] !== undefined)
            present.push(istio_names_1.REVISION_LABEL);
        if (labels[istio_names_1.DATAPLANE_MODE_LABEL] !== undefined)
            present.push(istio_names_1.DATAPLANE_MODE_LABEL);
    }
    return present.length > 1 ? present : [];
}
function meshModeOf(labels) {
    if (conflictingModeLabels(labels).length > 0)
        return MeshMode.CONFLICTING;
    if (labels[istio_names_1.DATAPLANE_MODE_LABEL] === 'ambient')
        return MeshMode.AMBIENT;
    // istio-injection beats istio.io/rev (ISTIO-FACTS §4.1): `disabled` turns injection off.
    const injection = labels[istio_names_1.INJECTION_LABEL];
    if (injection !== undefined)
        return injection === 'enabled' ? MeshMode.SIDECAR : MeshMode.NONE;
    return labels[istio_names_1.REVISION_LABEL] !== undefined ? MeshMode.SIDECAR : MeshMode.NONE;
}
/** The pod's own injection choice: the label wins over the deprecated annotation (inject.go). */
function podInjectValue(labels, annotations) {
    return labels[istio_names_1.SIDECAR_INJECT] ?? annotations[istio_names_1.SIDECAR_INJECT];
}
function optsOutOfSidecar(labels, annotations) {
    return podInjectValue(labels, annotations)?.toLowerCase() === 'false';
}
//# sourceMappingURL=namespaces.js.map