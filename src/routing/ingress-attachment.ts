/**
 * How a CanaryService attaches to an ingress gateway (`exposeVia`): the small interface between the routing
 * plan and the gateway constructs. A gateway is either a Gateway API `Gateway` (routes attach with a parentRef)
 * or an Istio `Gateway` (a VirtualService lists it in `gateways`).
 */

/** Where a Gateway API route attaches: a `Gateway` (group gateway.networking.k8s.io), optionally one listener. */
export interface GatewayParentRef {
  /** The Gateway's name. */
  readonly name: string;
  /** The Gateway's namespace. */
  readonly namespace: string;
  /**
   * The listener the routes attach to.
   * @default - every listener whose hostname and allowed routes admit the route
   */
  readonly sectionName?: string;
}

/** An ingress gateway a CanaryService can be exposed through. */
export interface IIngressGateway {
  /** The parentRef for HTTPRoutes, when the gateway is a Gateway API `Gateway`; undefined otherwise. */
  gatewayApiParentRef(): GatewayParentRef | undefined;
  /** `<namespace>/<name>` of an Istio `Gateway` (networking.istio.io), when it is one; undefined otherwise. */
  istioGatewayName(): string | undefined;
}

/** Options of `CanaryService.exposeVia`. */
export interface ExposeOptions {
  /** The host names clients use at the edge (e.g. `billing.example.com`). */
  readonly hostnames: string[];
  /**
   * Only requests whose path is this prefix, or starts with it followed by `/`, are routed (path-separated, as
   * Gateway API's `PathPrefix`); e.g. `/billing` takes `/billing` and `/billing/x`, not `/billingx`.
   * @default - every path
   */
  readonly pathPrefix?: string;
}

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
export class IngressGatewayRef implements IIngressGateway {
  /** An existing Istio `Gateway` (networking.istio.io), written `<namespace>/<name>`. */
  public static fromIstioGateway(qualifiedName: string): IIngressGateway {
    const parts = typeof qualifiedName === 'string' ? qualifiedName.split('/') : [];
    if (parts.length !== 2 || !parts[0] || !parts[1]) {
      throw new Error(`IngressGatewayRef.fromIstioGateway: 'qualifiedName' must be "<namespace>/<name>", got ${JSON.stringify(qualifiedName)}`);
    }
    return new IngressGatewayRef(undefined, qualifiedName);
  }

  /** An existing Gateway API `Gateway`, optionally one of its listeners. */
  public static fromGatewayApiGateway(namespace: string, name: string, sectionName?: string): IIngressGateway {
    for (const [prop, value] of [['namespace', namespace], ['name', name]] as const) {
      if (typeof value !== 'string' || value === '') {
        throw new Error(`IngressGatewayRef.fromGatewayApiGateway: '${prop}' must be a non-empty string, got ${JSON.stringify(value)}`);
      }
    }
    return new IngressGatewayRef({ name, namespace, ...(sectionName !== undefined ? { sectionName } : {}) }, undefined);
  }

  private constructor(private readonly parentRef: GatewayParentRef | undefined, private readonly istioName: string | undefined) {}

  public gatewayApiParentRef(): GatewayParentRef | undefined {
    return this.parentRef;
  }

  public istioGatewayName(): string | undefined {
    return this.istioName;
  }
}
