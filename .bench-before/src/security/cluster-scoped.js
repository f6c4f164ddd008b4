"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.keepClusterScoped = keepClusterScoped;
const cdk8s_1 = require("cdk8s");
/**
 * Keeps a cluster-scoped object free of `metadata.namespace`. cdk8s stamps the chart's namespace onto every
 * ApiObject when it is constructed (even `metadata: { namespace: undefined }` falls back to it), and the API
 * server rejects a Namespace that carries one, so the stamp is patched out, only when there is one to remove.
 */
function keepClusterScoped(obj) {
    if (cdk8s_1.Chart.of(obj).namespace !== undefined)
        obj.addJsonPatch(cdk8s_1.JsonPatch.remove('/metadata/namespace'));
}
//# sourceMappingURL=cluster-scoped.js.map