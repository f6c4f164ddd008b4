import { PropErrors } from '../shared/prop-errors';
import { ExposeOptions, GatewayParentRef, IIngressGateway } from './ingress-types';
import { RoutingPlan } from './plan';
/**
 * How a CanaryService attaches to an ingress gateway (`exposeVia`): the small interface between the routing
 * plan and the gateway constructs. A gateway is either a Gateway API `Gateway` (routes attach with a parentRef)
 * or an Istio `Gateway` (a VirtualService lists it in `gateways`).
 */
export type { ExposeOptions, GatewayParentRef, IIngressGateway } from './ingress-types';
/** One gateway attachment of a routing plan, checked. */
export interface IngressAttachment {
    /** Set for a Gateway API gateway. */
    readonly parentRef?: GatewayParentRef;
    /** Set for an Istio Gateway: `<namespace>/<name>`. */
    readonly istioGateway?: string;
    readonly hostnames: readonly string[];
    readonly pathPrefix?: string;
}
/** References to gateways this library does not create (existing Istio or Gateway API gateways). */
export declare class IngressGatewayRef implements IIngressGateway {
    private readonly parentRef;
    private readonly istioName;
    /** An existing Istio `Gateway` (networking.istio.io), written `<namespace>/<name>`. */
    static fromIstioGateway(qualifiedName: string): IIngressGateway;
    /** An existing Gateway API `Gateway`, optionally one of its listeners. */
    static fromGatewayApiGateway(namespace: string, name: string, sectionName?: string): IIngressGateway;
    private constructor();
    gatewayApiParentRef(): GatewayParentRef | undefined;
    istioGatewayName(): string | undefined;
}
/** Checks exposeVia's arguments against the plan; returns the attachment. */
export declare function checkAttachment(errors: PropErrors, gateway: IIngressGateway, options: ExposeOptions, plan: RoutingPlan): IngressAttachment;
