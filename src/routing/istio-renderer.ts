/**
 * Renders a routing plan as Istio objects: a DestinationRule with one subset per version and a VirtualService
 * whose rules Istio tries in order (the match rules, then the weighted split).
 */
import { DestinationRuleSpecJson, HttpRouteJson, VirtualServiceSpecJson } from '../canary/emitted-json';
import { formatMillis } from '../validation/util/duration';
import { VirtualServiceSpecHttpMatch, VirtualServiceSpecTcp } from '../../imports/istio-networking.istio.io';
import { MatchRule, RoutingPlan } from './plan';
import { MESH_GATEWAY, pathPrefixMatches } from './path-prefix';

export interface IstioRouting {
  readonly destinationRule: DestinationRuleSpecJson;
  readonly virtualService: VirtualServiceSpecJson;
}

interface Destination {
  readonly host: string;
  readonly subset: string;
}

export function renderIstio(plan: RoutingPlan): IstioRouting {
  const destinationRule: DestinationRuleSpecJson = {
    host: plan.service,
    subsets: plan.versions.map((version) => ({ name: version, labels: { version } })),
    ...(plan.trafficPolicy ? { trafficPolicy: plan.trafficPolicy } : {}),
  };
  const hosts = [plan.service, ...plan.ingress.flatMap((a) => a.hostnames)];
  const gateways = plan.ingress.filter((a) => a.istioGateway !== undefined).map((a) => a.istioGateway as string);
  const bound = gateways.length > 0 ? { gateways: [...gateways, MESH_GATEWAY] } : {};
  const virtualService: VirtualServiceSpecJson = plan.http
    ? { hosts, ...bound, http: httpRules(plan) }
    : { hosts, ...bound, tcp: tcpRules(plan) };
  return { destinationRule, virtualService };
}

function destination(plan: RoutingPlan, version: string): Destination {
  return { host: plan.service, subset: version };
}

function split(plan: RoutingPlan): { destination: Destination; weight?: number }[] {
  // A single destination gets every request; weights are only meaningful between several.
  if (plan.split.length === 1) return [{ destination: destination(plan, plan.split[0].version) }];
  return plan.split.map((w) => ({ destination: destination(plan, w.version), weight: w.weight }));
}

function httpRules(plan: RoutingPlan): HttpRouteJson[] {
  const common = {
    ...(plan.timeoutMillis !== undefined ? { timeout: formatMillis(plan.timeoutMillis) } : {}),
    ...(plan.retries ? { retries: plan.retries } : {}),
  };
  const rules: HttpRouteJson[] = plan.rules.map((rule) => ({
    name: rule.name,
    match: scopedMatches(plan, rule),
    route: [{ destination: destination(plan, rule.version) }],
    ...common,
  }));
  const mirror = plan.mirror
    ? { mirror: destination(plan, plan.mirror.version), mirrorPercentage: { value: plan.mirror.percent } }
    : {};
  const catchAll = scopedMatches(plan, undefined);
  rules.push({ name: plan.splitName, ...(catchAll ? { match: catchAll } : {}), route: split(plan), ...mirror, ...common });
  return rules;
}

/**
 * The match entries of a rule (undefined for the catch-all split when every attachment takes every path). An
 * ingress attachment with a path prefix scopes each entry to the gateways it applies to, and adds the prefix
 * to the gateway's entries.
 */
function scopedMatches(plan: RoutingPlan, rule: MatchRule | undefined): VirtualServiceSpecHttpMatch[] | undefined {
  const own: VirtualServiceSpecHttpMatch[] = rule ? rule.matches.map((m) => m._toHttpMatch()) : [{}];
  const prefixed = plan.ingress.filter((a) => a.istioGateway !== undefined && a.pathPrefix !== undefined);
  if (prefixed.length === 0) return rule ? own : undefined;
  const unprefixed = plan.ingress.filter((a) => a.istioGateway !== undefined && a.pathPrefix === undefined)
    .map((a) => a.istioGateway as string);
  const out: VirtualServiceSpecHttpMatch[] = own.map((m) => ({ ...m, gateways: [MESH_GATEWAY, ...unprefixed] }));
  for (const a of prefixed) {
    for (const uri of pathPrefixMatches(a.pathPrefix as string)) {
      for (const m of own) out.push({ ...m, uri, gateways: [a.istioGateway as string] });
    }
  }
  return out;
}

function tcpRules(plan: RoutingPlan): VirtualServiceSpecTcp[] {
  const rules: VirtualServiceSpecTcp[] = plan.rules.map((rule) => ({
    match: rule.matches.map((m) => m._toTcpMatch()),
    route: [{ destination: destination(plan, rule.version) }],
  }));
  rules.push({ route: split(plan) });
  return rules;
}
