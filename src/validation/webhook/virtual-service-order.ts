/**
 * Rule-order analysis of a VirtualService (what `istioctl analyze` reports as IST0130 / IST0131): rules after a
 * rule without matches are never reached, and a match identical to an earlier one never takes effect.
 */
import { isObj, list, nonEmptyList, Obj } from '../util/plain-json';
import { WebhookReport } from './report';

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

/** Analyses `spec.<field>` (http, tcp or tls rules). */
export function analyzeRuleOrder(r: WebhookReport, field: string, rules: unknown): void {
  const items = list(rules);
  if (items.length < 2) return;
  // Duplicate matches need at least two matches in total; most VirtualServices have fewer.
  let matchCount = 0;
  for (const rule of items) if (isObj(rule)) matchCount += list(rule.match).length;
  const seen = matchCount > 1 ? new Map<string, number>() : undefined;
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
      }
    }
    if (duplicates === matches.length) r.unreachableRule(path, label(rule, i), 'all matches used by prior rules');
  }
}
