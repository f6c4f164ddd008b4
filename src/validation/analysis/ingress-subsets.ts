/**
 * Ingress traffic that ignores a version split.
 *
 * IST0140 IngressRouteRulesNotAffected, with istioctl's exact condition (virtualservice/destinationhosts.go): a
 * VirtualService A bound to any gateway (a non-empty `gateways`, `mesh` included) routes some HTTP request to a
 * host without a subset, while a VirtualService B (A itself included) routes that same host string by subset and
 * lists it among its own hosts. Requests through A then ignore B's version split. Host strings are compared as
 * written, without short-name or FQDN expansion, as Istio does; one warning per (destination of A, B) pair.
 *
 * CDK8SISTIO-030, its Gateway API counterpart: an HTTPRoute/GRPCRoute attached to a Gateway sends to a Service
 * that the mesh splits by version (a mesh-bound VirtualService routing its host by subset, or a route attached to
 * the Service itself with other backends). The gateway applies only its own route, so those requests balance
 * over every version's pods.
 */
import { Finding } from '../finding';
import { GATEWAY_ROUTE_BYPASSES_MESH_SPLIT, INGRESS_ROUTE_RULES_NOT_AFFECTED } from '../finding-codes';
import { backendRefsOf, GATEWAY_API_GROUP, isServiceRef, parentRefsOf } from './gateway-api-model';
import { toFqdn } from './hosts';
import { MeshModel } from './model';
import { asArray, asObject, asString, Json, Resource } from './resource';

/** Every `spec.http[i].route[j].destination` with its field path. */
function httpDestinations(spec: Json): { destination: Json; path: string }[] {
  const out: { destination: Json; path: string }[] = [];
  asArray(spec.http).forEach((rule, i) => {
    asArray(asObject(rule).route).forEach((route, j) => {
      out.push({ destination: asObject(asObject(route).destination), path: `spec.http[${i}].route[${j}].destination` });
    });
  });
  return out;
}

export function analyzeIngressSubsets(model: MeshModel, out: Finding[]): void {
  // host string → the VirtualServices that split it by subset and claim it as one of their hosts.
  const splitters = new Map<string, Resource[]>();
  for (const vs of model.virtualServices) {
    const hosts = new Set(asArray(vs.spec.hosts).map(asString));
    for (const { destination } of httpDestinations(vs.spec)) {
      const host = asString(destination.host);
      if (!asString(destination.subset) || !hosts.has(host)) continue;
      const list = splitters.get(host);
      if (!list) splitters.set(host, [vs]);
      else if (!list.includes(vs)) list.push(vs);
    }
  }
  if (splitters.size === 0) return;
  for (const vs of model.virtualServices) {
    if (asArray(vs.spec.gateways).length === 0) continue;
    for (const { destination, path } of httpDestinations(vs.spec)) {
      if (asString(destination.subset)) continue;
      for (const splitter of splitters.get(asString(destination.host)) ?? []) {
        out.push(vs.finding(INGRESS_ROUTE_RULES_NOT_AFFECTED, path,
          `Subset in virtual service ${splitter.ns}/${splitter.name} has no effect on ingress gateway ${vs.ns}/${vs.name} ` +
          `requests: this route sends host "${asString(destination.host)}" to no subset, so requests through the gateway ` +
          'balance across every version and ignore the split; route by the same subsets here (for a CanaryService: exposeVia)'));
      }
    }
  }
}

const MESH_GATEWAY = 'mesh';

export function analyzeGatewayRouteBypass(model: MeshModel, out: Finding[]): void {
  if (model.gatewayApiRoutes.length === 0) return;
  // Service FQDN → the mesh object that splits it by version.
  const splitBy = new Map<string, Resource>();
  for (const vs of model.virtualServices) {
    const gateways = asArray(vs.spec.gateways).map(asString);
    if (gateways.length > 0 && !gateways.includes(MESH_GATEWAY)) continue;
    const hosts = new Set(asArray(vs.spec.hosts).map((h) => toFqdn(vs.ns, asString(h))));
    for (const { destination } of httpDestinations(vs.spec)) {
      const fqdn = toFqdn(vs.ns, asString(destination.host));
      if (asString(destination.subset) && hosts.has(fqdn) && !splitBy.has(fqdn)) splitBy.set(fqdn, vs);
    }
  }
  for (const route of model.gatewayApiRoutes) {
    for (const parent of parentRefsOf(route)) {
      if (!isServiceRef(parent)) continue;
      const elsewhere = backendRefsOf(route).some((b) => !isServiceRef(b) || b.name !== parent.name || b.namespace !== parent.namespace);
      const fqdn = toFqdn(parent.namespace, parent.name);
      if (elsewhere && !splitBy.has(fqdn)) splitBy.set(fqdn, route);
    }
  }
  if (splitBy.size === 0) return;
  for (const route of model.gatewayApiRoutes) {
    if (!parentRefsOf(route).some((p) => p.group === GATEWAY_API_GROUP && p.kind === 'Gateway')) continue;
    for (const backend of backendRefsOf(route)) {
      const splitter = isServiceRef(backend) ? splitBy.get(toFqdn(backend.namespace, backend.name)) : undefined;
      if (!splitter) continue;
      out.push(route.finding(GATEWAY_ROUTE_BYPASSES_MESH_SPLIT, backend.path,
        `Service ${backend.namespace}/${backend.name} is split by version in the mesh (${splitter.origin}), but this ` +
        "route is attached to a Gateway: the gateway applies only its own rules and balances these requests over every " +
        "version's pods; route to the versions here as the mesh does (for a CanaryService: exposeVia)"));
    }
  }
}
