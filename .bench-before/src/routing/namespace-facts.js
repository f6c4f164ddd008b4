"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.recordNamespaceFacts = recordNamespaceFacts;
exports.namespaceFacts = namespaceFacts;
const mesh_state_1 = require("../shared/mesh-state");
/** Adds facts about a namespace (later facts win field by field). */
function recordNamespaceFacts(scope, namespace, facts) {
    mesh_state_1.MeshState.of(scope).recordNamespace(namespace, facts);
}
/** What the app's constructs say about a namespace so far. */
function namespaceFacts(scope, namespace) {
    return mesh_state_1.MeshState.find(scope)?.namespaceFacts(namespace) ?? {};
}
//# sourceMappingURL=namespace-facts.js.map