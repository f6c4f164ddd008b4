"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.claimTelemetry = claimTelemetry;
exports.claimProvider = claimProvider;
const mesh_state_1 = require("../shared/mesh-state");
/*
 * What the BufferedAccessLogging constructs of one app have claimed (Telemetry names per namespace, one definition
 * per provider name) is kept in the app's MeshState.
 */
/** True when no other construct of the app has claimed this Telemetry; records the claim. */
function claimTelemetry(scope, namespace, name) {
    return mesh_state_1.MeshState.of(scope).claimTelemetry(namespace, name);
}
/** True when the provider name is free or already claimed with the same definition; records the claim. */
function claimProvider(scope, name, definition) {
    return mesh_state_1.MeshState.of(scope).claimProvider(name, definition);
}
//# sourceMappingURL=claims.js.map