"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AllowedRoutes = void 0;
const names_1 = require("../validation/util/names");
/**
 * Which namespaces may attach routes to a listener (`allowedRoutes.namespaces`). An HTTPRoute in another
 * namespace than the Gateway needs `allNamespaces()` or `namespacesWithLabels(...)`.
 */
class AllowedRoutes {
    from;
    labels;
    /** Routes in the Gateway's own namespace only (Gateway API's default, `from: Same`). */
    static sameNamespace() {
        return new AllowedRoutes('Same', undefined);
    }
    /** Routes in every namespace (`from: All`). */
    static allNamespaces() {
        return new AllowedRoutes('All', undefined);
    }
    /** Routes in namespaces whose labels contain all of these (`from: Selector`). */
    static namespacesWithLabels(labels) {
        return new AllowedRoutes('Selector', labels);
    }
    constructor(from, labels) {
        this.from = from;
        this.labels = labels;
    }
    /** @internal the problem with the labels of `namespacesWithLabels`, or undefined. */
    _error() {
        if (this.labels === undefined)
            return undefined;
        if (this.labels === null || typeof this.labels !== 'object' || Array.isArray(this.labels)) {
            return `namespacesWithLabels needs a map of labels, got ${JSON.stringify(this.labels)}`;
        }
        if (Object.keys(this.labels).length === 0) {
            return 'namespacesWithLabels needs at least one label (an empty selector admits every namespace: use allNamespaces())';
        }
        const errors = (0, names_1.labelMapErrors)(this.labels);
        return errors.length > 0 ? errors.join('; ') : undefined;
    }
    /** @internal */
    _toJson() {
        return this.labels === undefined
            ? { namespaces: { from: this.from } }
            : { namespaces: { from: this.from, selector: { matchLabels: { ...this.labels } } } };
    }
}
exports.AllowedRoutes = AllowedRoutes;
//# sourceMappingURL=allowed-routes.js.map