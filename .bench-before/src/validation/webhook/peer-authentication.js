"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validatePeerAuthentication = validatePeerAuthentication;
/** PeerAuthentication (security.istio.io, any served version): selector and port-level mTLS. */
const common_1 = require("./common");
const plain_json_1 = require("../util/plain-json");
function validatePeerAuthentication(r, spec) {
    const selectorLabels = (0, plain_json_1.entries)((0, plain_json_1.obj)(spec.selector).matchLabels);
    const ports = (0, plain_json_1.entries)(spec.portLevelMtls);
    if (selectorLabels.length === 0 && ports.length > 0) {
        r.error('spec.portLevelMtls', 'mesh/namespace peer authentication cannot have port level mTLS (add a selector with matchLabels)');
    }
    if ((0, plain_json_1.isObj)(spec.portLevelMtls) && ports.length === 0) {
        r.error('spec.portLevelMtls', 'port level mTLS, if defined, must have at least one element');
    }
    for (const [key] of ports) {
        // Non-numeric keys cannot be decoded at all; the schema layer reports those.
        if (!/^\d+$/.test(key))
            continue;
        const port = Number(key);
        if (port < 1 || port > 65535)
            r.error((0, plain_json_1.keyPath)('spec.portLevelMtls', key), `port ${key} must be in range 1..65535`);
    }
    (0, common_1.validateWorkloadSelector)(r, 'spec.selector', spec.selector);
}
//# sourceMappingURL=peer-authentication.js.map