/**
 * RouteMatch → HTTPRoute match. HTTPRoute matches only the request (path, headers, query parameters), its
 * values need at least one character, and its path types differ from a VirtualService's: `PathPrefix` is
 * path-separated (`/api` does not take `/apix`), so a URI prefix becomes a regular expression with the same
 * set of paths. What cannot be said exactly is an error naming the prop, never dropped.
 */
import { RouteMatch } from '../canary/route-match';
import { StringMatch, StringMatchType } from '../canary/string-match';
import { escapeRe2 } from '../canary/http-names';
import { PropErrors } from '../shared/prop-errors';
import { isHttpToken, isUnnormalizedPath, isUriPath } from '../validation/util/http';
import { HttpRouteMatchJson, StringMatchJson } from './gateway-api-json';

/** Gateway API match types. */
export const EXACT = 'Exact';
export const PATH_PREFIX = 'PathPrefix';
export const REGULAR_EXPRESSION = 'RegularExpression';


/** The catch-all path of the weighted rule when no match uses a URI regex (the CRD's default match). */
export const CATCH_ALL_PREFIX = { type: PATH_PREFIX, value: '/' };
/**
 * The catch-all path when a match uses a URI prefix or regex: Istio ranks regex paths below every PathPrefix,
 * so the catch-all must be a regex too for those matches to win; `.*` takes every path like `PathPrefix /`.
 */
export const CATCH_ALL_REGEX = { type: REGULAR_EXPRESSION, value: '.*' };

const API = "with 'routingApi' RoutingApi.GATEWAY_API";

/** Whether the match compares the URI by prefix or regex (then the catch-all must be CATCH_ALL_REGEX). */
export function needsRegexCatchAll(match: RouteMatch): boolean {
  const uri = match._conditions.uri;
  return uri !== undefined && uri.type !== StringMatchType.EXACT;
}

/** The HTTPRoute match for one RouteMatch; `pathPrefix` is the attachment's path prefix, when it has one. */
export function gatewayMatch(errors: PropErrors, prop: string, match: RouteMatch, pathPrefix: string | undefined): HttpRouteMatchJson {
  const c = match._conditions;
  const fail = (why: string) => errors.about(prop, `(${match}) cannot be expressed ${API}: ${why}`);
  if (c.sourceLabels !== undefined || c.sourceNamespace !== undefined) {
    throw fail("an HTTPRoute matches the request only (path, headers, query parameters), not the calling workload; " +
      "use 'routingApi' RoutingApi.ISTIO on the sidecar data plane (waypoints ignore source matches too)");
  }
  let path: { type: string; value: string } | undefined;
  if (c.uri !== undefined) {
    if (pathPrefix !== undefined) throw fail(`it matches the URI, and the gateway attachment already matches the path prefix "${pathPrefix}"`);
    path = gatewayPath(c.uri, fail);
  } else {
    path = pathPrefix !== undefined ? { type: PATH_PREFIX, value: pathPrefix } : CATCH_ALL_PREFIX;
  }
  const out: { -readonly [K in keyof HttpRouteMatchJson]: HttpRouteMatchJson[K] } = { path: { ...path } };
  const headers = Object.entries(c.headers ?? {}).map(([name, m]) => stringMatch(name, m, 'header', 4096, fail));
  if (headers.length > 0) out.headers = headers;
  const query = Object.entries(c.queryParams ?? {}).map(([name, m]) => stringMatch(name, m, 'query parameter', 1024, fail));
  if (query.length > 0) out.queryParams = query;
  return out;
}

function gatewayPath(uri: StringMatch, fail: (why: string) => Error): { type: string; value: string } {
  switch (uri.type) {
    case StringMatchType.EXACT:
      if (!uri.value.startsWith('/') || !isUriPath(uri.value) || isUnnormalizedPath(uri.value)) {
        throw fail(`an Exact path must be an absolute, normalized path of URI characters, got ${JSON.stringify(uri.value)}`);
      }
      return { type: EXACT, value: uri.value };
    case StringMatchType.PREFIX:
      // A VirtualService prefix sees the query string too; an HTTPRoute path never does.
      if (uri.value.includes('?')) throw fail(`a URI prefix with '?' matches the query string, which HTTPRoute paths never see, got ${JSON.stringify(uri.value)}`);
      return { type: REGULAR_EXPRESSION, value: `${escapeRe2(uri.value)}.*` };
    default:
      // Istio ranks regex paths by length; the catch-all `.*` has two characters, so a shorter one is grouped.
      return { type: REGULAR_EXPRESSION, value: uri.value.length < CATCH_ALL_REGEX.value.length ? `(?:${uri.value})` : uri.value };
  }
}

function stringMatch(name: string, m: StringMatch, what: string, maxLength: number, fail: (why: string) => Error): StringMatchJson {
  if (!isHttpToken(name)) throw fail(`${what} names must be HTTP tokens, got ${JSON.stringify(name)}`);
  switch (m.type) {
    case StringMatchType.EXACT:
      if (m.value === '') throw fail(`${what} values need at least one character, got an exact match on ""`);
      return { type: EXACT, name, value: checkLength(m.value) };
    case StringMatchType.PREFIX:
      return { type: REGULAR_EXPRESSION, name, value: checkLength(`${escapeRe2(m.value)}.*`) };
    default:
      return { type: REGULAR_EXPRESSION, name, value: checkLength(m.value) };
  }

  function checkLength(value: string): string {
    if (value.length > maxLength) throw fail(`${what} values are at most ${maxLength} characters, got ${value.length}`);
    return value;
  }
}
