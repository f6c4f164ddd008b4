"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ROOT_NAMESPACE = void 0;
exports.selectorError = selectorError;
exports.selectorMatches = selectorMatches;
const istio_names_1 = require("../validation/util/istio-names");
const names_1 = require("../validation/util/names");
/** Istio's default root namespace (`meshConfig.rootNamespace`): a selector-less config here is mesh-wide. */
exports.ROOT_NAMESPACE = istio_names_1.DEFAULT_ROOT_NAMESPACE;
/**
 * Why a workload selector is unusable, or undefined. Istio's CRD rejects empty keys and `*` anywhere; empty
 * values and an empty map are legal but select by accident (a label with no value, or every pod), so they are
 * rejected too: leave the selector out for a namespace-wide scope.
 */
function selectorError(selector) {
    const entries = Object.entries(selector);
    if (entries.length === 0) {
        return 'must name at least one label; leave \'selector\' out to cover the whole namespace';
    }
    for (const [key, value] of entries) {
        if (key === '')
            return 'must not have an empty label key';
        if (value === '')
            return `label "${key}" must have a non-empty value`;
        if (key.includes('*') || value.includes('*')) {
            return `label "${key}: ${value}" uses a wildcard ('*'), which Istio does not support in selectors; name exact labels (e.g. { app: 'billing' })`;
        }
    }
    const errors = (0, names_1.labelMapErrors)(selector);
    return errors.length > 0 ? errors.join('; ') : undefined;
}
/** True when every selector label is on the pod (Kubernetes matchLabels semantics). */
function selectorMatches(selector, podLabels) {
    for (const key of Object.keys(selector)) {
        if (podLabels[key] !== selector[key])
            return false;
    }
    return true;
}
//# sourceMappingURL=scope.js.map