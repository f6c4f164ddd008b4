"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.objectKey = objectKey;
exports.sourced = sourced;
/**
 * Objects as the API server identifies them (API group, kind, namespace, name: the version in apiVersion does not
 * make a different object), with the place each was read from.
 */
const resource_1 = require("../validation/analysis/resource");
/** `group/Kind/namespace/name`: the identity kubectl apply and prune use. */
function objectKey(res) {
    return `${res.group}/${res.kind}/${res.namespace ?? ''}/${res.name}`;
}
function sourced(object, file, document, line) {
    const resource = new resource_1.Resource(object);
    return line === undefined ? { resource, file, document } : { resource, file, document, line };
}
//# sourceMappingURL=cluster-state.js.map