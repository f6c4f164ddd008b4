/**
 * Route matches as one short line each, for edge labels and tables: Istio HTTPMatchRequest lists and Gateway API
 * HTTPRouteMatch lists. Entries of a list are alternatives (`or`); conditions inside one entry all apply (`and`).
 */
import { asArray, asObject, asString, Json } from '../validation/analysis/resource';

export const ANY_REQUEST = 'any request';

/** An Istio StringMatch ({exact|prefix|regex}) as `= v`, `prefix v` or `~ v`. */
function stringMatch(value: unknown): string {
  const m = asObject(value);
  if (m.exact !== undefined) return `= ${asString(m.exact)}`;
  if (m.prefix !== undefined) return `prefix ${asString(m.prefix)}`;
  if (m.regex !== undefined) return `~ ${asString(m.regex)}`;
  return 'present';
}

function istioEntry(entry: Json): string {
  const parts: string[] = [];
  for (const field of ['uri', 'scheme', 'method', 'authority']) {
    if (entry[field] !== undefined) parts.push(`${field} ${stringMatch(entry[field])}`);
  }
  for (const [name, m] of Object.entries(asObject(entry.headers))) parts.push(`header ${name} ${stringMatch(m)}`);
  for (const [name, m] of Object.entries(asObject(entry.queryParams))) parts.push(`query ${name} ${stringMatch(m)}`);
  for (const [name, m] of Object.entries(asObject(entry.withoutHeaders))) parts.push(`no header ${name} ${stringMatch(m)}`);
  if (entry.port !== undefined) parts.push(`port ${String(entry.port)}`);
  for (const [k, v] of Object.entries(asObject(entry.sourceLabels))) parts.push(`source ${k}=${asString(v)}`);
  if (entry.sourceNamespace !== undefined) parts.push(`source namespace ${asString(entry.sourceNamespace)}`);
  for (const g of asArray(entry.gateways)) parts.push(`via gateway ${asString(g)}`);
  return parts.length === 0 ? ANY_REQUEST : parts.join(' and ');
}

/** spec.http[i].match (or tcp/tls match) of a VirtualService rule. */
export function describeIstioMatch(match: unknown): string {
  const entries = asArray(match).map((e) => istioEntry(asObject(e)));
  return entries.length === 0 || entries.includes(ANY_REQUEST) ? ANY_REQUEST : entries.join(' or ');
}

/** Gateway API match types as the operators the Istio descriptions use. */
function typed(type: unknown, value: unknown, defaultType: string): string {
  const t = asString(type) || defaultType;
  const op = t === 'Exact' ? '=' : t === 'PathPrefix' ? 'prefix' : t === 'RegularExpression' ? '~' : t;
  return `${op} ${asString(value)}`;
}

function gatewayApiEntry(entry: Json): string {
  const parts: string[] = [];
  if (entry.path !== undefined) {
    const path = asObject(entry.path);
    const value = path.value === undefined ? '/' : path.value;
    // The CRD default: a path match without fields is `PathPrefix /`, which matches every request.
    if (!(asString(path.type || 'PathPrefix') === 'PathPrefix' && value === '/')) parts.push(`path ${typed(path.type, value, 'PathPrefix')}`);
  }
  for (const h of asArray(entry.headers)) {
    const header = asObject(h);
    parts.push(`header ${asString(header.name)} ${typed(header.type, header.value, 'Exact')}`);
  }
  for (const q of asArray(entry.queryParams)) {
    const query = asObject(q);
    parts.push(`query ${asString(query.name)} ${typed(query.type, query.value, 'Exact')}`);
  }
  if (entry.method !== undefined) parts.push(`method = ${asString(entry.method)}`);
  return parts.length === 0 ? ANY_REQUEST : parts.join(' and ');
}

/** spec.rules[i].matches of an HTTPRoute or GRPCRoute. */
export function describeGatewayApiMatch(matches: unknown): string {
  const entries = asArray(matches).map((e) => gatewayApiEntry(asObject(e)));
  return entries.length === 0 || entries.includes(ANY_REQUEST) ? ANY_REQUEST : entries.join(' or ');
}
