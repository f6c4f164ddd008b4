"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.hasProxyContainer = hasProxyContainer;
exports.usesHostNetwork = usesHostNetwork;
exports.podMetadataPath = podMetadataPath;
exports.isAmbientWorkload = isAmbientWorkload;
exports.runsPods = runsPods;
exports.isInMesh = isInMesh;
const resource_1 = require("./resource");
const namespaces_1 = require("./namespaces");
const PROXY_CONTAINER = 'istio-proxy';
/** Whether the pod spec already carries the istio-proxy container (injected pod, or native sidecar). */
function hasProxyContainer(w) {
    for (const list of [w.podSpec.containers, w.podSpec.initContainers]) {
        for (const c of (0, resource_1.asArray)(list))
            if ((0, resource_1.asObject)(c).name === PROXY_CONTAINER)
                return true;
    }
    return false;
}
function usesHostNetwork(w) {
    return w.podSpec.hostNetwork === true;
}
/** Field path of the pod metadata (labels/annotations) inside the object. */
function podMetadataPath(w) {
    return w.templatePath ? `${w.templatePath}.metadata` : 'metadata';
}
/** Whether a pod in a namespace of the given mode is captured by ztunnel rather than given a sidecar. */
function isAmbientWorkload(w, namespaceMode) {
    if (w.annotations['ambient.istio.io/redirection'] === 'enabled')
        return true;
    if (hasProxyContainer(w) || (0, namespaces_1.podInjectValue)(w.labels, w.annotations) === 'true')
        return false;
    const own = w.labels[namespaces_1.DATAPLANE_MODE_LABEL];
    if (own !== undefined)
        return own === 'ambient';
    return namespaceMode === namespaces_1.MeshMode.AMBIENT;
}
/** Whether any pod runs from this workload (a template with `replicas: 0` runs none). */
function runsPods(w) {
    return w.replicas !== 0;
}
/**
 * Istio's in-mesh rule (analyzers/util/in_mesh.go): an istio-proxy container, else the pod's own inject label, then
 * annotation, else its namespace's `istio-injection=enabled`; ambient-captured pods count too. Revision labels do
 * not count. `namespaceLabels` undefined = the Namespace is not in the inputs: in an open world the pod may well be
 * in the mesh, so it counts.
 */
function isInMesh(w, namespaceLabels, closedWorld) {
    if (hasProxyContainer(w) || w.annotations['ambient.istio.io/redirection'] === 'enabled')
        return true;
    const own = w.labels[namespaces_1.SIDECAR_INJECT] ?? w.annotations[namespaces_1.SIDECAR_INJECT];
    if (own !== undefined)
        return own === 'true';
    if (namespaceLabels === undefined)
        return !closedWorld;
    return namespaceLabels[namespaces_1.INJECTION_LABEL] === 'enabled' || namespaceLabels[namespaces_1.DATAPLANE_MODE_LABEL] === 'ambient';
}
//# sourceMappingURL=workloads.js.map