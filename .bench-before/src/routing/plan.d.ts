/**
 * The API-neutral routing plan of a CanaryService: what goes where, independent of the API that says it.
 * Renderers (istio-renderer.ts, gateway-api-renderer.ts) turn it into objects and refuse what their API cannot
 * express; the data plane and the attachments choose the renderer, they never change the plan.
 */
import { RouteMatch } from '../canary/route-match';
import { TrafficPolicyJson } from '../canary/emitted-json';
import { VirtualServiceSpecHttpRetries } from '../../imports/istio-networking.istio.io';
import { IngressAttachment } from './ingress-attachment';
/** Requests matching any of `matches` go to `version`, whatever the weights. Rules are tried in order. */
export interface MatchRule {
    /** The rule's name in the rendered route (VirtualService route name, HTTPRoute rule name). */
    readonly name: string;
    readonly matches: readonly RouteMatch[];
    readonly version: string;
}
/** One backend of the weighted split; weights are percentages that sum to 100. */
export interface WeightedVersion {
    readonly version: string;
    readonly weight: number;
}
export interface RoutingPlan {
    /** The Service name: the mesh host, the Gateway API parent, the `app` label. */
    readonly service: string;
    /** The Service port that routes attach to. */
    readonly port: number;
    /** Whether the protocol is routed per request (HTTP, HTTP2, GRPC) rather than per connection (TCP). */
    readonly http: boolean;
    /** Every version, stable first. */
    readonly versions: readonly string[];
    /** Ordered rules that send matching requests to one version. */
    readonly rules: readonly MatchRule[];
    /** Name of the weighted rule that serves every request no match rule takes. */
    readonly splitName: string;
    /** The weighted split of the remaining requests, stable first. */
    readonly split: readonly WeightedVersion[];
    /** Copies a percentage (0..100, decimals allowed) of the split's requests to a version. */
    readonly mirror?: {
        readonly version: string;
        readonly percent: number;
    };
    /** Request timeout in whole milliseconds. */
    readonly timeoutMillis?: number;
    /**
     * Retries in Istio's vocabulary (the richest of the APIs); renderers that cannot express them refuse.
     */
    readonly retries?: VirtualServiceSpecHttpRetries;
    /** Connection pool, outlier detection, load balancing and TLS towards every version (DestinationRule form). */
    readonly trafficPolicy?: TrafficPolicyJson;
    /** Ingress gateways that route to the service with the same rules (the mesh is always attached). */
    readonly ingress: readonly IngressAttachment[];
}
