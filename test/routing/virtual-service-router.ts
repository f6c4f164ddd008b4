/* eslint-disable @typescript-eslint/no-explicit-any -- evaluates untyped Istio JSON */
/**
 * Reference model of Istio's VirtualService routing for one HTTP request (written from the API docs): the
 * VirtualServices bound to the proxy's gateway (`mesh` for sidecars and waypoints; none listed means `mesh`)
 * whose hosts include the request's host; in the first one, the first http rule with a match entry that holds
 * (no match list matches everything; an entry's `gateways` restricts it to those gateways) wins. A single
 * destination gets every request whatever its weight; several share by weight. Destinations resolve to the pods
 * they select: the host's Service selector plus the DestinationRule subset's labels.
 */
import { compileRe2 } from '../../src/validation/util/re2';
import { addShare, Distribution, Request, rounded, selectorKey } from './request';

export interface IstioWorld {
  readonly virtualServices: readonly any[];
  readonly destinationRules: readonly any[];
  /** Service name → selector. */
  readonly services: { readonly [name: string]: { readonly [key: string]: string } };
}

/** Where the request is routed: the mesh (a sidecar/waypoint) or an Istio Gateway `<ns>/<name>`. */
export interface IstioProxy {
  readonly gateway: string;
  /** The VirtualService namespace, for resolving gateway names without a namespace. */
  readonly namespace: string;
}

export const MESH: IstioProxy = { gateway: 'mesh', namespace: '' };

function stringMatches(m: any, value: string | undefined): boolean {
  if (value === undefined) return false;
  if (m.exact !== undefined) return value === m.exact;
  if (m.prefix !== undefined) return value.startsWith(m.prefix);
  if (m.regex !== undefined) return compileRe2(m.regex)!.matches(value);
  return true;
}

function boundTo(gateways: readonly string[] | undefined, proxy: IstioProxy, vsNamespace: string): boolean {
  const list = gateways && gateways.length > 0 ? gateways : ['mesh'];
  return list.some((g) => g === proxy.gateway || (!g.includes('/') && g !== 'mesh' && `${vsNamespace}/${g}` === proxy.gateway));
}

function matchHolds(match: any, req: Request, proxy: IstioProxy, vsNamespace: string): boolean {
  if (match.gateways && !boundTo(match.gateways, proxy, vsNamespace)) return false;
  for (const [name, m] of Object.entries(match.headers ?? {})) if (!stringMatches(m, req.headers?.[name])) return false;
  if (match.uri && !stringMatches(match.uri, req.path ?? '/')) return false;
  for (const [name, m] of Object.entries(match.queryParams ?? {})) if (!stringMatches(m, req.query?.[name])) return false;
  for (const [key, value] of Object.entries(match.sourceLabels ?? {})) if (req.sourceLabels?.[key] !== value) return false;
  if (match.sourceNamespace !== undefined && match.sourceNamespace !== req.sourceNamespace) return false;
  return true;
}

function podsOf(world: IstioWorld, destination: any): string {
  const selector = world.services[destination.host];
  if (!selector) throw new Error(`no Service ${destination.host}`);
  if (destination.subset === undefined) return selectorKey(selector);
  const dr = world.destinationRules.find((d) => d.spec.host === destination.host);
  const subset = dr?.spec.subsets?.find((s: any) => s.name === destination.subset);
  if (!subset) throw new Error(`subset ${destination.subset} of ${destination.host} not defined`);
  return selectorKey({ ...selector, ...subset.labels });
}

/** Where a request for `host` goes; {} when no rule takes it (404 at a gateway). */
export function routeIstio(world: IstioWorld, proxy: IstioProxy, host: string, req: Request): Distribution {
  const vs = world.virtualServices.find((v) => v.spec.hosts.includes(host) && boundTo(v.spec.gateways, proxy, v.metadata?.namespace ?? ''));
  if (!vs) return {};
  const ns = vs.metadata?.namespace ?? '';
  const rules: any[] = vs.spec.http ?? [];
  const rule = rules.find((r) => !r.match || r.match.some((m: any) => matchHolds(m, req, proxy, ns)));
  if (!rule) return {};
  const destinations: any[] = rule.route;
  const weightOf = (d: any) => (destinations.length === 1 ? 1 : d.weight ?? 0);
  const total = destinations.reduce((sum, d) => sum + weightOf(d), 0);
  const out: Distribution = {};
  for (const d of destinations) addShare(out, podsOf(world, d.destination), weightOf(d) / total);
  if (rule.mirror) addShare(out, `mirror ${podsOf(world, rule.mirror)}`, (rule.mirrorPercentage?.value ?? 100) / 100);
  return rounded(out);
}
