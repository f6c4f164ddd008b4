/**
 * Gateway API and ambient routing mistakes Istio accepts silently (GATEWAY-API-FACTS §1.2, §2, §3):
 * - CDK8SISTIO-022: a parentRef of kind Service whose group is not "" (`core`, or omitted: the default group is
 *   gateway.networking.k8s.io); Istio skips it without a status, so the route applies nowhere;
 * - IST0101: a Service parentRef or a backendRef to a Service or port the inputs lack (only where the inputs hold
 *   that namespace's Services, as for VirtualService destinations);
 * - CDK8SISTIO-021: a mesh VirtualService and an HTTPRoute on the same Service host (sidecars keep one of them,
 *   which one is undefined);
 * - CDK8SISTIO-020: L7 routing (VirtualService subsets, DestinationRule subsets, HTTPRoutes on a Service) to a
 *   Service in an ambient namespace with no waypoint in the inputs: ztunnel works at L4 and ignores it.
 */
import { Finding } from '../finding';
import {
  L7_ROUTING_WITHOUT_WAYPOINT, REFERENCED_RESOURCE_NOT_FOUND, SERVICE_PARENT_REF_GROUP, VIRTUAL_SERVICE_AND_HTTP_ROUTE_FOR_HOST,
} from '../finding-codes';
import { backendRefsOf, GatewayApiModel, isServiceRef, ObjectRefOfRoute, parentRefsOf } from './gateway-api-model';
import { toFqdn } from './hosts';
import { MeshModel } from './model';
import { asArray, asObject, asString, Resource } from './resource';
import { USE_WAYPOINT_LABEL } from '../util/istio-names';

const MESH_GATEWAY = 'mesh';

export function analyzeGatewayApiRouting(model: MeshModel, out: Finding[]): void {
  const gw = new GatewayApiModel(model);
  for (const route of model.gatewayApiRoutes) checkRefs(model, route, out);
  const routedHosts = checkHttpRoutesOnAmbient(gw, out);
  for (const vs of model.virtualServices) checkVirtualService(gw, vs, routedHosts, out);
  for (const dr of model.destinationRules) checkDestinationRule(gw, dr, out);
}

function checkRefs(model: MeshModel, route: Resource, out: Finding[]): void {
  for (const ref of parentRefsOf(route)) {
    if (ref.kind === 'Service' && ref.group !== '') {
      out.push(route.finding(SERVICE_PARENT_REF_GROUP, `${ref.path}.group`,
        `parentRef to Service "${ref.name}" has group ${JSON.stringify(ref.group)}${ref.groupDefaulted ? ' (the default when group is left out)' : ''}; ` +
        "Istio only takes group \"\" (the core group) for a Service parent and skips this one silently: set group: \"\""));
      continue;
    }
    if (isServiceRef(ref)) checkServiceRef(model, route, ref, 'parent', out);
  }
  for (const ref of backendRefsOf(route)) if (isServiceRef(ref)) checkServiceRef(model, route, ref, 'backend', out);
}

function checkServiceRef(model: MeshModel, route: Resource, ref: ObjectRefOfRoute, role: string, out: Finding[]): void {
  const service = model.serviceByFqdn.get(toFqdn(ref.namespace, ref.name));
  if (!service) {
    if (!model.holdsServicesOf(ref.namespace)) return;
    out.push(route.finding(REFERENCED_RESOURCE_NOT_FOUND, `${ref.path}.name`,
      `${role} Service "${ref.namespace}/${ref.name}" is not in the inputs, which hold Services of namespace "${ref.namespace}": ` +
      `fix the name or add the Service${role === 'parent' ? ' (the route would not attach: NoMatchingParent)' : ' (its share of the requests would get 500)'}`));
    return;
  }
  if (ref.port === undefined) return;
  const ports = asArray(service.spec.ports).map((p) => Number(asObject(p).port));
  if (!ports.includes(ref.port)) {
    out.push(route.finding(REFERENCED_RESOURCE_NOT_FOUND, `${ref.path}.port`,
      `${role} Service "${ref.namespace}/${ref.name}" does not expose port ${ref.port} (it exposes ${ports.join(', ') || 'no ports'}): use one of its ports`));
  }
}

/** Reports HTTPRoutes on ambient Services without a waypoint; returns the Service FQDN → route of every mesh route. */
function checkHttpRoutesOnAmbient(gw: GatewayApiModel, out: Finding[]): Map<string, Resource> {
  const routed = new Map<string, Resource>();
  for (const route of gw.meshRoutes) {
    for (const ref of parentRefsOf(route).filter(isServiceRef)) {
      routed.set(toFqdn(ref.namespace, ref.name), route);
      const service = gw.serviceOfHost(ref.namespace, ref.name);
      if (!service) continue;
      const use = gw.waypointOf(service);
      if (use.state !== 'missing') continue;
      out.push(route.finding(L7_ROUTING_WITHOUT_WAYPOINT, ref.path, withoutWaypoint('HTTPRoute', service, use.reason)));
    }
  }
  return routed;
}

function checkVirtualService(gw: GatewayApiModel, vs: Resource, routedHosts: Map<string, Resource>, out: Finding[]): void {
  const gateways = asArray(vs.spec.gateways).map(asString);
  if (gateways.length > 0 && !gateways.includes(MESH_GATEWAY)) return;
  asArray(vs.spec.hosts).forEach((h, i) => {
    const route = routedHosts.get(toFqdn(vs.ns, asString(h)));
    if (!route) return;
    out.push(vs.finding(VIRTUAL_SERVICE_AND_HTTP_ROUTE_FOR_HOST, `spec.hosts[${i}]`,
      `host "${asString(h)}" is also routed by HTTPRoute "${route.ns}/${route.name}" (Service parent): sidecars and waypoints ` +
      'keep only one of them and which one is undefined; route each host with one API'));
  });
  asArray(vs.spec.http).forEach((rule, i) => {
    asArray(asObject(rule).route).forEach((r, j) => {
      const destination = asObject(asObject(r).destination);
      const subset = asString(destination.subset);
      if (!subset) return;
      const service = gw.serviceOfHost(vs.ns, asString(destination.host));
      const use = service ? gw.waypointOf(service) : undefined;
      if (!service || use?.state !== 'missing') return;
      out.push(vs.finding(L7_ROUTING_WITHOUT_WAYPOINT, `spec.http[${i}].route[${j}].destination.subset`,
        withoutWaypoint(`subset "${subset}"`, service, use.reason)));
    });
  });
}

function checkDestinationRule(gw: GatewayApiModel, dr: Resource, out: Finding[]): void {
  if (asArray(dr.spec.subsets).length === 0) return;
  const service = gw.serviceOfHost(dr.ns, asString(dr.spec.host));
  const use = service ? gw.waypointOf(service) : undefined;
  if (!service || use?.state !== 'missing') return;
  out.push(dr.finding(L7_ROUTING_WITHOUT_WAYPOINT, 'spec.subsets', withoutWaypoint('its subsets', service, use.reason)));
}

function withoutWaypoint(what: string, service: Resource, reason: string): string {
  return `${what} route to Service "${service.ns}/${service.name}" in an ambient namespace without a waypoint (${reason}): ` +
    `ztunnel forwards at L4 and ignores the rule, so traffic spreads over all pods; add a waypoint (a Gateway of class ` +
    `istio-waypoint) and label the Namespace or Service '${USE_WAYPOINT_LABEL}: <waypoint name>'`;
}
