"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PROXY_CONFIG_ANNOTATION = void 0;
exports.registerProxyConfigSource = registerProxyConfigSource;
exports.proxyConfigFor = proxyConfigFor;
exports.renderProxyConfigAnnotation = renderProxyConfigAnnotation;
const mesh_state_1 = require("./mesh-state");
var istio_names_1 = require("../validation/util/istio-names");
Object.defineProperty(exports, "PROXY_CONFIG_ANNOTATION", { enumerable: true, get: function () { return istio_names_1.PROXY_CONFIG_ANNOTATION; } });
function registerProxyConfigSource(scope, source) {
    mesh_state_1.MeshState.of(scope).addProxyConfigSource(source);
}
/** Merged ProxyConfig fields for a pod, or undefined when no source applies. Later sources win per field. */
function proxyConfigFor(scope, namespace, podLabels) {
    return mesh_state_1.MeshState.find(scope)?.proxyConfigFor(podLabels, namespace);
}
/** The `proxy.istio.io/config` annotation value for a ProxyConfig fragment (JSON is valid YAML). */
function renderProxyConfigAnnotation(fields) {
    return JSON.stringify(fields);
}
//# sourceMappingURL=proxy-config.js.map