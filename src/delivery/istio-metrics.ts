/**
 * The PromQL of the two gates (success rate, P99 latency) over Istio's standard metrics. Who reports the
 * request decides the `reporter` label: the server-side sidecar reports `destination`, an ambient waypoint
 * reports `waypoint` (ztunnel emits no HTTP metrics), so a query with the wrong reporter finds no samples.
 */
import { DataplaneMode } from '../shared/dataplane-mode';

export function reporterFor(dataplane: DataplaneMode): string {
  return dataplane === DataplaneMode.AMBIENT ? 'waypoint' : 'destination';
}

/**
 * Percentage of non-5xx responses among the requests the selected workloads served over `window`.
 * @param selector label matchers after the reporter, e.g. `destination_workload_namespace="shop"`
 */
export function successRateQuery(reporter: string, selector: string, window: string): string {
  const labels = `reporter="${reporter}",${selector}`;
  return `sum(rate(istio_requests_total{${labels},response_code!~"5.*"}[${window}])) / ` +
    `sum(rate(istio_requests_total{${labels}}[${window}])) * 100`;
}

/** P99 of the request duration in milliseconds over `window`. */
export function latencyQuery(reporter: string, selector: string, window: string): string {
  return `histogram_quantile(0.99, sum(rate(istio_request_duration_milliseconds_bucket{reporter="${reporter}",${selector}}[${window}])) by (le))`;
}
