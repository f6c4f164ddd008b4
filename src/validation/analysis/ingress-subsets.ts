/**
 * IST0140 IngressRouteRulesNotAffected, with istioctl's exact condition (virtualservice/destinationhosts.go): a
 * VirtualService A bound to any gateway (a non-empty `gateways`, `mesh` included) routes some HTTP request to a
 * host without a subset, while a VirtualService B (A itself included) routes that same host string by subset and
 * lists it among its own hosts. Requests through A then ignore B's version split. Host strings are compared as
 * written, without short-name or FQDN expansion, as Istio does; one warning per (destination of A, B) pair.
 */
import { Finding } from '../finding';
import { INGRESS_ROUTE_RULES_NOT_AFFECTED } from './codes';
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
