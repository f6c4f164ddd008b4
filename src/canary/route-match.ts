import { StringMatch, StringMatchType } from './string-match';
import { FactoryArgs } from '../shared/prop-types';
import { cookieNameError, cookieValueError, escapeRe2, headerNameError } from './http-names';
import { dns1123LabelError, labelMapErrors } from '../validation/util/names';
import { VirtualServiceSpecHttpMatch, VirtualServiceSpecTcpMatch } from '../../imports/istio-networking.istio.io';

import { MatchConditions as Conditions } from '../routing/match-conditions';

/**
 * A condition that sends a request to the canary whatever the weight. Combine several conditions that must
 * all hold with `RouteMatch.all(...)`; a request that meets any one of `canaryMatches` goes to the canary.
 */
const STRING_MATCH = 'a StringMatch (e.g. StringMatch.exact("x"))';

export class RouteMatch {
  /** Requests whose header `name` (lower case) matches `match`. */
  public static header(name: string, match: StringMatch): RouteMatch {
    const args = new FactoryArgs('RouteMatch.header');
    args.string('name', name);
    args.instance('match', StringMatch, STRING_MATCH, match);
    return new RouteMatch({ headers: { [name]: match } }, [`header ${JSON.stringify(name)}`]);
  }

  /**
   * Requests that carry the cookie `name=value` (a regex match on the `cookie` header, with name and value
   * escaped so they match literally).
   */
  public static cookie(name: string, value: string): RouteMatch {
    const args = new FactoryArgs('RouteMatch.cookie');
    args.string('name', name);
    args.string('value', value);
    const cookieError = cookieNameError(name) ?? cookieValueError(value);
    const match = StringMatch.regex(`^(.*?;\\s*)?(${escapeRe2(String(name))}=${escapeRe2(String(value))})(;.*)?$`);
    return new RouteMatch({ headers: { cookie: match } }, [`cookie ${JSON.stringify(name)}`], cookieError);
  }

  /** Requests whose path (with query string) matches `match`. */
  public static uri(match: StringMatch): RouteMatch {
    new FactoryArgs('RouteMatch.uri').instance('match', StringMatch, STRING_MATCH, match);
    return new RouteMatch({ uri: match }, ['URI']);
  }

  /** Requests whose query parameter `name` matches `match` (exact or regex; Istio has no prefix match here). */
  public static queryParam(name: string, match: StringMatch): RouteMatch {
    const args = new FactoryArgs('RouteMatch.queryParam');
    args.string('name', name);
    args.instance('match', StringMatch, STRING_MATCH, match);
    return new RouteMatch({ queryParams: { [name]: match } }, [`query parameter ${JSON.stringify(name)}`]);
  }

  /** Requests from workloads (pods with sidecars) that carry all these labels. Works for TCP too. */
  public static sourceLabels(labels: { [key: string]: string }): RouteMatch {
    new FactoryArgs('RouteMatch.sourceLabels').stringMap('labels', labels);
    return new RouteMatch({ sourceLabels: { ...labels } }, ['source labels']);
  }

  /** Requests from workloads in this namespace. Works for TCP too. */
  public static sourceNamespace(namespace: string): RouteMatch {
    new FactoryArgs('RouteMatch.sourceNamespace').string('namespace', namespace);
    return new RouteMatch({ sourceNamespace: namespace }, ['source namespace']);
  }

  /** Requests that meet every one of `matches` (e.g. a header and a URI prefix). */
  public static all(...matches: RouteMatch[]): RouteMatch {
    const args = new FactoryArgs('RouteMatch.all');
    matches.forEach((m, i) => args.instance(`matches[${i}]`, RouteMatch, 'a RouteMatch', m));
    const merged: { -readonly [K in keyof Conditions]: Conditions[K] } = {};
    const kinds: string[] = [];
    let error: string | undefined;
    const clash = (what: string) => { error = error ?? `combines two conditions on the same ${what}`; };
    for (const m of matches) {
      kinds.push(...m.kinds);
      error = error ?? m.constructionError;
      const c = m.conditions;
      if (c.headers) {
        for (const name of Object.keys(c.headers)) if (merged.headers?.[name]) clash(`header ${JSON.stringify(name)}`);
        merged.headers = { ...merged.headers, ...c.headers };
      }
      if (c.queryParams) {
        for (const name of Object.keys(c.queryParams)) if (merged.queryParams?.[name]) clash(`query parameter ${JSON.stringify(name)}`);
        merged.queryParams = { ...merged.queryParams, ...c.queryParams };
      }
      if (c.uri) {
        if (merged.uri) clash('URI');
        merged.uri = c.uri;
      }
      if (c.sourceLabels) {
        for (const key of Object.keys(c.sourceLabels)) if (merged.sourceLabels?.[key] !== undefined) clash(`source label ${JSON.stringify(key)}`);
        merged.sourceLabels = { ...merged.sourceLabels, ...c.sourceLabels };
      }
      if (c.sourceNamespace !== undefined) {
        if (merged.sourceNamespace !== undefined) clash('source namespace');
        merged.sourceNamespace = c.sourceNamespace;
      }
    }
    if (matches.length === 0) error = 'RouteMatch.all() needs at least one match';
    return new RouteMatch(merged, kinds, error);
  }

