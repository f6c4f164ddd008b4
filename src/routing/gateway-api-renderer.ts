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
import {
  BackendRefJson, HttpRouteFilterJson, HttpRouteMatchJson, HttpRouteRuleJson, HttpRouteSpecJson,
  ParentRefJson,
} from './gateway-api-json';
import { CATCH_ALL_PREFIX, CATCH_ALL_REGEX, gatewayMatch, needsRegexCatchAll, PATH_PREFIX } from './gateway-api-matches';
import { IngressAttachment } from './ingress-attachment';
import { RoutingPlan } from './plan';

const API = "with 'routingApi' RoutingApi.GATEWAY_API";
/** The most matches the CRD allows in one rule. */
const MAX_MATCHES_PER_RULE = 64;

export interface GatewayApiRoute {
  readonly name: string;
  readonly spec: HttpRouteSpecJson;
}

export interface GatewayApiRouting {
  /** `<service>-<version>` for each version, in plan order. */
  readonly versionServices: readonly { readonly version: string; readonly name: string }[];
  /** The mesh route `<service>` first, then one per Gateway API gateway attachment. */
  readonly routes: readonly GatewayApiRoute[];
  /** One DestinationRule per version host, when the plan has a traffic policy. */
  readonly destinationRules: readonly { readonly name: string; readonly spec: DestinationRuleSpecJson }[];
}

/** The per-version Service name (the HTTPRoute backend that replaces a DestinationRule subset). */
export function versionServiceName(service: string, version: string): string {
  return `${service}-${version}`;
}

export function renderGatewayApi(errors: PropErrors, plan: RoutingPlan): GatewayApiRouting {
  checkExpressible(errors, plan);
  const versionServices = plan.versions.map((version) => ({ version, name: versionServiceName(plan.service, version) }));
  const meshParent: ParentRefJson = { group: '', kind: 'Service', name: plan.service, port: plan.port };
  const routes: GatewayApiRoute[] = [{ name: plan.service, spec: { parentRefs: [meshParent], rules: rules(errors, plan, undefined) } }];
  for (const attachment of plan.ingress) {
    const parent = attachment.parentRef;
    if (!parent) continue;
    const parentRef: ParentRefJson = { name: parent.name, namespace: parent.namespace, ...(parent.sectionName ? { sectionName: parent.sectionName } : {}) };
    routes.push({
      name: ingressRouteName(plan.service, attachment),
      spec: { parentRefs: [parentRef], hostnames: [...attachment.hostnames], rules: rules(errors, plan, attachment) },
    });
  }
  const destinationRules = plan.trafficPolicy === undefined ? [] : versionServices.map((s) => ({
    name: s.name,
    spec: { host: s.name, trafficPolicy: plan.trafficPolicy } as DestinationRuleSpecJson,
  }));
  return { versionServices, routes, destinationRules };
}

/** The name of the HTTPRoute that attaches the service to a Gateway API gateway. */
export function ingressRouteName(service: string, attachment: IngressAttachment): string {
  return `${service}-${attachment.parentRef?.name}`;
}

function checkExpressible(errors: PropErrors, plan: RoutingPlan): void {
  if (!plan.http) {
    throw errors.mustBe('protocol', `an HTTP protocol (HTTP, HTTP2 or GRPC) ${API} (the standard channel has no TCPRoute); ` +
      "use 'routingApi' RoutingApi.ISTIO for TCP", 'TCP');
  }
  if (plan.retries !== undefined) {
    throw errors.about('retries', `cannot be expressed ${API}: the standard-channel HTTPRoute has no retry field (Istio ` +
      'then retries twice on connect-failure, refused-stream, unavailable, cancelled and retriable status codes); ' +
      "leave 'retries' out or use 'routingApi' RoutingApi.ISTIO");
  }
  for (const rule of plan.rules) {
    if (rule.matches.length > MAX_MATCHES_PER_RULE) {
      throw errors.mustBe('canaryMatches', `at most ${MAX_MATCHES_PER_RULE} matches ${API} (the HTTPRoute limit per rule)`, `${rule.matches.length} matches`);
    }
  }
}

function rules(errors: PropErrors, plan: RoutingPlan, attachment: IngressAttachment | undefined): HttpRouteRuleJson[] {
  const pathPrefix = attachment?.pathPrefix;
  const timeouts = plan.timeoutMillis !== undefined ? { timeouts: { request: gatewayDuration(plan.timeoutMillis) } } : {};
  const backend = (version: string): BackendRefJson => ({ name: versionServiceName(plan.service, version), port: plan.port });
  const out: HttpRouteRuleJson[] = plan.rules.map((rule) => ({
    name: rule.name,
    matches: rule.matches.map((m, i) => gatewayMatch(errors, `canaryMatches[${i}]`, m, pathPrefix)),
    backendRefs: [backend(rule.version)],
    ...timeouts,
  }));
  const regex = plan.rules.some((rule) => rule.matches.some(needsRegexCatchAll));
  const catchAll: HttpRouteMatchJson = { path: pathPrefix !== undefined ? { type: PATH_PREFIX, value: pathPrefix } : { ...(regex ? CATCH_ALL_REGEX : CATCH_ALL_PREFIX) } };
  const split = plan.split.length === 1
    ? [backend(plan.split[0].version)]
    : plan.split.map((w) => ({ ...backend(w.version), weight: w.weight }));
  const filters: HttpRouteFilterJson[] = plan.mirror
    ? [{ type: 'RequestMirror', requestMirror: { backendRef: backend(plan.mirror.version), ...mirrorShare(plan.mirror.percent) } }]
    : [];
  out.push({ name: plan.splitName, matches: [catchAll], ...(filters.length > 0 ? { filters } : {}), backendRefs: split, ...timeouts });
  return out;
}

/** `percent` for whole percentages, otherwise the exact decimal as a fraction (e.g. 12.5 → 125/1000). */
function mirrorShare(percent: number): { percent?: number; fraction?: { numerator: number; denominator: number } } {
  if (Number.isInteger(percent)) return { percent };
  for (let scale = 10; scale <= 1e7; scale *= 10) {
    const numerator = Math.round(percent * scale);
    if (Math.abs(numerator - percent * scale) < 1e-6) return { fraction: { numerator, denominator: 100 * scale } };
  }
  return { fraction: { numerator: Math.round(percent * 1e7), denominator: 1e9 } };
}

/**
 * Milliseconds as a Gateway API Duration (`^([0-9]{1,5}(h|m|s|ms)){1,4}$`), e.g. 90500 → "1m30s500ms". The plan's
 * durations are below about 2,500 hours (nanoseconds must be exact in a double), so hours never exceed 5 digits.
 */
export function gatewayDuration(millis: number): string {
  const units: [string, number][] = [['h', 3_600_000], ['m', 60_000], ['s', 1_000], ['ms', 1]];
  let rest = millis;
  let out = '';
  for (const [unit, size] of units) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0) out += `${count}${unit}`;
  }
  return out;
}
