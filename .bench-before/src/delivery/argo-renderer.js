"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MIRROR_ROUTE = exports.HEADER_ROUTE = exports.CANARY_SUBSET = exports.STABLE_SUBSET = void 0;
exports.checkArgo = checkArgo;
exports.renderArgoRouting = renderArgoRouting;
exports.renderRollout = renderRollout;
exports.renderAnalysisTemplate = renderAnalysisTemplate;
const istio_renderer_1 = require("../routing/istio-renderer");
const istio_metrics_1 = require("./istio-metrics");
exports.STABLE_SUBSET = 'stable';
exports.CANARY_SUBSET = 'canary';
/** The managed route Argo adds for the header stage. */
exports.HEADER_ROUTE = 'canary-header';
/** The managed route Argo adds for the mirroring stage. */
exports.MIRROR_ROUTE = 'canary-mirror';
/** Refuses, before anything is emitted, what Argo's Istio integration cannot express; returns the header matches. */
function checkArgo(errors, input) {
    if (!input.plan.http) {
        throw errors.mustBe('protocol', 'an HTTP protocol with Delivery.argoRollouts() (this library drives Argo through named http routes)', 'tcp');
    }
    return input.matches.map((m, i) => {
        const match = m._toHttpMatch();
        const headers = Object.entries(match.headers ?? {});
        const onlyHeaders = Object.keys(match).every((k) => k === 'headers');
        const value = headers.length === 1 ? headers[0][1] : undefined;
        const kinds = value ? Object.entries(value).filter(([, v]) => typeof v === 'string') : [];
        if (!onlyHeaders || headers.length !== 1 || kinds.length !== 1 || !['exact', 'prefix', 'regex'].includes(kinds[0][0])) {
            throw errors.mustBe(`canaryMatches[${i}]`, "a match on one header (RouteMatch.header or RouteMatch.cookie) with Delivery.argoRollouts(): Argo's " +
                'setHeaderRoute matches headers only, one header per entry', String(m));
        }
        return { headerName: headers[0][0], headerValue: { [kinds[0][0]]: kinds[0][1] } };
    });
}
/** The VirtualService and DestinationRule Argo patches (rendered at synth: ingress attachments may still come). */
function renderArgoRouting(plan) {
    // Argo's mirroring is a managed route of its own (setMirrorRoute), not a mirror on the weighted route.
    const argoPlan = {
        ...plan,
        mirror: undefined,
        versions: [exports.STABLE_SUBSET, exports.CANARY_SUBSET],
        rules: [],
        split: [{ version: exports.STABLE_SUBSET, weight: 100 }, { version: exports.CANARY_SUBSET, weight: 0 }],
    };
    const istio = (0, istio_renderer_1.renderIstio)(argoPlan);
    const destinationRule = {
        ...istio.destinationRule,
        subsets: [exports.STABLE_SUBSET, exports.CANARY_SUBSET].map((name) => ({ name, labels: { app: plan.service } })),
    };
    return { virtualService: istio.virtualService, destinationRule };
}
function renderRollout(input, headers) {
    const { plan, progression } = input;
    const pause = { pause: { duration: `${progression.intervalSeconds}s` } };
    const steps = [];
    const managedRoutes = [];
    if (headers.length > 0) {
        managedRoutes.push({ name: exports.HEADER_ROUTE });
        steps.push({ setHeaderRoute: { name: exports.HEADER_ROUTE, match: headers } }, pause);
    }
    if (progression.mirrorPercent !== undefined) {
        managedRoutes.push({ name: exports.MIRROR_ROUTE });
        steps.push({ setMirrorRoute: { name: exports.MIRROR_ROUTE, percentage: progression.mirrorPercent, match: [{ path: { prefix: '/' } }] } }, pause);
        // A step with only the name removes the route: the weight steps below must not mirror what the canary serves.
        steps.push({ setMirrorRoute: { name: exports.MIRROR_ROUTE } });
    }
    const firstWeight = steps.length;
    for (const weight of progression.weights)
        steps.push({ setWeight: weight }, pause);
    return {
        replicas: input.replicas,
        selector: { matchLabels: { app: plan.service } },
        template: input.template,
        strategy: {
            canary: {
                trafficRouting: {
                    istio: {
                        virtualService: { name: plan.service, routes: [plan.splitName] },
                        destinationRule: { name: plan.service, canarySubsetName: exports.CANARY_SUBSET, stableSubsetName: exports.STABLE_SUBSET },
                    },
                    ...(managedRoutes.length > 0 ? { managedRoutes } : {}),
                },
                // Background analysis from the pause after the first weight step, when the canary has its own traffic.
                analysis: { templates: [{ templateName: plan.service }], startingStep: firstWeight + 1 },
                steps,
            },
        },
    };
}
function renderAnalysisTemplate(input) {
    const { progression } = input;
    const reporter = (0, istio_metrics_1.reporterFor)(input.dataplane);
    // Subset-level splitting gives stable and canary the same destination_service; the version label tells them apart.
    const selector = `destination_workload_namespace="${input.namespace}",destination_service_name="${input.plan.service}",` +
        `destination_version="${input.version}"`;
    const window = `${progression.intervalSeconds}s`;
    const metric = (name, successCondition, query) => ({
        name,
        interval: window,
        failureLimit: progression.failureThreshold,
        successCondition,
        provider: { prometheus: { address: progression.prometheusAddress, query } },
    });
    return {
        metrics: [
            metric('success-rate', `result[0] >= ${progression.minSuccessRatePercent}`, (0, istio_metrics_1.successRateQuery)(reporter, selector, window)),
            metric('latency', `result[0] <= ${progression.maxLatencyMillis}`, (0, istio_metrics_1.latencyQuery)(reporter, selector, window)),
        ],
    };
}
//# sourceMappingURL=argo-renderer.js.map