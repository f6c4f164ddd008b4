"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.analyzeRuleOrder = analyzeRuleOrder;
/**
 * Rule-order analysis of a VirtualService (what `istioctl analyze` reports as IST0130 / IST0131): rules after a
 * rule without matches are never reached, and a match identical to an earlier one never takes effect.
 */
const plain_json_1 = require("../util/plain-json");
/** Canonical JSON of a match without its `name` (names do not change which traffic matches). */
function matchKey(match) {
    return canonical(match, true);
}
function canonical(v, dropName) {
    if (v === null || typeof v !== 'object')
        return JSON.stringify(v) ?? 'null';
    if (Array.isArray(v)) {
        let out = '[';
        for (let i = 0; i < v.length; i++)
            out += (i > 0 ? ',' : '') + canonical(v[i], false);
        return out + ']';
    }
    const o = v;
    const keys = Object.keys(o);
    if (keys.length > 1)
        keys.sort();
    let out = '{';
    let first = true;
    for (const key of keys) {
        const value = o[key];
        if (value === undefined || value === null || (dropName && key === 'name'))
            continue;
        out += (first ? '' : ',') + JSON.stringify(key) + ':' + canonical(value, false);
        first = false;
    }
    return out + '}';
}
/** No matches, or a match that sets nothing but a name, lets every request through. */
function matchesEverything(matches) {
    if (!(0, plain_json_1.nonEmptyList)(matches))
        return true;
    for (const m of matches) {
        if (!(0, plain_json_1.isObj)(m))
            continue;
        let empty = true;
        for (const key in m) {
            if (key !== 'name' && m[key] !== undefined && m[key] !== null) {
                empty = false;
                break;
            }
        }
        if (empty)
            return true;
    }
    return false;
}
function label(item, index) {
    const name = (0, plain_json_1.isObj)(item) && typeof item.name === 'string' && item.name !== '' ? item.name : '';
    return name !== '' ? JSON.stringify(name) : `#${index}`;
}
/** A StringMatch as the prefix-overlap check compares it: `exact:v`, `prefix:v`, or '' (regex or unset). */
function stringMatchKey(sm) {
    if (!(0, plain_json_1.isObj)(sm))
        return '';
    if (typeof sm.exact === 'string')
        return `exact:${sm.exact}`;
    if (typeof sm.prefix === 'string')
        return `prefix:${sm.prefix}`;
    return '';
}
function stringMatchMap(v) {
    const out = new Map();
    if ((0, plain_json_1.isObj)(v))
        for (const key in v)
            out.set(key, stringMatchKey(v[key]));
    return out;
}
// istiod's quirk, kept: a value "covers" another when equal or when it extends it.
function covers(earlier, later) {
    return earlier === later || earlier.startsWith(later);
}
function mapCovers(earlier, later) {
    if (earlier.size !== later.size)
        return false;
    for (const [key, value] of earlier) {
        const other = later.get(key);
        if (other === undefined || !covers(value, other))
            return false;
    }
    return true;
}
function prefixCovers(a, b) {
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
    r;
    byPrefix = new Map();
    constructor(r) {
        this.r = r;
    }
    add(path, match, matchLabel, ruleLabel) {
        const uri = match.uri;
        if (!(0, plain_json_1.isObj)(uri) || typeof uri.prefix !== 'string' || uri.prefix === '')
            return;
        const method = (0, plain_json_1.isObj)(match.method) ? stringMatchKey(match.method) : 'exact:GET';
        const m = {
            prefix: uri.prefix, port: typeof match.port === 'number' ? match.port : 0, method,
            authority: stringMatchKey(match.authority), headers: stringMatchMap(match.headers),
            queryParams: stringMatchMap(match.queryParams), withoutHeaders: stringMatchMap(match.withoutHeaders),
            matchLabel, ruleLabel,
        };
        const earlier = this.coveringMatch(m);
        if (earlier !== undefined) {
            this.r.ineffectiveMatch(path, ruleLabel, `${matchLabel} of prefix ${m.prefix}`, `${earlier.matchLabel} of prefix ${earlier.prefix} on ${earlier.ruleLabel}`);
        }
        const list = this.byPrefix.get(m.prefix);
        if (list)
            list.push(m);
        else
            this.byPrefix.set(m.prefix, [m]);
    }
    coveringMatch(m) {
        if (this.byPrefix.size === 0)
            return undefined;
        for (let len = 1; len < m.prefix.length; len++) {
            const candidates = this.byPrefix.get(m.prefix.slice(0, len));
            if (candidates === undefined)
                continue;
            for (const a of candidates)
                if (prefixCovers(a, m))
                    return a;
        }
        return undefined;
    }
}
/** Analyses `spec.<field>` (http, tcp or tls rules). */
function analyzeRuleOrder(r, field, rules) {
    const items = (0, plain_json_1.list)(rules);
    // Duplicate matches need at least two matches in total; most VirtualServices have fewer.
    let matchCount = 0;
    for (const rule of items)
        if ((0, plain_json_1.isObj)(rule))
            matchCount += (0, plain_json_1.list)(rule.match).length;
    if (matchCount < 2 && items.length < 2)
        return;
    const seen = matchCount > 1 ? new Map() : undefined;
    const prefixes = field === 'http' && matchCount > 1 ? new PrefixOverlaps(r) : undefined;
    let catchAll = -1;
    for (let i = 0; i < items.length; i++) {
        const rule = items[i];
        if (!(0, plain_json_1.isObj)(rule))
            continue;
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
        if (seen === undefined)
            continue;
        const matches = rule.match;
        let duplicates = 0;
        for (let j = 0; j < matches.length; j++) {
            const key = matchKey(matches[j]);
            const earlier = seen.get(key);
            if (earlier !== undefined) {
                r.ineffectiveMatch(`${path}.match[${j}]`, label(rule, i), label(matches[j], j), label(items[earlier], earlier));
                duplicates++;
            }
            else {
                seen.set(key, i);
                if (prefixes !== undefined && (0, plain_json_1.isObj)(matches[j])) {
                    prefixes.add(`${path}.match[${j}]`, matches[j], label(matches[j], j), label(rule, i));
                }
            }
        }
        if (duplicates === matches.length)
            r.unreachableRule(path, label(rule, i), 'all matches used by prior rules');
    }
}
//# sourceMappingURL=virtual-service-order.js.map