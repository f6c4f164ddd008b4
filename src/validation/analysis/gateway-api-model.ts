/**
 * Gateway API objects as analyzers read them: route parentRefs and backendRefs with the CRD defaults applied
 * (a parentRef without group/kind is a Gateway; a backendRef without them is a Service), and ambient waypoints
 * (Gateways of class `istio-waypoint`) with the Services and namespaces that use them.
 */
import { toFqdn } from './hosts';
import { MeshModel } from './model';
import { MeshMode, meshModeOf } from './namespaces';
import { asArray, asObject, asString, Resource } from './resource';
import { USE_WAYPOINT_LABEL, WAYPOINT_GATEWAY_CLASS } from '../util/istio-names';

export const GATEWAY_API_GROUP = 'gateway.networking.k8s.io';
/** `istio.io/use-waypoint-namespace`: the namespace of the waypoint named by use-waypoint. */
const USE_WAYPOINT_NAMESPACE_LABEL = 'istio.io/use-waypoint-namespace';

/** A parentRef or backendRef with its defaults applied and its field path. */
export interface ObjectRefOfRoute {
  readonly group: string;
  /** Whether the group was left out (and is the CRD default). */
  readonly groupDefaulted: boolean;
  readonly kind: string;
  readonly name: string;
  readonly namespace: string;
  readonly port: number | undefined;
  readonly path: string;
}

export function parentRefsOf(route: Resource): ObjectRefOfRoute[] {
  return asArray(route.spec.parentRefs).map((p, i) => refOf(route, asObject(p), GATEWAY_API_GROUP, 'Gateway', `spec.parentRefs[${i}]`));
}

export function backendRefsOf(route: Resource): ObjectRefOfRoute[] {
  const out: ObjectRefOfRoute[] = [];
  asArray(route.spec.rules).forEach((rule, i) => {
    asArray(asObject(rule).backendRefs).forEach((b, j) => {
      out.push(refOf(route, asObject(b), '', 'Service', `spec.rules[${i}].backendRefs[${j}]`));
    });
  });
  return out;
}

function refOf(route: Resource, ref: { readonly [key: string]: unknown }, group: string, kind: string, path: string): ObjectRefOfRoute {
  return {
    group: ref.group === undefined ? group : asString(ref.group),
    groupDefaulted: ref.group === undefined,
    kind: asString(ref.kind) || kind,
    name: asString(ref.name),
    namespace: asString(ref.namespace) || route.ns,
    port: typeof ref.port === 'number' ? ref.port : undefined,
    path,
  };
}

/** Whether a ref is Istio's Service parent (Istio looks the group up literally: only "" is the core group). */
export function isServiceRef(ref: ObjectRefOfRoute): boolean {
  return ref.group === '' && ref.kind === 'Service';
}

/** Where the L7 processing of an ambient Service happens, if anywhere. */
export type WaypointUse =
  | { readonly state: 'not-ambient' }
  | { readonly state: 'bound'; readonly waypoint: Resource }
  | { readonly state: 'missing'; readonly reason: string };

export class GatewayApiModel {
  private readonly waypoints = new Map<string, Resource>();

  constructor(private readonly model: MeshModel) {
    for (const gw of model.gatewayApiGateways) {
      if (asString(gw.spec.gatewayClassName) === WAYPOINT_GATEWAY_CLASS) this.waypoints.set(`${gw.ns}/${gw.name}`, gw);
    }
  }

  /**
   * Whether any Namespace in the inputs is ambient: without one, `waypointOf` never answers 'missing', so the
   * per-VirtualService and per-DestinationRule waypoint checks can be skipped (they cost real time on 20,000 objects).
   */
  public get hasAmbientNamespace(): boolean {
    for (const ns of this.model.namespaces.values()) if (meshModeOf(ns.labels) === MeshMode.AMBIENT) return true;
    return false;
  }

  /** Routes with at least one Service parent. */
  public get meshRoutes(): Resource[] {
    return this.model.gatewayApiRoutes.filter((r) => parentRefsOf(r).some(isServiceRef));
  }

  /**
   * For a Service in an ambient namespace (per its Namespace object in the inputs): the waypoint it uses, or why
   * it has none there (no use-waypoint label on it or its Namespace, `none`, or a waypoint the inputs lack).
   */
  public waypointOf(service: Resource): WaypointUse {
    const namespace = this.model.namespaces.get(service.ns);
    if (!namespace || meshModeOf(namespace.labels) !== MeshMode.AMBIENT) return { state: 'not-ambient' };
    const fromService = service.labels[USE_WAYPOINT_LABEL];
    const owner = fromService !== undefined ? service : namespace;
    const name = owner.labels[USE_WAYPOINT_LABEL];
    if (name === undefined) return { state: 'missing', reason: `neither the Service nor Namespace "${service.ns}" carries '${USE_WAYPOINT_LABEL}'` };
    if (name === 'none') return { state: 'missing', reason: `${owner === service ? 'the Service' : `Namespace "${service.ns}"`} opts out with '${USE_WAYPOINT_LABEL}: none'` };
    const waypointNs = owner.labels[USE_WAYPOINT_NAMESPACE_LABEL] || service.ns;
    const waypoint = this.waypoints.get(`${waypointNs}/${name}`);
    if (!waypoint) return { state: 'missing', reason: `it uses waypoint "${waypointNs}/${name}", which is not a Gateway of class ${WAYPOINT_GATEWAY_CLASS} in the inputs` };
    return { state: 'bound', waypoint };
  }

  /** The Kubernetes Service a mesh host names, if the inputs hold it. */
  public serviceOfHost(namespace: string, host: string): Resource | undefined {
    return this.model.serviceByFqdn.get(toFqdn(namespace, host));
  }
}
