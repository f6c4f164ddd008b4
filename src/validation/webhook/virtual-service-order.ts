/**
 * Rule-order analysis of a VirtualService (what `istioctl analyze` reports as IST0130 / IST0131): rules after a
 * rule without matches are never reached, and a match identical to an earlier one never takes effect.
 */
import { isObj, list, nonEmptyList, Obj } from '../util/plain-json';
import { WebhookReport } from './report';
import { pushTo } from '../util/multimap';

/** Canonical JSON of a match without its `name` (names do not change which traffic matches). */
function matchKey(match: unknown): string {
  return canonical(match, true);
}

function canonical(v: unknown, dropName: boolean): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) {
    let out = '[';
    for (let i = 0; i < v.length; i++) out += (i > 0 ? ',' : '') + canonical(v[i], false);
    return out + ']';
  }
  const o = v as Obj;
  const keys = Object.keys(o);
  if (keys.length > 1) keys.sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const value = o[key];
    if (value === undefined || value === null || (dropName && key === 'name')) continue;
    out += (first ? '' : ',') + JSON.stringify(key) + ':' + canonical(value, false);
    first = false;
  }
  return out + '}';
}

/** No matches, or a match that sets nothing but a name, lets every request through. */
function matchesEverything(matches: unknown): boolean {
  if (!nonEmptyList(matches)) return true;
  for (const m of matches as unknown[]) {
    if (!isObj(m)) continue;
    let empty = true;
    for (const key in m) {
      if (key !== 'name' && m[key] !== undefined && m[key] !== null) {
        empty = false;
        break;
      }
    }
    if (empty) return true;
  }
  return false;
}

function label(item: unknown, index: number): string {
  const name = isObj(item) && typeof item.name === 'string' && item.name !== '' ? item.name : '';
  return name !== '' ? JSON.stringify(name) : `#${index}`;
}

/** A StringMatch as the prefix-overlap check compares it: `exact:v`, `prefix:v`, or '' (regex or unset). */
function stringMatchKey(sm: unknown): string {
  if (!isObj(sm)) return '';
  if (typeof sm.exact === 'string') return `exact:${sm.exact}`;
  if (typeof sm.prefix === 'string') return `prefix:${sm.prefix}`;
  return '';
}

function stringMatchMap(v: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (isObj(v)) for (const key in v) out.set(key, stringMatchKey(v[key]));
  return out;
}

/** One http match with a uri prefix, reduced to what istiod compares (scheme, sourceLabels, gateways … ignored). */
interface PrefixMatch {
  readonly prefix: string;
  readonly port: number;
  readonly method: string;
  readonly authority: string;
  readonly headers: Map<string, string>;
  readonly queryParams: Map<string, string>;
  readonly withoutHeaders: Map<string, string>;
  /** `#0 of prefix /api on "rule"`, how the finding names it. */
  readonly matchLabel: string;
  readonly ruleLabel: string;
}

// istiod's quirk, kept: a value "covers" another when equal or when it extends it.
function covers(earlier: string, later: string): boolean {
  return earlier === later || earlier.startsWith(later);
}

function mapCovers(earlier: Map<string, string>, later: Map<string, string>): boolean {
  if (earlier.size !== later.size) return false;
  for (const [key, value] of earlier) {
    const other = later.get(key);
    if (other === undefined || !covers(value, other)) return false;
  }
  return true;
}

function prefixCovers(a: PrefixMatch, b: PrefixMatch): boolean {
  return a.port === b.port && covers(a.method, b.method) && covers(a.authority, b.authority) &&
    mapCovers(a.headers, b.headers) && mapCovers(a.queryParams, b.queryParams) &&
    mapCovers(a.withoutHeaders, b.withoutHeaders);
}

/**
 * HTTP prefix overlaps (IST0131): a later match whose uri prefix extends an earlier one's, with the same port and
 * compatible method (none = GET), authority, headers, query parameters and withoutHeaders, never takes effect.
 * Earlier matches are indexed by prefix, so each later match only looks at the prefixes of its own prefix.
 */
class PrefixOverlaps {
  private readonly byPrefix = new Map<string, PrefixMatch[]>();

  constructor(private readonly r: WebhookReport) {}

  public add(path: string, match: Obj, matchLabel: string, ruleLabel: string): void {
    const uri = match.uri;
    if (!isObj(uri) || typeof uri.prefix !== 'string' || uri.prefix === '') return;
    const method = isObj(match.method) ? stringMatchKey(match.method) : 'exact:GET';
    const m: PrefixMatch = {
      prefix: uri.prefix, port: typeof match.port === 'number' ? match.port : 0, method,
      authority: stringMatchKey(match.authority), headers: stringMatchMap(match.headers),
      queryParams: stringMatchMap(match.queryParams), withoutHeaders: stringMatchMap(match.withoutHeaders),
      matchLabel, ruleLabel,
    };
    const earlier = this.coveringMatch(m);
    if (earlier !== undefined) {
      this.r.ineffectiveMatch(path, ruleLabel, `${matchLabel} of prefix ${m.prefix}`,
        `${earlier.matchLabel} of prefix ${earlier.prefix} on ${earlier.ruleLabel}`);
    }
    pushTo(this.byPrefix, m.prefix, m);
  }

  private coveringMatch(m: PrefixMatch): PrefixMatch | undefined {
    if (this.byPrefix.size === 0) return undefined;
    for (let len = 1; len < m.prefix.length; len++) {
      const candidates = this.byPrefix.get(m.prefix.slice(0, len));
      if (candidates === undefined) continue;
      for (const a of candidates) if (prefixCovers(a, m)) return a;
    }
    return undefined;
  }
}

/** Analyses `spec.<field>` (http, tcp or tls rules). */
export function analyzeRuleOrder(r: WebhookReport, field: string, rules: unknown): void {
  const items = list(rules);
  // Duplicate matches need at least two matches in total; most VirtualServices have fewer.
  let matchCount = 0;
  for (const rule of items) if (isObj(rule)) matchCount += list(rule.match).length;
  if (matchCount < 2 && items.length < 2) return;
  const seen = matchCount > 1 ? new Map<string, number>() : undefined;
  const prefixes = field === 'http' && matchCount > 1 ? new PrefixOverlaps(r) : undefined;
  let catchAll = -1;
  for (let i = 0; i < items.length; i++) {
    const rule = items[i];
    if (!isObj(rule)) continue;
    const path = `spec.${field}[${i}]`;
    if (matchesEverything(rule.match)) {
      if (catchAll >= 0) {
        r.unreachableRule(path, label(rule, i), `only the last rule can have no matches; rule ${label(items[catchAll], catchAll)} already matches everything`);
      }
      catchAll = i;
      continue;
    }
    if (catchAll >= 0) {
      r.unreachableRule(path, label(rule, i), `route without matches defined before: rule ${label(items[catchAll], catchAll)} matches everything`);
      continue;
    }
    if (seen === undefined) continue;
    const matches = rule.match as unknown[];
    let duplicates = 0;
    for (let j = 0; j < matches.length; j++) {
      const key = matchKey(matches[j]);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        r.ineffectiveMatch(`${path}.match[${j}]`, label(rule, i), label(matches[j], j), label(items[earlier], earlier));
        duplicates++;
      } else {
        seen.set(key, i);
        if (prefixes !== undefined && isObj(matches[j])) {
          prefixes.add(`${path}.match[${j}]`, matches[j] as Obj, label(matches[j], j), label(rule, i));
        }
      }
    }
    if (duplicates === matches.length) r.unreachableRule(path, label(rule, i), 'all matches used by prior rules');
  }
}
