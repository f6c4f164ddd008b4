/**
 * Renders a routing plan as Gateway API objects: one Service per version (HTTPRoute has no subsets), an
 * HTTPRoute attached to the Service (GAMMA) and, per Gateway API gateway attachment, one attached to that
 * Gateway; DestinationRules without subsets carry the traffic policy to each version's host.
 *
 * Gateway API ranks rules by specificity, not by order (GATEWAY-API-FACTS §1.7): every match rule's match is
 * more specific than the weighted rule's catch-all (more headers or query parameters on the same path, an exact
 * path, or a longer regex), so each request reaches the same rule as in the VirtualService's first-match order.
 */
import { DestinationRuleSpecJson } from '../canary/emitted-json';
import { PropErrors } from '../shared/prop-errors';
import { HttpRouteSpecJson } from './gateway-api-json';
import { IngressAttachment } from './ingress-attachment';
import { RoutingPlan } from './plan';
export interface GatewayApiRoute {
    readonly name: string;
    readonly spec: HttpRouteSpecJson;
}
export interface GatewayApiRouting {
    /** `<service>-<version>` for each version, in plan order. */
    readonly versionServices: readonly {
        readonly version: string;
        readonly name: string;
    }[];
    /** The mesh route `<service>` first, then one per Gateway API gateway attachment. */
    readonly routes: readonly GatewayApiRoute[];
    /** One DestinationRule per version host, when the plan has a traffic policy. */
    readonly destinationRules: readonly {
        readonly name: string;
        readonly spec: DestinationRuleSpecJson;
    }[];
}
/** The per-version Service name (the HTTPRoute backend that replaces a DestinationRule subset). */
export declare function versionServiceName(service: string, version: string): string;
export declare function renderGatewayApi(errors: PropErrors, plan: RoutingPlan): GatewayApiRouting;
/** The name of the HTTPRoute that attaches the service to a Gateway API gateway. */
export declare function ingressRouteName(service: string, attachment: IngressAttachment): string;
/**
 * Milliseconds as a Gateway API Duration (`^([0-9]{1,5}(h|m|s|ms)){1,4}$`), e.g. 90500 → "1m30s500ms". The plan's
 * durations are below about 2,500 hours (nanoseconds must be exact in a double), so hours never exceed 5 digits.
 */
export declare function gatewayDuration(millis: number): string;
