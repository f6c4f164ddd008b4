"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RouteMatch = void 0;
const string_match_1 = require("./string-match");
const prop_types_1 = require("../shared/prop-types");
const http_names_1 = require("./http-names");
const names_1 = require("../validation/util/names");
/**
 * A condition that sends a request to the canary whatever the weight. Combine several conditions that must
 * all hold with `RouteMatch.all(...)`; a request that meets any one of `canaryMatches` goes to the canary.
 */
const STRING_MATCH = 'a StringMatch (e.g. StringMatch.exact("x"))';
class RouteMatch {
    conditions;
    kinds;
    constructionError;
    /** Requests whose header `name` (lower case) matches `match`. */
    static header(name, match) {
        const args = new prop_types_1.FactoryArgs('RouteMatch.header');
        args.string('name', name);
        args.instance('match', string_match_1.StringMatch, STRING_MATCH, match);
        return new RouteMatch({ headers: { [name]: match } }, [`header ${JSON.stringify(name)}`]);
    }
    /**
     * Requests that carry the cookie `name=value` (a regex match on the `cookie` header, with name and value
     * escaped so they match literally).
     */
    static cookie(name, value) {
        const args = new prop_types_1.FactoryArgs('RouteMatch.cookie');
        args.string('name', name);
        args.string('value', value);
        const cookieError = (0, http_names_1.cookieNameError)(name) ?? (0, http_names_1.cookieValueError)(value);
        const match = string_match_1.StringMatch.regex(`^(.*?;\\s*)?(${(0, http_names_1.escapeRe2)(String(name))}=${(0, http_names_1.escapeRe2)(String(value))})(;.*)?$`);
        return new RouteMatch({ headers: { cookie: match } }, [`cookie ${JSON.stringify(name)}`], cookieError);
    }
    /** Requests whose path (with query string) matches `match`. */
    static uri(match) {
        new prop_types_1.FactoryArgs('RouteMatch.uri').instance('match', string_match_1.StringMatch, STRING_MATCH, match);
        return new RouteMatch({ uri: match }, ['URI']);
    }
    /** Requests whose query parameter `name` matches `match` (exact or regex; Istio has no prefix match here). */
    static queryParam(name, match) {
        const args = new prop_types_1.FactoryArgs('RouteMatch.queryParam');
        args.string('name', name);
        args.instance('match', string_match_1.StringMatch, STRING_MATCH, match);
        return new RouteMatch({ queryParams: { [name]: match } }, [`query parameter ${JSON.stringify(name)}`]);
    }
    /** Requests from workloads (pods with sidecars) that carry all these labels. Works for TCP too. */
    static sourceLabels(labels) {
        new prop_types_1.FactoryArgs('RouteMatch.sourceLabels').stringMap('labels', labels);
        return new RouteMatch({ sourceLabels: { ...labels } }, ['source labels']);
    }
    /** Requests from workloads in this namespace. Works for TCP too. */
    static sourceNamespace(namespace) {
        new prop_types_1.FactoryArgs('RouteMatch.sourceNamespace').string('namespace', namespace);
        return new RouteMatch({ sourceNamespace: namespace }, ['source namespace']);
    }
    /** Requests that meet every one of `matches` (e.g. a header and a URI prefix). */
    static all(...matches) {
        const args = new prop_types_1.FactoryArgs('RouteMatch.all');
        matches.forEach((m, i) => args.instance(`matches[${i}]`, RouteMatch, 'a RouteMatch', m));
        const merged = {};
        const kinds = [];
        let error;
        const clash = (what) => { error = error ?? `combines two conditions on the same ${what}`; };
        for (const m of matches) {
            kinds.push(...m.kinds);
            error = error ?? m.constructionError;
            const c = m.conditions;
            if (c.headers) {
                for (const name of Object.keys(c.headers))
                    if (merged.headers?.[name])
                        clash(`header ${JSON.stringify(name)}`);
                merged.headers = { ...merged.headers, ...c.headers };
            }
            if (c.queryParams) {
                for (const name of Object.keys(c.queryParams))
                    if (merged.queryParams?.[name])
                        clash(`query parameter ${JSON.stringify(name)}`);
                merged.queryParams = { ...merged.queryParams, ...c.queryParams };
            }
            if (c.uri) {
                if (merged.uri)
                    clash('URI');
                merged.uri = c.uri;
            }
            if (c.sourceLabels) {
                for (const key of Object.keys(c.sourceLabels))
                    if (merged.sourceLabels?.[key] !== undefined)
                        clash(`source label ${JSON.stringify(key)}`);
                merged.sourceLabels = { ...merged.sourceLabels, ...c.sourceLabels };
            }
            if (c.sourceNamespace !== undefined) {
                if (merged.sourceNamespace !== undefined)
                    clash('source namespace');
                merged.sourceNamespace = c.sourceNamespace;
            }
        }
        if (matches.length === 0)
            error = 'RouteMatch.all() needs at least one match';
        return new RouteMatch(merged, kinds, error);
    }
    constructor(conditions, kinds, constructionError) {
        this.conditions = conditions;
        this.kinds = kinds;
        this.constructionError = constructionError;
    }
    /**
     * Why Istio would reject this match (for HTTP, or for plain TCP when `http` is false), or undefined.
     * @internal
     */
    _error(http) {
        if (this.constructionError)
            return this.constructionError;
        const c = this.conditions;
        if (!http) {
            const httpOnly = this.kinds.filter((k) => k !== 'source labels' && k !== 'source namespace');
            if (httpOnly.length > 0) {
                return `${httpOnly.join(', ')} matches need an HTTP protocol (HTTP, HTTP2 or GRPC); ` +
                    'with TCP only source labels and source namespace can be matched';
            }
        }
        for (const [name, match] of Object.entries(c.headers ?? {})) {
            const nameError = (0, http_names_1.headerNameError)(name);
            if (nameError)
                return nameError;
            const error = match._error();
            if (error)
                return `header ${JSON.stringify(name)}: ${error}`;
        }
        if (c.uri) {
            const error = c.uri._error();
            if (error)
                return `URI: ${error}`;
        }
        for (const [name, match] of Object.entries(c.queryParams ?? {})) {
            if (typeof name !== 'string' || name.length === 0)
                return 'query parameter name must not be empty';
            if (match.type === string_match_1.StringMatchType.PREFIX) {
                return `query parameter ${JSON.stringify(name)}: prefix matches are not supported by Istio, use exact or regex`;
            }
            const error = match._error();
            if (error)
                return `query parameter ${JSON.stringify(name)}: ${error}`;
        }
        if (c.sourceLabels) {
            if (Object.keys(c.sourceLabels).length === 0)
                return 'source labels must not be empty';
            const errors = (0, names_1.labelMapErrors)(c.sourceLabels);
            if (errors.length > 0)
                return `source labels: ${errors.join('; ')}`;
        }
        if (c.sourceNamespace !== undefined) {
            const error = (0, names_1.dns1123LabelError)(c.sourceNamespace);
            if (error)
                return `source namespace: ${error}`;
        }
        return undefined;
    }
    /**
     * The conditions, for renderers of other routing APIs.
     * @internal
     */
    get _conditions() {
        return this.conditions;
    }
    /** @internal */
    _toHttpMatch() {
        const c = this.conditions;
        const out = {};
        if (c.headers)
            out.headers = mapMatches(c.headers);
        if (c.uri)
            out.uri = c.uri._toIstio();
        if (c.queryParams)
            out.queryParams = mapMatches(c.queryParams);
        if (c.sourceLabels)
            out.sourceLabels = { ...c.sourceLabels };
        if (c.sourceNamespace !== undefined)
            out.sourceNamespace = c.sourceNamespace;
        return out;
    }
    /** @internal */
    _toTcpMatch() {
        const c = this.conditions;
        const out = {};
        if (c.sourceLabels)
            out.sourceLabels = { ...c.sourceLabels };
        if (c.sourceNamespace !== undefined)
            out.sourceNamespace = c.sourceNamespace;
        return out;
    }
    toString() {
        return this.kinds.join(' and ');
    }
}
exports.RouteMatch = RouteMatch;
function mapMatches(matches) {
    const out = {};
    for (const [name, match] of Object.entries(matches))
        out[name] = match._toIstio();
    return out;
}
//# sourceMappingURL=route-match.js.map