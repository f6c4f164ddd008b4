"use strict";
/**
 * Path prefixes of ingress attachments are path-separated (Gateway API `PathPrefix`): `/billing` takes
 * `/billing` and `/billing/...`, not `/billingx`. A VirtualService `prefix` is a plain string prefix, so the
 * Istio renderer writes the same set of paths as an exact match plus a prefix ending in `/`.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.MESH_GATEWAY = void 0;
exports.pathPrefixMatches = pathPrefixMatches;
/** The pseudo-gateway of every sidecar (and waypoint) in a VirtualService's `gateways`. */
exports.MESH_GATEWAY = 'mesh';
/** The VirtualService URI matches that together take exactly the paths of a path-separated prefix. */
function pathPrefixMatches(prefix) {
    const trimmed = prefix.replace(/\/+$/, '');
    if (trimmed === '')
        return [{ prefix: '/' }];
    return [{ exact: trimmed }, { prefix: `${trimmed}/` }];
}
//# sourceMappingURL=path-prefix.js.map