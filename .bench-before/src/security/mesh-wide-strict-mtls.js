"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MeshWideStrictMtls = exports.DEFAULT_ROOT_NAMESPACE = void 0;
const constructs_1 = require("constructs");
const istio_security_istio_io_1 = require("../../imports/istio-security.istio.io");
const mesh_validation_1 = require("../synth/mesh-validation");
const names_1 = require("../validation/util/names");
const mesh_state_1 = require("../shared/mesh-state");
const prop_errors_1 = require("../shared/prop-errors");
const istio_names_1 = require("../validation/util/istio-names");
Object.defineProperty(exports, "DEFAULT_ROOT_NAMESPACE", { enumerable: true, get: function () { return istio_names_1.DEFAULT_ROOT_NAMESPACE; } });
/**
 * The mesh-wide PeerAuthentication `default` in the root namespace with mode STRICT: every workload in the mesh
 * accepts only mutual TLS unless a namespace or workload policy says otherwise. It has no selector on purpose:
 * Istio ignores selector policies in the root namespace.
 */
class MeshWideStrictMtls extends constructs_1.Construct {
    /** Istio's default root namespace (`meshConfig.rootNamespace`), used when `rootNamespace` is not given. */
    static DEFAULT_ROOT_NAMESPACE = istio_names_1.DEFAULT_ROOT_NAMESPACE;
    /** The mesh-wide policies defined in the app that contains `scope` (kept in the app's MeshState). */
    static allIn(scope) {
        return mesh_state_1.MeshState.find(scope)?.meshWideMtlsPolicies() ?? [];
    }
    /** The root namespace the policy is written to. */
    rootNamespace;
    /** The emitted PeerAuthentication. */
    peerAuthentication;
    constructor(scope, id, props = {}) {
        super(scope, id);
        mesh_validation_1.MeshValidation.enable(this);
        this.rootNamespace = props.rootNamespace ?? istio_names_1.DEFAULT_ROOT_NAMESPACE;
        const error = typeof this.rootNamespace === 'string' ? (0, names_1.dns1123LabelError)(this.rootNamespace) : 'must be a string';
        if (error)
            throw prop_errors_1.PropErrors.forConstruct('MeshWideStrictMtls', id).about('rootNamespace', error);
        this.peerAuthentication = new istio_security_istio_io_1.PeerAuthentication(this, 'Resource', {
            metadata: { name: 'default', namespace: this.rootNamespace },
            spec: { mtls: { mode: istio_security_istio_io_1.PeerAuthenticationSpecMtlsMode.STRICT } },
        });
        mesh_state_1.MeshState.of(this).addMeshWideMtlsPolicy(this);
    }
}
exports.MeshWideStrictMtls = MeshWideStrictMtls;
//# sourceMappingURL=mesh-wide-strict-mtls.js.map