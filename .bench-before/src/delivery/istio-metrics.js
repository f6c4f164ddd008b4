"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.reporterFor = reporterFor;
exports.successRateQuery = successRateQuery;
exports.latencyQuery = latencyQuery;
/**
 * The PromQL of the two gates (success rate, P99 latency) over Istio's standard metrics. Who reports the
 * request decides the `reporter` label: the server-side sidecar reports `destination`, an ambient waypoint
 * reports `waypoint` (ztunnel emits no HTTP metrics), so a query with the wrong reporter finds no samples.
 */
const dataplane_mode_1 = require("../shared/dataplane-mode");
function reporterFor(dataplane) {
    return dataplane === dataplane_mode_1.DataplaneMode.AMBIENT ? 'waypoint' : 'destination';
}
/**
 * Percentage of non-5xx responses among the requests the selected workloads served over `window`.
 * @param selector label matchers after the reporter, e.g. `destination_workload_namespace="shop"`
 */
function successRateQuery(reporter, selector, window) {
    const labels = `reporter="${reporter}",${selector}`;
    return `sum(rate(istio_requests_total{${labels},response_code!~"5.*"}[${window}])) / ` +
        `sum(rate(istio_requests_total{${labels}}[${window}])) * 100`;
}
/** P99 of the request duration in milliseconds over `window`. */
function latencyQuery(reporter, selector, window) {
    return `histogram_quantile(0.99, sum(rate(istio_request_duration_milliseconds_bucket{reporter="${reporter}",${selector}}[${window}])) by (le))`;
}
//# sourceMappingURL=istio-metrics.js.map