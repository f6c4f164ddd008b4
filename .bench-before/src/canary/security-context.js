"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.securitySettings = securitySettings;
const prop_errors_1 = require("../shared/prop-errors");
// Istio's sidecar runs as this UID and its traffic capture skips it: an app running as 1337 bypasses the mesh.
const SIDECAR_UID = 1337;
/**
 * Container and pod security contexts. Fields the user leaves alone are not written, except the two that never
 * break an ordinary image (no privilege escalation, not privileged). `restricted` adds what the Pod Security
 * Standard "restricted" requires: seccomp RuntimeDefault, all capabilities dropped, non-root.
 */
function securitySettings(errors, prop, s) {
    if (s !== undefined && (typeof s !== 'object' || s === null))
        throw errors.mustBe(prop, 'a WorkloadSecurityOptions object', s);
    const restricted = flag(errors, `${prop}.restricted`, s?.restricted);
    const runAsNonRootProp = flag(errors, `${prop}.runAsNonRoot`, s?.runAsNonRoot);
    if (restricted && runAsNonRootProp === false) {
        throw errors.mustBe(`${prop}.runAsNonRoot`, "true or left out when 'restricted' is true (the restricted standard forbids root)", false);
    }
    const runAsNonRoot = restricted || runAsNonRootProp === true;
    const readOnlyRootFilesystem = flag(errors, `${prop}.readOnlyRootFilesystem`, s?.readOnlyRootFilesystem) ?? false;
    const container = {
        allowPrivilegeEscalation: false,
        privileged: false,
        readOnlyRootFilesystem,
    };
    if (runAsNonRoot)
        container.runAsNonRoot = true;
    if (restricted)
        container.capabilities = { drop: ['ALL'] };
    if (s?.runAsUser !== undefined) {
        const uid = (0, prop_errors_1.checkInteger)(errors, `${prop}.runAsUser`, s.runAsUser, 0, 2147483647);
        if (uid === SIDECAR_UID)
            throw errors.mustBe(`${prop}.runAsUser`, 'a UID other than 1337 (the sidecar\'s UID, whose traffic Istio does not capture)', uid);
        if (uid === 0 && runAsNonRoot)
            throw errors.mustBe(`${prop}.runAsUser`, `a non-zero UID when '${restricted ? 'restricted' : 'runAsNonRoot'}' is true`, uid);
        container.runAsUser = uid;
    }
    if (s?.runAsGroup !== undefined)
        container.runAsGroup = (0, prop_errors_1.checkInteger)(errors, `${prop}.runAsGroup`, s.runAsGroup, 0, 2147483647);
    const pod = {};
    if (runAsNonRoot)
        pod.runAsNonRoot = true;
    if (restricted)
        pod.seccompProfile = { type: 'RuntimeDefault' };
    return { container, ...(Object.keys(pod).length > 0 ? { pod } : {}) };
}
function flag(errors, prop, value) {
    if (value !== undefined && typeof value !== 'boolean')
        throw errors.mustBe(prop, 'true or false', value);
    return value;
}
//# sourceMappingURL=security-context.js.map