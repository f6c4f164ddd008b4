/**
 * RouteMatch → HTTPRoute match. HTTPRoute matches only the request (path, headers, query parameters), its
 * values need at least one character, and its path types differ from a VirtualService's: `PathPrefix` is
 * path-separated (`/api` does not take `/apix`), so a URI prefix becomes a regular expression with the same
 * set of paths. What cannot be said exactly is an error naming the prop, never dropped.
 */
import { RouteMatch } from '../canary/route-match';
import { PropErrors } from '../shared/prop-errors';
import { HttpRouteMatchJson } from './gateway-api-json';
/** Gateway API match types. */
export declare const EXACT = "Exact";
export declare const PATH_PREFIX = "PathPrefix";
export declare const REGULAR_EXPRESSION = "RegularExpression";
/** The catch-all path of the weighted rule when no match uses a URI regex (the CRD's default match). */
export declare const CATCH_ALL_PREFIX: {
    type: string;
    value: string;
};
/**
 * The catch-all path when a match uses a URI prefix or regex: Istio ranks regex paths below every PathPrefix,
 * so the catch-all must be a regex too for those matches to win; `.*` takes every path like `PathPrefix /`.
 */
export declare const CATCH_ALL_REGEX: {
    type: string;
    value: string;
};
/** Whether the match compares the URI by prefix or regex (then the catch-all must be CATCH_ALL_REGEX). */
export declare function needsRegexCatchAll(match: RouteMatch): boolean;
/** The HTTPRoute match for one RouteMatch; `pathPrefix` is the attachment's path prefix, when it has one. */
export declare function gatewayMatch(errors: PropErrors, prop: string, match: RouteMatch, pathPrefix: string | undefined): HttpRouteMatchJson;
