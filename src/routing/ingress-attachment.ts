import { PropErrors, show } from '../shared/prop-errors';
import { CharClass } from '../validation/util/chars';
import { isUnnormalizedPath, isUriPath } from '../validation/util/http';
import { dns1123LabelError, dns1123SubdomainError, isWildcardHostname } from '../validation/util/names';
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
export class IngressGatewayRef implements IIngressGateway {
  /** An existing Istio `Gateway` (networking.istio.io), written `<namespace>/<name>`. */
  public static fromIstioGateway(qualifiedName: string): IIngressGateway {
    return IngressGatewayRef._fromIstioGateway(qualifiedName, 'IngressGatewayRef.fromIstioGateway');
  }

  /** @internal the same, with errors naming the factory the user called (`who`) */
  public static _fromIstioGateway(qualifiedName: string, who: string): IIngressGateway {
    const parts = typeof qualifiedName === 'string' ? qualifiedName.split('/') : [];
    if (parts.length !== 2 || dns1123LabelError(parts[0]) !== undefined || dns1123SubdomainError(parts[1]) !== undefined) {
      throw new Error(`${who}: 'qualifiedName' must be "<namespace>/<name>", got ${show(qualifiedName)}`);
    }
    return new IngressGatewayRef(undefined, qualifiedName);
  }

  /** An existing Gateway API `Gateway`, optionally one of its listeners. */
  public static fromGatewayApiGateway(namespace: string, name: string, sectionName?: string): IIngressGateway {
    const who = 'IngressGatewayRef.fromGatewayApiGateway';
    const nsError = typeof namespace === 'string' ? dns1123LabelError(namespace) : 'must be a string';
    if (nsError) throw new Error(`${who}: 'namespace' ${nsError}`);
    const nameError = typeof name === 'string' ? dns1123SubdomainError(name) : 'must be a string';
    if (nameError) throw new Error(`${who}: 'name' ${nameError}`);
    if (sectionName !== undefined && (typeof sectionName !== 'string' || dns1123SubdomainError(sectionName) !== undefined)) {
      throw new Error(`${who}: 'sectionName' must be a listener name (a DNS-1123 subdomain), got ${show(sectionName)}`);
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

const DIGITS_AND_DOTS = new CharClass('0-9.');
/** The most host names an HTTPRoute takes. */
const MAX_HOSTNAMES = 16;

/** Checks exposeVia's arguments against the plan; returns the attachment. */
export function checkAttachment(errors: PropErrors, gateway: IIngressGateway, options: ExposeOptions, plan: RoutingPlan): IngressAttachment {
  const parentRef = typeof gateway?.gatewayApiParentRef === 'function' ? gateway.gatewayApiParentRef() : undefined;
  const istioGateway = typeof gateway?.istioGatewayName === 'function' ? gateway.istioGatewayName() : undefined;
  if ((parentRef === undefined) === (istioGateway === undefined)) {
    throw errors.mustBe('exposeVia gateway', 'an IIngressGateway that is either a Gateway API Gateway or an Istio Gateway (e.g. IngressGatewayRef.fromIstioGateway("istio-ingress/public"))', gateway);
  }
  if (!plan.http) throw errors.mustBe('protocol', 'an HTTP protocol (HTTP, HTTP2 or GRPC) to be exposed through an ingress gateway', 'TCP');
  const hostnames = options?.hostnames;
  if (!Array.isArray(hostnames) || hostnames.length === 0 || hostnames.length > MAX_HOSTNAMES) {
    throw errors.mustBe('exposeVia hostnames', `a list of 1 to ${MAX_HOSTNAMES} host names`, hostnames);
  }
  for (const host of hostnames) {
    if (typeof host !== 'string' || host.length > 253 || !isWildcardHostname(host) || DIGITS_AND_DOTS.all(host)) {
      throw errors.mustBe('exposeVia hostnames', 'lower-case DNS names (not IP addresses), optionally starting with "*." (e.g. "billing.example.com")', host);
    }
  }
  if (new Set(hostnames).size !== hostnames.length) throw errors.mustBe('exposeVia hostnames', 'a list without duplicates', hostnames);
  const pathPrefix = options.pathPrefix;
  if (pathPrefix !== undefined) {
    if (typeof pathPrefix !== 'string' || pathPrefix.length > 1024 || !pathPrefix.startsWith('/') || !isUriPath(pathPrefix) || isUnnormalizedPath(pathPrefix)) {
      throw errors.mustBe('exposeVia pathPrefix', 'an absolute, normalized path (e.g. "/billing")', pathPrefix);
    }
    const uriMatch = plan.rules.some((r) => r.matches.some((m) => m._conditions.uri !== undefined));
    if (uriMatch) {
      throw errors.about('exposeVia pathPrefix', `cannot be combined with URI matches in 'canaryMatches' (a request has one path to match); leave 'pathPrefix' out`);
    }
  }
  return {
    ...(parentRef ? { parentRef } : {}),
    ...(istioGateway ? { istioGateway } : {}),
    hostnames: [...hostnames],
    ...(pathPrefix !== undefined ? { pathPrefix } : {}),
  };
}
