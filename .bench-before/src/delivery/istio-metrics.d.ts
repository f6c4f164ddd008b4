/**
 * The PromQL of the two gates (success rate, P99 latency) over Istio's standard metrics. Who reports the
 * request decides the `reporter` label: the server-side sidecar reports `destination`, an ambient waypoint
 * reports `waypoint` (ztunnel emits no HTTP metrics), so a query with the wrong reporter finds no samples.
 */
import { DataplaneMode } from '../shared/dataplane-mode';
export declare function reporterFor(dataplane: DataplaneMode): string;
/**
 * Percentage of non-5xx responses among the requests the selected workloads served over `window`.
 * @param selector label matchers after the reporter, e.g. `destination_workload_namespace="shop"`
 */
export declare function successRateQuery(reporter: string, selector: string, window: string): string;
/** P99 of the request duration in milliseconds over `window`. */
export declare function latencyQuery(reporter: string, selector: string, window: string): string;
