/* eslint-disable @typescript-eslint/no-explicit-any -- evaluates untyped Gateway API JSON */
/**
 * Reference model of how Istio routes one HTTP request with Gateway API HTTPRoutes (GATEWAY-API-FACTS §1.4-§1.7):
 * - the routes attached to the parent (a Service by `group: ""`, `kind: Service`, name and port; a Gateway by
 *   name and namespace, whose hostnames must include the request's host);
 * - CRD defaults applied first (no matches → PathPrefix `/`; no path → PathPrefix `/`; header/query type Exact);
 * - every rule split into one entry per match and stable-sorted as Istio sorts them: path type Exact >
 *   PathPrefix > RegularExpression > none, then longer path value, then method present, then more headers, then
 *   more query parameters; routes in namespace/name order; the first entry that holds wins, whatever the list
 *   order of the rules;
 * - PathPrefix is path-separated (`/api` takes `/api` and `/api/x`, not `/apix`), regexes match whole values;
 * - backends share by weight (default 1); weight 0 gets nothing; all weights 0 → 500 (an empty distribution).
 * A parentRef whose group is not "" for a Service is not a Service parent (Istio skips it silently).
 */
import { compileRe2 } from '../../src/validation/util/re2';
import { addShare, Distribution, Request, rounded, selectorKey } from './request';

export interface GatewayApiWorld {
  readonly httpRoutes: readonly any[];
  /** Service name → selector. */
  readonly services: { readonly [name: string]: { readonly [key: string]: string } };
}

/** The parent the request arrives at: a Service port (mesh) or a Gateway with the request's host. */
export type Parent =
  | { readonly service: string; readonly port: number }
  | { readonly gateway: string; readonly namespace: string; readonly host: string };

const PATH_RANK: { [type: string]: number } = { Exact: 3, PathPrefix: 2, RegularExpression: 1 };

function attached(route: any, parent: Parent): boolean {
  const routeNs = route.metadata?.namespace ?? '';
  return (route.spec.parentRefs ?? []).some((p: any) => {
    const group = p.group ?? 'gateway.networking.k8s.io';
    const kind = p.kind ?? 'Gateway';
    if ('service' in parent) {
      return group === '' && kind === 'Service' && p.name === parent.service && (p.port === undefined || p.port === parent.port);
    }
    return group === 'gateway.networking.k8s.io' && kind === 'Gateway' && p.name === parent.gateway &&
      (p.namespace ?? routeNs) === parent.namespace && hostAllowed(route.spec.hostnames, parent.host);
  });
}

function hostAllowed(hostnames: readonly string[] | undefined, host: string): boolean {
  if (!hostnames || hostnames.length === 0) return true;
  return hostnames.some((h) => h === host || (h.startsWith('*.') && host.endsWith(h.slice(1))));
}

function withDefaults(match: any): { path: { type: string; value: string }; headers: any[]; queryParams: any[]; method?: string } {
  const path = { type: match.path?.type ?? 'PathPrefix', value: match.path?.value ?? '/' };
  return { path, headers: match.headers ?? [], queryParams: match.queryParams ?? [], method: match.method };
}

function valueMatches(m: any, value: string | undefined): boolean {
  if (value === undefined) return false;
  return (m.type ?? 'Exact') === 'Exact' ? value === m.value : compileRe2(m.value)!.matches(value);
}

function pathMatches(path: { type: string; value: string }, actual: string): boolean {
  if (path.type === 'Exact') return actual === path.value;
  if (path.type === 'RegularExpression') return compileRe2(path.value)!.matches(actual);
  const prefix = path.value.replace(/\/+$/, '');
  return prefix === '' || actual === prefix || actual.startsWith(`${prefix}/`);
}

/** Istio drops a PathPrefix's trailing `/` before comparing lengths. */
function pathLength(path: { type: string; value: string }): number {
  return path.type === 'PathPrefix' && path.value !== '/' ? path.value.replace(/\/+$/, '').length : path.value.length;
}

interface Entry { readonly rule: any; readonly match: ReturnType<typeof withDefaults> }

function compare(a: Entry, b: Entry): number {
  return (PATH_RANK[b.match.path.type] - PATH_RANK[a.match.path.type])
    || (pathLength(b.match.path) - pathLength(a.match.path))
    || ((b.match.method ? 1 : 0) - (a.match.method ? 1 : 0))
    || (b.match.headers.length - a.match.headers.length)
    || (b.match.queryParams.length - a.match.queryParams.length);
}

/** Where a request arriving at `parent` goes; {} when no rule takes it (404) or every weight is 0 (500). */
export function routeGatewayApi(world: GatewayApiWorld, parent: Parent, req: Request): Distribution {
  const routes = world.httpRoutes.filter((r) => attached(r, parent))
    .sort((a, b) => `${a.metadata?.namespace}/${a.metadata?.name}`.localeCompare(`${b.metadata?.namespace}/${b.metadata?.name}`));
  const entries: Entry[] = [];
  for (const route of routes) {
    for (const rule of route.spec.rules ?? [{}]) {
      for (const match of rule.matches ?? [{}]) entries.push({ rule, match: withDefaults(match) });
    }
  }
  entries.sort(compare); // Array.prototype.sort is stable: equal keys keep route and rule order.
  const hit = entries.find(({ match }) => pathMatches(match.path, req.path ?? '/')
    && match.headers.every((h: any) => valueMatches(h, req.headers?.[h.name.toLowerCase()]))
    && match.queryParams.every((q: any) => valueMatches(q, req.query?.[q.name])));
  if (!hit) return {};
  const backends: any[] = hit.rule.backendRefs ?? [];
  const total = backends.reduce((sum, b) => sum + (b.weight ?? 1), 0);
  const out: Distribution = {};
  if (total === 0) return out;
  for (const b of backends) addShare(out, podsOf(world, b.name), (b.weight ?? 1) / total);
  for (const f of hit.rule.filters ?? []) {
    if (f.type !== 'RequestMirror') continue;
    const m = f.requestMirror;
    const share = m.percent !== undefined ? m.percent / 100
      : m.fraction !== undefined ? m.fraction.numerator / (m.fraction.denominator ?? 100) : 1;
    addShare(out, `mirror ${podsOf(world, m.backendRef.name)}`, share);
  }
  return rounded(out);
}

function podsOf(world: GatewayApiWorld, service: string): string {
  const selector = world.services[service];
  if (!selector) throw new Error(`no Service ${service}`);
  return selectorKey(selector);
}
