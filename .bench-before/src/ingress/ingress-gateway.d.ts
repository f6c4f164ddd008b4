import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { AllowedRoutes } from './allowed-routes';
import { GatewayListener } from './gateway-listener';
import { GatewayParentRef, IIngressGateway } from '../routing/ingress-attachment';
/** The type of the Service istiod creates for the gateway. */
export declare enum GatewayServiceType {
    /** An external load balancer (Istio's default). */
    LOAD_BALANCER = "LoadBalancer",
    /** A port on every node. */
    NODE_PORT = "NodePort",
    /** Reachable inside the cluster only (e.g. behind another load balancer or ingress). */
    CLUSTER_IP = "ClusterIP"
}
/** Props of an IngressGateway. */
export interface IngressGatewayProps {
    /**
     * The Gateway's name. istiod deploys the gateway as Deployment and Service `<name>-istio`, so it must be a
     * DNS-1035 label of at most 57 characters.
     */
    readonly name: string;
    /**
     * The namespace of the Gateway (and of the gateway pods istiod deploys).
     * @default - the chart's namespace, else "default"
     */
    readonly namespace?: string;
    /**
     * The ports the gateway listens on.
     * @default - one HTTP listener on port 80 (`GatewayListener.http()`)
     */
    readonly listeners?: GatewayListener[];
    /**
     * Which namespaces may attach routes, for every listener that does not set its own.
     * @default AllowedRoutes.sameNamespace()
     */
    readonly allowedRoutes?: AllowedRoutes;
    /**
     * The type of the gateway's Service (the `networking.istio.io/service-type` annotation istiod reads).
     * @default - LoadBalancer (istiod's default)
     */
    readonly serviceType?: GatewayServiceType;
    /**
     * Labels for the Deployment, Service and ServiceAccount istiod creates (`spec.infrastructure.labels`, at most 8).
     * When set, they replace the labels istiod would otherwise copy from the Gateway.
     * @default - none
     */
    readonly infrastructureLabels?: {
        [key: string]: string;
    };
    /**
     * Annotations for the Deployment, Service and ServiceAccount istiod creates (`spec.infrastructure.annotations`, at
     * most 8): cloud load balancer settings go here. When set, they replace the annotations istiod would otherwise copy
     * from the Gateway.
     * @default - none
     */
    readonly infrastructureAnnotations?: {
        [key: string]: string;
    };
}
/** Gateway class whose gateways istiod deploys and programs. */
export declare const ISTIO_GATEWAY_CLASS = "istio";
/**
 * An ingress gateway that istiod deploys: a Gateway API `Gateway` of class `istio` with HTTP and HTTPS listeners.
 * Routes attach to it with a parentRef (`CanaryService.exposeVia`). A certificate Secret in another namespace gets
 * a ReferenceGrant there (without one istiod refuses the reference).
 */
export declare class IngressGateway extends Construct implements IIngressGateway {
    /**
     * An Istio `Gateway` (networking.istio.io) that exists already, e.g. the `istio-ingressgateway` installation's
     * (`'istio-ingress/public'`). Nothing is emitted for it; a CanaryService exposed through it binds its
     * VirtualService to `['<namespace>/<name>', 'mesh']`, so in-mesh routing stays as it was.
     */
    static fromIstioGateway(qualifiedName: string): IIngressGateway;
    /** The Gateway's name. */
    readonly name: string;
    /** The Gateway's namespace. */
    readonly namespace: string;
    /** Name of the Deployment and Service istiod creates for this gateway. */
    readonly deployedName: string;
    /** The listener names, in order. */
    readonly listenerNames: string[];
    /** The emitted Gateway. */
    readonly gateway: ApiObject;
    /** One ReferenceGrant per other namespace holding certificate Secrets. */
    readonly referenceGrants: ApiObject[];
    constructor(scope: Construct, id: string, props: IngressGatewayProps);
    /** Routes attach to a Gateway API gateway by parentRef (the routing interface of `CanaryService.exposeVia`). */
    gatewayApiParentRef(): GatewayParentRef | undefined;
    /** Not an Istio `Gateway`. */
    istioGatewayName(): string | undefined;
    private renderReferenceGrants;
}
