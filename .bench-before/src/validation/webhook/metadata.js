"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateMetadata = validateMetadata;
const DRY_RUN = 'istio.io/dry-run';
const ALWAYS_REJECT = 'internal.istio.io/webhook-always-reject';
const INTERNAL_ONLY = ['internal.istio.io/parent-namespace', 'internal.istio.io/parents'];
// Go's strconv.ParseBool.
const GO_BOOLEANS = new Set(['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False']);
function annotationPath(key) {
    return `metadata.annotations["${key}"]`;
}
/** Returns false when an annotation rule rejected the object (its spec is then not validated). */
function validateMetadata(r, kind, action) {
    const dryRun = r.annotation(DRY_RUN);
    if (dryRun !== undefined) {
        const id = `${r.namespace}/${r.name}`;
        if (kind !== 'AuthorizationPolicy') {
            r.error(annotationPath(DRY_RUN), `${id} has unsupported annotation ${DRY_RUN}, please remove the annotation`);
            return false;
        }
        if (action !== 'ALLOW' && action !== 'DENY') {
            r.error(annotationPath(DRY_RUN), `the annotation ${DRY_RUN} currently only supports action ALLOW/DENY, found action ${action} in ${id}`);
            return false;
        }
        if (!GO_BOOLEANS.has(dryRun)) {
            r.error(annotationPath(DRY_RUN), `${id} has annotation ${DRY_RUN} with invalid value (${dryRun}): ` +
                `strconv.ParseBool: parsing ${JSON.stringify(dryRun)}: invalid syntax`);
            return false;
        }
    }
    if (r.annotation(ALWAYS_REJECT) !== undefined) {
        r.error(annotationPath(ALWAYS_REJECT), `"${ALWAYS_REJECT}" annotation found, rejecting`);
        return false;
    }
    for (const key of INTERNAL_ONLY) {
        if (r.annotation(key) !== undefined) {
            r.error(annotationPath(key), `"${key}" annotation found, this may not be set by users`);
            return false;
        }
    }
    return true;
}
//# sourceMappingURL=metadata.js.map