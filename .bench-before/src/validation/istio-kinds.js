"use strict";
/** Which objects the validator treats as Istio objects: anything in one of Istio's API groups. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.ISTIO_API_GROUPS = void 0;
exports.apiGroupOf = apiGroupOf;
exports.isIstioApiVersion = isIstioApiVersion;
exports.isIstioObject = isIstioObject;
exports.ISTIO_API_GROUPS = [
    'networking.istio.io',
    'security.istio.io',
    'telemetry.istio.io',
    'extensions.istio.io',
];
/** The API group of an apiVersion (`networking.istio.io/v1` → `networking.istio.io`; `v1` → ''). */
function apiGroupOf(apiVersion) {
    const slash = apiVersion.indexOf('/');
    return slash < 0 ? '' : apiVersion.slice(0, slash);
}
function isIstioApiVersion(apiVersion) {
    return typeof apiVersion === 'string' && exports.ISTIO_API_GROUPS.includes(apiGroupOf(apiVersion));
}
/** True when a plain object is in one of Istio's API groups. */
function isIstioObject(obj) {
    return obj !== null && typeof obj === 'object' && isIstioApiVersion(obj.apiVersion);
}
//# sourceMappingURL=istio-kinds.js.map