  private constructor(
    private readonly conditions: Conditions,
    private readonly kinds: string[],
    private readonly constructionError?: string,
  ) {}

  /**
   * Why Istio would reject this match (for HTTP, or for plain TCP when `http` is false), or undefined.
   * @internal
   */
  public _error(http: boolean): string | undefined {
    if (this.constructionError) return this.constructionError;
    const c = this.conditions;
    if (!http) {
      const httpOnly = this.kinds.filter((k) => k !== 'source labels' && k !== 'source namespace');
      if (httpOnly.length > 0) {
        return `${httpOnly.join(', ')} matches need an HTTP protocol (HTTP, HTTP2 or GRPC); ` +
          'with TCP only source labels and source namespace can be matched';
      }
    }
    for (const [name, match] of Object.entries(c.headers ?? {})) {
      const nameError = headerNameError(name);
      if (nameError) return nameError;
      const error = match._error();
      if (error) return `header ${JSON.stringify(name)}: ${error}`;
    }
    if (c.uri) {
      const error = c.uri._error();
      if (error) return `URI: ${error}`;
    }
    for (const [name, match] of Object.entries(c.queryParams ?? {})) {
      if (typeof name !== 'string' || name.length === 0) return 'query parameter name must not be empty';
      if (match.type === StringMatchType.PREFIX) {
        return `query parameter ${JSON.stringify(name)}: prefix matches are not supported by Istio, use exact or regex`;
      }
      const error = match._error();
      if (error) return `query parameter ${JSON.stringify(name)}: ${error}`;
    }
    if (c.sourceLabels) {
      if (Object.keys(c.sourceLabels).length === 0) return 'source labels must not be empty';
      const errors = labelMapErrors(c.sourceLabels as { [key: string]: string });
      if (errors.length > 0) return `source labels: ${errors.join('; ')}`;
    }
    if (c.sourceNamespace !== undefined) {
      const error = dns1123LabelError(c.sourceNamespace);
      if (error) return `source namespace: ${error}`;
    }
    return undefined;
  }

  /**
   * The conditions, for renderers of other routing APIs.
   * @internal
   */
  public get _conditions(): Conditions {
    return this.conditions;
  }

  /** @internal */
  public _toHttpMatch(): VirtualServiceSpecHttpMatch {
    const c = this.conditions;
    const out: { -readonly [K in keyof VirtualServiceSpecHttpMatch]: VirtualServiceSpecHttpMatch[K] } = {};
    if (c.headers) out.headers = mapMatches(c.headers);
    if (c.uri) out.uri = c.uri._toIstio();
    if (c.queryParams) out.queryParams = mapMatches(c.queryParams);
    if (c.sourceLabels) out.sourceLabels = { ...c.sourceLabels };
    if (c.sourceNamespace !== undefined) out.sourceNamespace = c.sourceNamespace;
    return out;
  }

  /** @internal */
  public _toTcpMatch(): VirtualServiceSpecTcpMatch {
    const c = this.conditions;
    const out: { -readonly [K in keyof VirtualServiceSpecTcpMatch]: VirtualServiceSpecTcpMatch[K] } = {};
    if (c.sourceLabels) out.sourceLabels = { ...c.sourceLabels };
    if (c.sourceNamespace !== undefined) out.sourceNamespace = c.sourceNamespace;
    return out;
  }

  public toString(): string {
    return this.kinds.join(' and ');
  }
}

function mapMatches(matches: { readonly [name: string]: StringMatch }): { [name: string]: { exact?: string; prefix?: string; regex?: string } } {
  const out: { [name: string]: { exact?: string; prefix?: string; regex?: string } } = {};
  for (const [name, match] of Object.entries(matches)) out[name] = match._toIstio();
  return out;
}
