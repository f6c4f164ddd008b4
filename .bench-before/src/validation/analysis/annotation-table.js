"use strict";
/**
 * Istio's annotations (api@v1.30.3 annotation/annotations.yaml): the resource kinds each belongs on and its feature
 * status, for IST0107 (misplaced) and IST0136 (alpha). Only annotations istio/api documents are listed; hidden
 * operator-internal ones and those Istio's analyzer skips (`sidecar.istio.io/status`,
 * `gateway.istio.io/controller-version`, `istio.io/rev`) are left out.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.ISTIO_ANNOTATIONS = exports.FeatureStatus = void 0;
var FeatureStatus;
(function (FeatureStatus) {
    FeatureStatus["ALPHA"] = "Alpha";
    FeatureStatus["BETA"] = "Beta";
    FeatureStatus["STABLE"] = "Stable";
})(FeatureStatus || (exports.FeatureStatus = FeatureStatus = {}));
const POD = ['Pod'];
const { ALPHA, BETA, STABLE } = FeatureStatus;
function entries(kinds, status, names) {
    return names.map((n) => [n, { kinds, status }]);
}
exports.ISTIO_ANNOTATIONS = new Map([
    ...entries(POD, ALPHA, [
        'inject.istio.io/templates', 'prometheus.istio.io/merge-metrics', 'proxy.istio.io/overrides',
        'readiness.status.sidecar.istio.io/applicationPorts', 'readiness.status.sidecar.istio.io/failureThreshold',
        'readiness.status.sidecar.istio.io/initialDelaySeconds', 'readiness.status.sidecar.istio.io/periodSeconds',
        'sidecar.istio.io/agentLogLevel', 'sidecar.istio.io/bootstrapOverride', 'sidecar.istio.io/componentLogLevel',
        'sidecar.istio.io/controlPlaneAuthPolicy', 'sidecar.istio.io/discoveryAddress', 'sidecar.istio.io/enableCoreDump',
        'sidecar.istio.io/extraStatTags', 'sidecar.istio.io/logLevel', 'sidecar.istio.io/nativeSidecar',
        'sidecar.istio.io/proxyCPU', 'sidecar.istio.io/proxyCPULimit', 'sidecar.istio.io/proxyMemory',
        'sidecar.istio.io/proxyMemoryLimit', 'sidecar.istio.io/proxyImage', 'sidecar.istio.io/proxyImageType',
        'sidecar.istio.io/statsHistogramBuckets', 'sidecar.istio.io/statsInclusionPrefixes',
        'sidecar.istio.io/statsInclusionRegexps', 'sidecar.istio.io/statsInclusionSuffixes', 'sidecar.istio.io/userVolume',
        'sidecar.istio.io/userVolumeMount', 'status.sidecar.istio.io/port', 'traffic.sidecar.istio.io/excludeInboundPorts',
        'traffic.sidecar.istio.io/excludeInterfaces', 'traffic.sidecar.istio.io/excludeOutboundIPRanges',
        'traffic.sidecar.istio.io/excludeOutboundPorts', 'traffic.sidecar.istio.io/includeInboundPorts',
        'traffic.sidecar.istio.io/includeOutboundIPRanges', 'traffic.sidecar.istio.io/includeOutboundPorts',
        'traffic.sidecar.istio.io/kubevirtInterfaces', 'istio.io/reroute-virtual-interfaces', 'ambient.istio.io/redirection',
        'ambient.istio.io/bypass-inbound-capture',
    ]),
    ...entries(POD, BETA, [
        'proxy.istio.io/config', 'sidecar.istio.io/inject', 'sidecar.istio.io/interceptionMode',
        'sidecar.istio.io/rewriteAppHTTPProbers',
    ]),
    ...entries(['Service'], ALPHA, [
        'networking.istio.io/exportTo', 'traffic.istio.io/nodeSelector', 'alpha.istio.io/kubernetes-serviceaccounts',
        'alpha.istio.io/canonical-serviceaccounts',
    ]),
    ...entries(['Service', 'ServiceEntry'], ALPHA, ['networking.istio.io/traffic-distribution']),
    ...entries(['Gateway'], ALPHA, ['networking.istio.io/service-type']),
    ...entries(['GatewayClass'], ALPHA, ['ambient.istio.io/waypoint-inbound-binding']),
    ...entries(['AuthorizationPolicy'], ALPHA, ['istio.io/dry-run']),
    ...entries(['Ingress'], STABLE, ['kubernetes.io/ingress.class']),
    ...entries([], ALPHA, ['galley.istio.io/analyze-suppress']),
]);
//# sourceMappingURL=annotation-table.js.map