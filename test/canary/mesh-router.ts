/* eslint-disable @typescript-eslint/no-explicit-any -- evaluates untyped Istio JSON */
/**
 * A reference model of how a sidecar routes one HTTP request with a mesh VirtualService + DestinationRule
 * (Istio semantics, written from the API docs): the first http rule with a matching match entry wins (no match
 * list = matches everything); within a match entry every condition must hold; a single destination gets all
 * the traffic whatever its weight; several destinations share it by weight and weight-0 ones get nothing.
 * The result maps the pod labels each destination selects (Service selector + DR subset labels) to its share.
 */
import { compileRe2 } from '../../src/validation/util/re2';

export interface Request {
  /** Header names as Envoy sees them: lower case. */
  readonly headers?: { [name: string]: string };
  readonly path?: string;
  readonly query?: { [name: string]: string };
  readonly sourceLabels?: { [key: string]: string };
  readonly sourceNamespace?: string;
}

/** Share of the requests (0..1) per selected pod label set, keyed by JSON of the sorted labels. */
export type Distribution = { [podSelector: string]: number };

function stringMatches(m: any, value: string | undefined): boolean {
  if (value === undefined) return false;
  if (m.exact !== undefined) return value === m.exact;
  if (m.prefix !== undefined) return value.startsWith(m.prefix);
  if (m.regex !== undefined) return compileRe2(m.regex)!.matches(value);
  return true;
}

function matchHolds(match: any, req: Request): boolean {
  for (const [name, m] of Object.entries(match.headers ?? {})) if (!stringMatches(m, req.headers?.[name])) return false;
  if (match.uri && !stringMatches(match.uri, req.path ?? '/')) return false;
  for (const [name, m] of Object.entries(match.queryParams ?? {})) if (!stringMatches(m, req.query?.[name])) return false;
  for (const [key, value] of Object.entries(match.sourceLabels ?? {})) if (req.sourceLabels?.[key] !== value) return false;
  if (match.sourceNamespace !== undefined && match.sourceNamespace !== req.sourceNamespace) return false;
  return true;
}

/** Where `req` to `host` goes, given the mesh's VirtualService, DestinationRule and Service selector. */
export function route(vs: any, dr: any, serviceSelector: { [key: string]: string }, req: Request): Distribution {
  const rules: any[] = vs.spec.http ?? vs.spec.tcp;
  const rule = rules.find((r) => !r.match || r.match.some((m: any) => matchHolds(m, req)));
  if (!rule) return {};
  const destinations: any[] = rule.route;
  const weightOf = (d: any) => (destinations.length === 1 ? 1 : d.weight ?? 0);
  const total = destinations.reduce((sum, d) => sum + weightOf(d), 0);
  const out: Distribution = {};
  for (const d of destinations) {
    if (weightOf(d) === 0) continue;
    const subset = dr.spec.subsets.find((s: any) => s.name === d.destination.subset);
    if (!subset) throw new Error(`subset ${d.destination.subset} not in DestinationRule`);
    const labels = { ...serviceSelector, ...subset.labels };
    const key = JSON.stringify(Object.keys(labels).sort().map((k) => [k, labels[k]]));
    out[key] = (out[key] ?? 0) + weightOf(d) / total;
  }
  return out;
}
