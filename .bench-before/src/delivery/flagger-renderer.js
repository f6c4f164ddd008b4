"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkFlagger = checkFlagger;
exports.renderFlagger = renderFlagger;
/**
 * Renders a CanaryService for Flagger: the Canary that points at the target Deployment, plus MetricTemplates in
 * ambient namespaces. Flagger creates the rest itself (the `-primary` Deployment, the Services `<name>`,
 * `<name>-primary`, `<name>-canary`, the VirtualService and both DestinationRules): emitting any of them here
 * would fight the controller, and a second VirtualService for the host is IST0109.
 */
const k8s = __importStar(require("../../imports/k8s"));
const path_prefix_1 = require("../routing/path-prefix");
const dataplane_mode_1 = require("../shared/dataplane-mode");
const duration_1 = require("../validation/util/duration");
const istio_metrics_1 = require("./istio-metrics");
/** The fields of Istio's retry policy that Flagger's `service.retries` carries. */
const FLAGGER_RETRY_FIELDS = ['attempts', 'perTryTimeout', 'retryOn'];
/** The request attributes Flagger's analysis.match carries (its CRD schema has no uri, method, port...). */
const FLAGGER_MATCH_FIELDS = ['headers', 'queryParams', 'sourceLabels'];
/** Refuses, before anything is emitted, what Flagger cannot express. */
function checkFlagger(errors, input) {
    const { progression, matches, plan } = input;
    if (matches.length > 0 && progression.iterations === undefined) {
        throw errors.about('canaryMatches', "cannot be combined with the weighted steps of Delivery.flagger() ('delivery.stepWeights', " +
            "'delivery.stepWeight', 'delivery.maxWeight'): Flagger sends matching requests to the canary only in an A/B test, " +
            'without a weighted split for everyone else (fluxcd/flagger#1272); set \'delivery.iterations\' for an A/B test, ' +
            'or use Delivery.argoRollouts(), which routes matching requests to the canary and splits the rest by weight');
    }
    matches.forEach((m, i) => {
        if (Object.keys(m._toHttpMatch()).some((k) => !FLAGGER_MATCH_FIELDS.includes(k))) {
            throw errors.mustBe(`canaryMatches[${i}]`, "a header, cookie, query parameter or source-label match with Delivery.flagger() (Flagger's " +
                'analysis.match has no other fields)', String(m));
        }
    });
    const extra = Object.keys(plan.retries ?? {}).filter((k) => !FLAGGER_RETRY_FIELDS.includes(k));
    if (extra.length > 0) {
        throw errors.mustBe(`retries.${extra[0]}`, "left out with Delivery.flagger() (Flagger's service.retries has attempts, perTryTimeout and retryOn only)", plan.retries?.[extra[0]]);
    }
    if (progression.mirrorPercent !== undefined && progression.iterations === undefined) {
        throw errors.about('delivery.mirrorPercent', "needs 'delivery.iterations' with Delivery.flagger(): Flagger mirrors traffic only in a " +
            'blue/green or A/B test, not between weight steps');
    }
}
/**
 * In ambient namespaces the Services Flagger creates need the waypoint labels the CanaryService would have put on
 * its own Service (`istio.io/use-waypoint`, `istio.io/ingress-use-waypoint`), else traffic bypasses the waypoint.
 */
function waypointLabels(input) {
    const labels = Object.fromEntries(Object.entries(input.serviceLabels()).filter(([k]) => k !== 'app'));
    if (Object.keys(labels).length === 0)
        return {};
    return { apex: { labels }, primary: { labels }, canary: { labels } };
}
function renderFlagger(input) {
    const { plan, progression } = input;
    const gateways = plan.ingress.filter((a) => a.istioGateway !== undefined).map((a) => a.istioGateway);
    const hosts = plan.ingress.flatMap((a) => a.hostnames);
    const service = {
        port: plan.port,
        targetPort: input.targetPort,
        portName: input.portName,
        ...(plan.http ? {} : { appProtocol: 'tcp' }),
        // A gateway list without `mesh` would leave in-mesh callers on the primary only (Flagger adds none itself).
        ...(gateways.length > 0 ? { gateways: [...gateways, path_prefix_1.MESH_GATEWAY] } : {}),
        ...(hosts.length > 0 ? { hosts: [plan.service, ...hosts] } : {}),
        ...(plan.trafficPolicy ? { trafficPolicy: plan.trafficPolicy } : {}),
        ...(plan.retries ? { retries: plan.retries } : {}),
        ...(plan.timeoutMillis !== undefined ? { timeout: (0, duration_1.formatMillis)(plan.timeoutMillis) } : {}),
        ...waypointLabels(input),
    };
    const ambient = input.dataplane === dataplane_mode_1.DataplaneMode.AMBIENT;
    const interval = `${progression.intervalSeconds}s`;
    const templateName = (gate) => `${plan.service}-${gate}`;
    const metrics = [
        {
            name: 'request-success-rate',
            interval,
            thresholdRange: { min: progression.minSuccessRatePercent },
            ...(ambient ? { templateRef: { name: templateName('request-success-rate') } } : {}),
        },
        {
            name: 'request-duration',
            interval,
            thresholdRange: { max: progression.maxLatencyMillis },
            ...(ambient ? { templateRef: { name: templateName('request-duration') } } : {}),
        },
    ];
    const steps = progression.iterations !== undefined ? { iterations: progression.iterations }
        : progression.stepWeights ? { stepWeights: [...progression.stepWeights] }
            : { stepWeight: progression.stepWeight, maxWeight: progression.maxWeight };
    const analysis = {
        interval,
        threshold: progression.failureThreshold,
        ...steps,
        ...(input.matches.length > 0 ? { match: input.matches.map((m) => m._toHttpMatch()) } : {}),
        ...(progression.mirrorPercent !== undefined ? { mirror: true, mirrorWeight: progression.mirrorPercent } : {}),
        metrics,
    };
    const canary = {
        provider: 'istio',
        targetRef: { apiVersion: k8s.KubeDeployment.GVK.apiVersion, kind: k8s.KubeDeployment.GVK.kind, name: plan.service },
        service,
        analysis,
    };
    // Flagger's built-in Istio metrics filter on reporter="destination"; waypoints report "waypoint".
    const metricTemplates = ambient ? metricTemplatesFor(input) : [];
    return { canary, metricTemplates };
    function metricTemplatesFor(i) {
        const reporter = (0, istio_metrics_1.reporterFor)(i.dataplane);
        const selector = 'destination_workload_namespace="{{ namespace }}",destination_workload=~"{{ target }}"';
        const provider = { type: 'prometheus', address: i.progression.prometheusAddress };
        return [
            { name: templateName('request-success-rate'), spec: { provider, query: (0, istio_metrics_1.successRateQuery)(reporter, selector, '{{ interval }}') } },
            { name: templateName('request-duration'), spec: { provider, query: (0, istio_metrics_1.latencyQuery)(reporter, selector, '{{ interval }}') } },
        ];
    }
}
//# sourceMappingURL=flagger-renderer.js.map